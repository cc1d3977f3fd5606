/**
 * Rules are data: YAML pattern files validated here and compiled once into `Rule`s. Any problem is
 * a PatternError naming the file, the rule and what is wrong, so a user's own pattern file fails
 * loudly instead of silently matching nothing.
 */
import { PatternError, errorMessage } from '../errors.js';
import { packageRoot } from '../package-info.js';
import type { CompiledPattern, Confidence, ContextRequirement, Encoding, Region, Rule, SecretChecks, Severity, VerifySpec } from '../types.js';
import { CONFIG_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import { yaml } from '../util/yaml.js';
import { builtinPatternFiles } from './builtin.js';
import { UnboundedRegex, checkBoundedRegex } from './regex-bounds.js';

const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const TOP_KEYS = ['version', 'fragments', 'rules'];
const RULE_KEYS = [
  'id', 'name', 'description', 'confidence', 'severity', 'region', 'verify', 'redact', 'keywords', 'paths', 'patterns', 'secret',
  'known_examples', 'remediation', 'help_uri', 'lifetime', 'tags', 'examples', 'negative_examples',
];
const VERIFY_METHODS = ['rest-api-key', 'oauth-token', 'none'] as const;
const VERIFY_KEYS = ['method', 'unverifiable', 'refresh_like'];
const REGIONS: readonly Region[] = ['us', 'eu'];
const REDACT_KEYS = ['keep'];
const PATTERN_KEYS = ['regex', 'confidence', 'ignore_case', 'context', 'unless', 'threshold', 'decode'];
const CONTEXT_KINDS = ['line', 'lead', 'before', 'parent', 'near', 'name', 'sibling', 'call', 'table', 'path', 'flow'] as const;
/** Kinds that look a number of lines away, given by `lines`. */
const LINE_KINDS = ['near', 'before', 'flow'] as const;
/** Evidence against a match weighs this much unless it says otherwise: it vetoes. */
const VETO_WEIGHT = 100;
const CONTEXT_KEYS = [...CONTEXT_KINDS, 'lines', 'levels', 'weight', 'as', 'group', 'about'];
const ENCODINGS: readonly Encoding[] = ['base64', 'json-unicode', 'url'];
const SECRET_KEYS = ['shape', 'part', 'min_entropy', 'min_classes', 'min_digits', 'url_decode'];

type Dict = Record<string, unknown>;

class Where {
  constructor(
    readonly file: string,
    readonly rule?: string,
    /** A built-in pattern file: reviewed and measured (test/redos.test.ts), so its regexes are not bounds-checked. */
    readonly builtin = false,
    /**
     * A built-in file the build has compiled with every check (scripts/build.mjs): the checks that
     * run a regex (one capture group, no empty match) are not run again. Running a regex compiles
     * it, and those checks were most of a pre-commit hook's time spent on rules.
     */
    readonly checkedAtBuild = false,
  ) {}
  fail(problem: string): never {
    throw new PatternError(`${this.file}${this.rule ? `: rule '${this.rule}'` : ''}: ${problem}`);
  }
}

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(where: Where, value: Dict, allowed: string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) where.fail(`unknown key '${key}' in ${what} (allowed: ${allowed.join(', ')})`);
  }
}

function str(where: Where, value: unknown, name: string, required = true): string {
  if (value === undefined && !required) return '';
  if (typeof value !== 'string' || value.trim() === '') where.fail(`'${name}' must be a non-empty string`);
  return value;
}

function strList(where: Where, value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
    where.fail(`'${name}' must be a list of non-empty strings`);
  }
  return value as string[];
}

