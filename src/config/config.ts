/**
 * `.pdguard.yaml`: paths to leave out and findings to allow, each with a reason. It can never
 * change where secrets are sent (verification URLs come only from flags and the environment).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, errorMessage } from '../errors.js';

export const CONFIG_FILE_NAME = '.pdguard.yaml';

export interface AllowEntry {
  secretHash?: string;
  fingerprint?: string;
  reason: string;
}

export interface Config {
  /** Where it came from, or null for the defaults. */
  file: string | null;
  exclude: string[];
  allow: AllowEntry[];
}

export const EMPTY_CONFIG: Config = { file: null, exclude: [], allow: [] };

const TOP_KEYS = ['exclude', 'allow'];
const ALLOW_KEYS = ['secretHash', 'fingerprint', 'reason'];

export function parseConfig(file: string, text: string): Config {
  const fail = (problem: string): never => {
    throw new ConfigError(`${file}: ${problem}`);
  };
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    fail(`not valid YAML: ${errorMessage(error).split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return { ...EMPTY_CONFIG, file };
  if (typeof doc !== 'object' || Array.isArray(doc)) return fail('must be a YAML mapping (keys: exclude, allow)');
  const dict = doc as Record<string, unknown>;
  for (const key of Object.keys(dict)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}' (allowed: ${TOP_KEYS.join(', ')})`);
  }
  const exclude = dict.exclude ?? [];
  if (!Array.isArray(exclude) || !exclude.every((g) => typeof g === 'string' && g !== '')) {
    fail(`'exclude' must be a list of glob strings`);
  }
  const allowList = dict.allow ?? [];
  if (!Array.isArray(allowList)) fail(`'allow' must be a list of entries with secretHash or fingerprint, and reason`);
  const allow = (allowList as unknown[]).map((entry, i): AllowEntry => {
    const at = `allow[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(`${at} must be a mapping`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!ALLOW_KEYS.includes(key)) fail(`unknown key '${key}' in ${at} (allowed: ${ALLOW_KEYS.join(', ')})`);
    }
    for (const key of ['secretHash', 'fingerprint'] as const) {
      if (e[key] !== undefined && (typeof e[key] !== 'string' || !/^[0-9a-f]{16,64}$/.test(e[key] as string))) {
        fail(`${at}.${key} must be a lower-case hex string as pdguard prints it`);
      }
    }
    if (e.secretHash === undefined && e.fingerprint === undefined) fail(`${at} needs secretHash or fingerprint`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') fail(`${at}.reason must say why this finding is allowed`);
    const result: AllowEntry = { reason: e.reason as string };
    if (e.secretHash !== undefined) result.secretHash = e.secretHash as string;
    if (e.fingerprint !== undefined) result.fingerprint = e.fingerprint as string;
    return result;
  });
  return { file, exclude: exclude as string[], allow };
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read configuration (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
  return parseConfig(file, text);
}

/**
 * The configuration that applies to `root`: an explicit file, else `.pdguard.yaml` in the root,
 * else in the top of the git work tree that holds it, else the defaults.
 */
export function findConfig(root: string, explicit?: string): Config {
  if (explicit) return loadConfig(explicit);
  let dir = root;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return loadConfig(candidate);
    if (existsSync(join(dir, '.git'))) return EMPTY_CONFIG;
    const parent = dirname(dir);
    if (parent === dir) return EMPTY_CONFIG;
    dir = parent;
  }
}
