/**
 * `.pdguard.yaml`: what every run in a repository picks up without flags, so that hooks, the
 * pre-commit framework and the Action behave as the command line does: paths to leave out,
 * findings to allow (each with a reason), a baseline, extra pattern files and rules to turn off.
 * It can never change where secrets are sent (verification URLs come only from flags and the
 * environment), and a configuration found in the scanned tree can name files only inside its own
 * directory.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import { globProblem } from '../sources/globs.js';
import { CONFIG_LIMIT, POINTER_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import { entryExists } from '../util/safe-write.js';
import { yaml } from '../util/yaml.js';

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
  /** `baseline:`, resolved against the configuration's directory. */
  baseline?: string;
  /** `patterns:`, extra pattern files, resolved against the configuration's directory. */
  patterns?: string[];
  /** `rules: { disable: [...] }`: rule ids not run. */
  disableRules?: string[];
  /**
   * `inline-allow-in-pull-requests: true`: in the Action, a `pdguard:allow` marker that a pull
   * request (or merge group) adds is honoured (and still shown). Read only from the base commit.
   */
  inlineAllowInPullRequests?: boolean;
  /** Found in the scanned tree (not named with --config): the files it names are read only as regular files, never through a link. */
  confined?: boolean;
}

export const EMPTY_CONFIG: Config = { file: null, exclude: [], allow: [] };

const TOP_KEYS = ['exclude', 'allow', 'baseline', 'patterns', 'rules', 'inline-allow-in-pull-requests'];
const ALLOW_KEYS = ['secretHash', 'fingerprint', 'reason'];
const RULES_KEYS = ['disable'];