function oneOf<T extends string>(where: Where, value: unknown, name: string, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    where.fail(`'${name}' must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as T;
}

function num(where: Where, value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    where.fail(`'${name}' must be a number from ${min} to ${max}`);
  }
  return value;
}

function expandFragments(where: Where, source: string, fragments: Map<string, string>): string {
  return source.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (_, name: string) => {
    const fragment = fragments.get(name);
    if (fragment === undefined) where.fail(`unknown fragment '{{${name}}}'`);
    return fragment;
  });
}

function compile(where: Where, source: string, flags: string, name: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return where.fail(`'${name}' is not a valid regular expression: ${errorMessage(error)}`);
  }
  // A pattern file may come with the repository being scanned: its regexes must run in bounded time.
  if (!where.builtin) {
    try {
      checkBoundedRegex(source, flags);
    } catch (error) {
      if (error instanceof UnboundedRegex) where.fail(`'${name}' ${error.message} (a pattern file's regexes must take bounded time on any text)`);
      throw error;
    }
  }
  return regex;
}

function captureGroups(regex: RegExp): number {
  return (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
}

function compileContext(where: Where, value: unknown, fragments: Map<string, string>, key: 'context' | 'unless', threshold: number): ContextRequirement[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`'${key}' must be a non-empty list`);
  return value.map((item, index) => {
    if (!isDict(item)) return where.fail(`each '${key}' entry must be a mapping`);
    checkKeys(where, item, CONTEXT_KEYS, `a ${key} entry`);
    const kinds = CONTEXT_KINDS.filter((k) => item[k] !== undefined);
    if (kinds.length === 0) where.fail(`each '${key}' entry needs one or more of ${CONTEXT_KINDS.join(', ')}`);
    // Evidence for a match weighs enough alone unless it says otherwise; evidence against it vetoes.
    const weight = num(where, item.weight, `${key}.weight`, 0.01, VETO_WEIGHT) ?? (key === 'context' ? threshold : VETO_WEIGHT);
    const label = item.as === undefined ? kinds.join('+') : str(where, item.as, `${key}.as`);
    // Entries without a group are each their own (two `near:` entries are two facts).
    const group = item.group === undefined ? `#${index}` : str(where, item.group, `${key}.group`);
    const namesVendor = oneOf(where, item.about, `${key}.about`, ['vendor', 'credential'] as const, 'vendor') === 'vendor';
    const requirement: ContextRequirement = { weight, label, group, namesVendor };
    for (const kind of kinds) {
      const regex = compile(where, expandFragments(where, str(where, item[kind], `${key}.${kind}`), fragments), 'i', `${key}.${kind}`);
      if ((LINE_KINDS as readonly string[]).includes(kind)) {
        const lines = num(where, item.lines, `${key}.lines`, 1, 200);
        if (lines === undefined) where.fail(`a '${kind}' entry needs 'lines'`);
        requirement[kind as (typeof LINE_KINDS)[number]] = { regex, lines };
      } else if (kind === 'sibling') {
        requirement.sibling = { regex, levels: num(where, item.levels, `${key}.levels`, 1, 8) ?? 1 };
      } else requirement[kind as 'line' | 'lead' | 'parent' | 'name' | 'call' | 'table' | 'path'] = regex;
    }
    if (item.lines !== undefined && !kinds.some((k) => (LINE_KINDS as readonly string[]).includes(k))) where.fail(`'lines' goes only with ${LINE_KINDS.join(', ')}`);
    if (kinds.filter((k) => (LINE_KINDS as readonly string[]).includes(k)).length > 1) where.fail(`one entry takes only one of ${LINE_KINDS.join(', ')} (they share 'lines')`);
    if (item.levels !== undefined && !kinds.includes('sibling')) where.fail(`'levels' goes only with 'sibling'`);
    return requirement;
  });
}

function compileDecode(where: Where, value: unknown, at: string): Encoding[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) where.fail(`${at}.decode must be a non-empty list of ${ENCODINGS.join(', ')}`);
  return value.map((v) => oneOf(where, v, `${at}.decode`, ENCODINGS));
}

function compilePattern(where: Where, value: unknown, index: number, fragments: Map<string, string>, ruleConfidence: Confidence): CompiledPattern {
  const at = `patterns[${index}]`;
  if (!isDict(value)) where.fail(`${at} must be a mapping`);
  checkKeys(where, value, PATTERN_KEYS, at);
  const source = expandFragments(where, str(where, value.regex, `${at}.regex`), fragments);
  if (value.ignore_case !== undefined && typeof value.ignore_case !== 'boolean') where.fail(`${at}.ignore_case must be true or false`);
  const flags = value.ignore_case === false ? 'gd' : 'gid';
  const regex = compile(where, source, flags, `${at}.regex`);
  if (!where.checkedAtBuild) {
    const groups = captureGroups(regex);
    if (groups !== 1) where.fail(`${at}.regex must have exactly one capture group (the secret), found ${groups}; use (?:...) for the others`);
    if (regex.test('')) where.fail(`${at}.regex matches the empty string`);
  }
  const threshold = num(where, value.threshold, `${at}.threshold`, 0.01, VETO_WEIGHT) ?? 1;
  return {
    regex,
    confidence: oneOf(where, value.confidence, `${at}.confidence`, CONFIDENCES, ruleConfidence),
    context: compileContext(where, value.context, fragments, 'context', threshold),
    unless: compileContext(where, value.unless, fragments, 'unless', threshold),
    threshold,
    decode: compileDecode(where, value.decode, at),
  };
}

function compileSecretChecks(where: Where, value: unknown): SecretChecks {
  if (value === undefined) return {};
  if (!isDict(value)) where.fail(`'secret' must be a mapping`);
  checkKeys(where, value, SECRET_KEYS, 'secret');
  if (value.url_decode !== undefined && typeof value.url_decode !== 'boolean') where.fail(`'secret.url_decode' must be true or false`);
  const checks: SecretChecks = {};
  if (value.shape !== undefined) checks.shape = compile(where, str(where, value.shape, 'secret.shape'), '', 'secret.shape');
  if (value.part !== undefined) {
    checks.part = compile(where, str(where, value.part, 'secret.part'), '', 'secret.part');
    if (new RegExp(`${checks.part.source}|`).exec('')!.length !== 2) where.fail(`'secret.part' must have exactly one capture group (the part the checks judge)`);
  }
  const minEntropy = num(where, value.min_entropy, 'secret.min_entropy', 0, 8);
  const minClasses = num(where, value.min_classes, 'secret.min_classes', 1, 4);
  const minDigits = num(where, value.min_digits, 'secret.min_digits', 0, 1000);
  if (minEntropy !== undefined) checks.minEntropy = minEntropy;
  if (minClasses !== undefined) checks.minClasses = minClasses;
  if (minDigits !== undefined) checks.minDigits = minDigits;
  if (value.url_decode) checks.urlDecode = true;
  return checks;
}

/** `region: { us: REGEX, eu: REGEX }`: how the secret itself tells its region. */
function compileRegion(where: Where, value: unknown): Partial<Record<Region, RegExp>> {
  if (value === undefined) return {};
  if (!isDict(value)) return where.fail(`'region' must map regions (${REGIONS.join(', ')}) to regular expressions that the secret matches`);
  checkKeys(where, value, [...REGIONS], 'region');
  const out: Partial<Record<Region, RegExp>> = {};
  for (const region of REGIONS) {
    if (value[region] !== undefined) out[region] = compile(where, str(where, value[region], `region.${region}`), '', `region.${region}`);
  }
  return out;
}

/** `verify: METHOD`, or `verify: { method, unverifiable, refresh_like }`. */
function compileVerify(where: Where, value: unknown): VerifySpec {
  if (value === undefined || typeof value === 'string') return { method: oneOf(where, value, 'verify', VERIFY_METHODS, 'none') };
  if (!isDict(value)) return where.fail(`'verify' must be a method (${VERIFY_METHODS.join(', ')}) or a mapping with 'method'`);
  checkKeys(where, value, VERIFY_KEYS, 'verify');
  const spec: VerifySpec = { method: oneOf(where, value.method, 'verify.method', VERIFY_METHODS) };
  if (value.unverifiable !== undefined) {
    if (spec.method !== 'none') where.fail(`'verify.unverifiable' says why a credential is never sent: it goes with method none`);
    spec.unverifiable = str(where, value.unverifiable, 'verify.unverifiable').trim();
  }
  if (value.refresh_like !== undefined) {
    if (spec.method !== 'oauth-token') where.fail(`'verify.refresh_like' goes with method oauth-token`);
    spec.refreshLike = compile(where, str(where, value.refresh_like, 'verify.refresh_like'), '', 'verify.refresh_like');
  }
  return spec;
}