export interface ParseOptions {
  /**
   * Found in the scanned tree rather than named with --config: the files it names must lie inside
   * its own directory, so that a downloaded repository cannot read pattern or baseline files from
   * elsewhere on the machine (and show pieces of them in error messages).
   */
  confined?: boolean;
  /**
   * The folder the files it names are resolved against, instead of the file's own: for a
   * configuration read from a commit's objects (its `file` is then a name such as `0123abcd:.pdguard.yaml`).
   */
  dir?: string;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((g) => typeof g === 'string' && g !== '');

export function parseConfig(file: string, text: string, options: ParseOptions = {}): Config {
  const fail = (problem: string): never => {
    throw new ConfigError(`${file}: ${problem}`);
  };
  let doc: unknown;
  try {
    doc = yaml().parse(text);
  } catch (error) {
    fail(`not valid YAML: ${errorMessage(error).split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return { ...EMPTY_CONFIG, file };
  if (typeof doc !== 'object' || Array.isArray(doc)) return fail(`must be a YAML mapping (keys: ${TOP_KEYS.join(', ')})`);
  const dict = doc as Record<string, unknown>;
  for (const key of Object.keys(dict)) {
    if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}'${didYouMean(key, TOP_KEYS)} (allowed: ${TOP_KEYS.join(', ')})`);
  }
  const exclude = dict.exclude ?? [];
  if (!isStringList(exclude)) fail(`'exclude' must be a list of glob strings`);
  for (const [i, glob] of (exclude as string[]).entries()) {
    const problem = globProblem(glob);
    if (problem) fail(`exclude[${i}]: ${problem}`);
  }
  const allowList = dict.allow ?? [];
  if (!Array.isArray(allowList)) fail(`'allow' must be a list of entries with secretHash or fingerprint, and reason`);
  const allow = (allowList as unknown[]).map((entry, i): AllowEntry => {
    const at = `allow[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return fail(`${at} must be a mapping`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!ALLOW_KEYS.includes(key)) fail(`unknown key '${key}' in ${at}${didYouMean(key, ALLOW_KEYS)} (allowed: ${ALLOW_KEYS.join(', ')})`);
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
  const config: Config = { file, exclude: exclude as string[], allow };
  if (options.confined) config.confined = true;

  const fileOf = (key: string, value: string): string => configPath(file, key, value, options.confined ?? false, options.dir);
  if (dict.baseline !== undefined && dict.baseline !== null) {
    if (typeof dict.baseline !== 'string' || dict.baseline === '') fail(`'baseline' must be the path of a baseline file (written by --write-baseline)`);
    config.baseline = fileOf('baseline', dict.baseline as string);
  }
  if (dict.patterns !== undefined && dict.patterns !== null) {
    if (!isStringList(dict.patterns)) fail(`'patterns' must be a list of pattern file paths`);
    config.patterns = (dict.patterns as string[]).map((p) => fileOf('patterns', p));
  }
  if (dict.rules !== undefined && dict.rules !== null) {
    const rules = dict.rules;
    if (typeof rules !== 'object' || Array.isArray(rules)) return fail(`'rules' must be a mapping such as { disable: [RULE-ID, ...] }`);
    for (const key of Object.keys(rules)) {
      if (!RULES_KEYS.includes(key)) fail(`unknown key '${key}' in rules${didYouMean(key, RULES_KEYS)} (allowed: ${RULES_KEYS.join(', ')})`);
    }
    const disable = (rules as Record<string, unknown>).disable ?? [];
    if (!isStringList(disable)) fail(`'rules.disable' must be a list of rule ids (see pdguard rules)`);
    config.disableRules = disable as string[];
  }
  const inline = dict['inline-allow-in-pull-requests'];
  if (inline !== undefined && inline !== null) {
    if (typeof inline !== 'boolean') fail(`'inline-allow-in-pull-requests' must be true or false`);
    config.inlineAllowInPullRequests = inline as boolean;
  }
  return config;
}

/** A path the configuration names, resolved against its directory (and kept inside it when confined). */
function configPath(file: string, key: string, value: string, confined: boolean, from?: string): string {
  const dir = from ?? dirname(resolve(file));
  const target = resolve(dir, value);
  if (!confined) return target;
  const outside = (base: string, path: string): boolean => {
    const rel = relative(base, path);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  if (isAbsolute(value) || outside(dir, target)) throw outsideItsDirectory(file, key, value);
  // Read from a commit's objects: the names are all there is (a work tree's links mean nothing there).
  if (from !== undefined) return target;
  let realDir = dir;
  try {
    realDir = realpathSync(dir);
  } catch {
    // the directory was just read from; keep the name as it is
  }
  let realTarget = target;
  try {
    realTarget = realpathSync(target);
  } catch {
    realTarget = resolve(realDir, relative(dir, target));
  }
  if (outside(realDir, realTarget)) throw outsideItsDirectory(file, key, value);
  return target;
}

/** The refusal of a path a discovered configuration names outside its own directory. */
function outsideItsDirectory(file: string, key: string, value: string): ConfigError {
  return new ConfigError(
    `${file}: ${key}: '${value}' is outside the directory of this configuration; a .pdguard.yaml found in the scanned tree may name only files inside it (or pass --config FILE)`,
  );
}

export function loadConfig(file: string, options: ParseOptions = {}): Config {
  let text: string;
  try {
    // One found in the tree is read only as a regular file there (never through a link, never a
    // FIFO or a device, never past the cap); one the user named may be a link.
    text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !options.confined });
  } catch (error) {
    if (error instanceof RefusedRead && error.kind !== 'missing' && error.kind !== 'unreadable') {
      const fix = error.kind === 'link' ? ' (a .pdguard.yaml in the tree must be a regular file; or pass --config FILE)' : '';
      throw new ConfigError(`${file}: configuration not read: it ${error.message}${fix}`);
    }
    throw new ConfigError(`${file}: cannot read configuration (${error instanceof RefusedRead ? error.code : ((error as NodeJS.ErrnoException).code ?? errorMessage(error))})`);
  }
  return parseConfig(file, text, options);
}


/** Whether `dotGit`, a regular file, is a `gitdir:` pointer; read bounded (a FIFO must not block). */
function isGitdirPointer(dotGit: string): boolean {
  try {
    return readBoundedFile(dotGit, POINTER_LIMIT).startsWith('gitdir:');
  } catch {
    return false;
  }
}

/**
 * The top of the git work tree holding `dir`, or null. A `.git` counts only when it is what git
 * makes (a directory with HEAD, or a `gitdir:` file) and, like git's safe.directory, owned by
 * the user running pdguard: anyone can create `/tmp/.git`.
 */
export function workTreeTop(dir: string): string | null {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  for (let at = resolve(dir); ; ) {
    const dotGit = join(at, '.git');
    try {
      const stat = statSync(dotGit);
      const owned = uid === null || stat.uid === uid;
      const real = stat.isDirectory() ? entryExists(join(dotGit, 'HEAD')) : stat.isFile() && isGitdirPointer(dotGit);
      if (owned && real) return at;
    } catch {
      // no .git here
    }
    const parent = dirname(at);
    if (parent === at) return null;
    at = parent;
  }
}

/**
 * The configuration that applies to `root`: an explicit file; else `.pdguard.yaml` in the root;
 * else in the top of the git work tree that holds it; else the defaults. The lookup never goes
 * above the repository (or, outside one, above the root): a `.pdguard.yaml` in /tmp or $HOME
 * must not shape the scans below it.
 */
export function findConfig(root: string, explicit?: string): Config {
  if (explicit) return loadConfig(explicit);
  // Anything at the name counts, a link or a FIFO too: it is then refused (exit 2), never passed over.
  const own = join(root, CONFIG_FILE_NAME);
  if (entryExists(own)) return loadConfig(own, { confined: true });
  const top = workTreeTop(root);
  if (top !== null && top !== resolve(root)) {
    const atTop = join(top, CONFIG_FILE_NAME);
    if (entryExists(atTop)) return loadConfig(atTop, { confined: true });
  }
  return EMPTY_CONFIG;
}