/** `redact: { keep: REGEX }`: the public start of a secret that redaction may show whole. */
function compileRedact(where: Where, value: unknown): RegExp | undefined {
  if (value === undefined) return undefined;
  if (!isDict(value)) return where.fail(`'redact' must be a mapping with 'keep'`);
  checkKeys(where, value, REDACT_KEYS, 'redact');
  const keep = compile(where, str(where, value.keep, 'redact.keep'), '', 'redact.keep');
  if (!keep.source.startsWith('^')) where.fail(`'redact.keep' must be anchored at the start of the secret (begin with ^)`);
  return keep;
}

function compileRule(file: string, value: unknown, index: number, fragments: Map<string, string>, builtin: boolean, checkedAtBuild: boolean): Rule {
  if (!isDict(value)) return new Where(file).fail(`rules[${index}] must be a mapping`);
  const idValue = value.id;
  const where: Where = new Where(file, typeof idValue === 'string' ? idValue : `rules[${index}]`, builtin, builtin && checkedAtBuild);
  checkKeys(where, value, RULE_KEYS, 'a rule');
  const id = str(where, idValue, 'id');
  if (!/^[a-z0-9][a-z0-9-]{2,63}$/.test(id)) where.fail(`'id' must be lower-case letters, digits and dashes`);
  const confidence = oneOf(where, value.confidence, 'confidence', CONFIDENCES);
  if (!Array.isArray(value.patterns) || value.patterns.length === 0) where.fail(`'patterns' must be a non-empty list`);
  const keywords = strList(where, value.keywords, 'keywords').map((k) => k.toLowerCase());
  const redactKeep = compileRedact(where, value.redact);
  const paths = value.paths === undefined ? undefined : compile(where, expandFragments(where, str(where, value.paths, 'paths'), fragments), 'i', 'paths');
  return {
    id,
    name: str(where, value.name, 'name'),
    description: str(where, value.description, 'description').trim(),
    confidence,
    severity: oneOf(where, value.severity, 'severity', SEVERITIES),
    keywords,
    ...(paths ? { paths } : {}),
    patterns: value.patterns.map((p: unknown, i: number) => compilePattern(where, p, i, fragments, confidence)),
    secret: compileSecretChecks(where, value.secret),
    knownExamples: new Set(strList(where, value.known_examples, 'known_examples')),
    region: compileRegion(where, value.region),
    verify: compileVerify(where, value.verify),
    ...(redactKeep ? { redactKeep } : {}),
    remediation: str(where, value.remediation, 'remediation').trim(),
    helpUri: str(where, value.help_uri, 'help_uri'),
    ...(value.lifetime !== undefined ? { lifetime: str(where, value.lifetime, 'lifetime').trim() } : {}),
    tags: strList(where, value.tags, 'tags'),
    examples: strList(where, value.examples, 'examples'),
    negativeExamples: strList(where, value.negative_examples, 'negative_examples'),
    source: file,
  };
}

/** Validate and compile a parsed pattern file (`builtin`: one of pdguard's own, see Where). */
export function compilePatternDocument(file: string, doc: unknown, { builtin = false }: { builtin?: boolean } = {}): Rule[] {
  return compileDocument(file, doc, builtin, false);
}

/** `checkedAtBuild`: a built-in file the bundle carries, which the build compiled with every check (see Where). */
function compileDocument(file: string, doc: unknown, builtin: boolean, checkedAtBuild: boolean): Rule[] {
  const where: Where = new Where(file);
  if (!isDict(doc)) where.fail('must be a YAML mapping with a `rules` list');
  checkKeys(where, doc, TOP_KEYS, 'the file');
  if (doc.version !== undefined && doc.version !== 1) where.fail(`unsupported version ${JSON.stringify(doc.version)} (this pdguard reads version 1)`);
  const fragments = new Map<string, string>();
  if (doc.fragments !== undefined) {
    if (!isDict(doc.fragments)) where.fail(`'fragments' must be a mapping of names to regex text`);
    for (const [name, value] of Object.entries(doc.fragments)) {
      if (typeof value !== 'string') where.fail(`fragment '${name}' must be a string`);
      // A fragment may use the fragments defined before it.
      fragments.set(name, expandFragments(where, value, fragments));
    }
  }
  if (!Array.isArray(doc.rules) || doc.rules.length === 0) where.fail(`'rules' must be a non-empty list`);
  return doc.rules.map((rule: unknown, i: number) => compileRule(file, rule, i, fragments, builtin, checkedAtBuild));
}

/** A pattern file, parsed but not yet checked. */
interface PatternDocument {
  /** How messages name it. */
  file: string;
  doc: unknown;
}

/** Parse a pattern file's YAML text. `file` is only used in messages. */
function parsePatternText(file: string, text: string): unknown {
  try {
    return yaml().parse(text);
  } catch (error) {
    return new Where(file).fail(`not valid YAML: ${errorMessage(error).split('\n')[0]}`);
  }
}

function readPatternFile(path: string, file = path): PatternDocument {
  let text: string;
  try {
    // Named by the user (--patterns) or built in: a link is followed, but only a regular file is read, and only so much.
    text = readBoundedFile(path, CONFIG_LIMIT, { followLinks: true });
  } catch (error) {
    if (error instanceof RefusedRead) throw new PatternError(`${file}: pattern file not read: it ${error.message}`);
    throw new PatternError(`${file}: cannot read pattern file (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
  return { file, doc: parsePatternText(file, text) };
}

/** Parse and compile one pattern file's text. `file` is only used in messages. */
export function compilePatternFile(file: string, text: string, options: { builtin?: boolean } = {}): Rule[] {
  return compilePatternDocument(file, parsePatternText(file, text), options);
}

/**
 * The bundle carries the built-in pattern files already parsed (scripts/build.mjs, which lists
 * them with the same builtinPatternFiles): parsing YAML was a third of a pre-commit hook's time.
 */
declare const __PDGUARD_BUILTIN_PATTERNS__: PatternDocument[] | undefined;

function builtinDocuments(): (PatternDocument & { checkedAtBuild: boolean })[] {
  if (typeof __PDGUARD_BUILTIN_PATTERNS__ !== 'undefined') return __PDGUARD_BUILTIN_PATTERNS__.map((d) => ({ ...d, checkedAtBuild: true }));
  return builtinPatternFiles(packageRoot()).map(({ path, name }) => ({ ...readPatternFile(path, name), checkedAtBuild: false }));
}

/** A pattern file to load: a path, or a text read elsewhere (from a commit's objects) and how to name it. */
export type PatternSource = string | { file: string; text: string };

/**
 * The built-in rules followed by those of `extraFiles`. Rule ids must be unique across all files:
 * configuration, baselines and SARIF refer to them.
 */
export function loadPatterns(extraFiles: readonly PatternSource[] = []): Rule[] {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  const documents = [
    ...builtinDocuments().map((d) => ({ ...d, builtin: true })),
    ...extraFiles.map((source) => ({
      ...(typeof source === 'string' ? readPatternFile(source) : { file: source.file, doc: parsePatternText(source.file, source.text) }),
      builtin: false,
      checkedAtBuild: false,
    })),
  ];
  for (const { file, doc, builtin, checkedAtBuild } of documents) {
    for (const rule of compileDocument(file, doc, builtin, checkedAtBuild)) {
      const first = seen.get(rule.id);
      if (first) throw new PatternError(`${file}: rule '${rule.id}': id already defined in ${first}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}
