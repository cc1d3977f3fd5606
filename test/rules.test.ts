/**
 * Every rule carries its own tests, for every pattern file shipped in patterns/, run through the
 * real engine (prefilter, regexes, secret checks, context):
 *
 * - each example must give exactly the secrets marked in it, `«…»`, with their hash, line and
 *   columns: a pattern that captures too little or too much fails, not only one that finds nothing;
 * - each negative example must give no finding at all, and says which check of its rule rejects it
 *   (`«context» …` and friends, see REASONS): the test checks that this is so, so that a negative
 *   meant for the context check cannot pass because the keyword prefilter never ran the rule;
 * - the context of every pattern that has one is needed: dropping the whole `context:` list lets
 *   a negative through, dropping or loosening any one alternative loses an example or lets one
 *   through.
 *
 * The markup is the test's alone: the loader keeps examples verbatim and this file strips it
 * before scanning (the guillemets never appear in a scanned text).
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { decodedTokens } from '../src/engine/decode.js';
import { StreamScanner, scanString } from '../src/engine/stream.js';
import { toFindings } from '../src/pipeline/findings.js';
import { compilePatternFile, loadPatterns } from '../src/patterns/load.js';
import type { CompiledPattern, ContextRequirement, Match, Rule } from '../src/types.js';
import { FakeSecrets } from './helpers/fake.js';
import { REPO_ROOT } from './helpers/cli.js';

const CONTRACT_RULE_IDS = [
  'pagerduty-oauth-token',
  'pagerduty-rest-api-key',
  'pagerduty-events-key',
  'pagerduty-oauth-client-secret',
  'pagerduty-classic-oauth-token',
  'pagerduty-ical-feed-url',
  'pagerduty-webhook-secret',
];

const patternDir = join(REPO_ROOT, 'patterns');
const files = readdirSync(patternDir).filter((f) => f.endsWith('.yaml'));
const rules = files.flatMap((f) => compilePatternFile(join(patternDir, f), readFileSync(join(patternDir, f), 'utf8'), { builtin: true }));
const engine = new CompiledRules(rules);
const SEEDS = [1, 2, 3];

// ---------------------------------------------------------------------------------------------
// The markup of examples.

/** `«template»`: the secret, written as a template of fake characters. */
const SECRET_MARK = /«([^«»]+)»/g;
/** `[[base64:template]]`: the text written base64-encoded (a Kubernetes Secret's data). */
const BASE64_MARK = /\[\[base64:([^\]]+)\]\]/g;
const BASE64_MARK_WHOLE = /^\[\[base64:([^\]]+)\]\]$/;
const encodeBase64Marks = (text: string) => text.replace(BASE64_MARK, (_, plain: string) => Buffer.from(plain, 'latin1').toString('base64'));

/**
 * Why a negative example gives no finding, said by the tag that opens it (`«context» …`). Each is
 * about the example's own rule; no rule may report anything in any negative.
 */
const REASONS = {
  /** No keyword of the rule: the prefilter never runs it. */
  keyword: 'the prefilter does not run the rule',
  /** The rule runs, but none of its regexes matches. */
  pattern: 'no regex of the rule matches',
  /** A regex matches, but the rule reports nothing even without any context: the secret checks. */
  secret: 'a regex matches; the secret checks reject what it captured',
  /** A regex matches and the rule would report it but for that pattern's context: a near miss. */
  context: 'a regex matches; the context is what rejects it',
  /** Reported, on a line that says pdguard:allow; the secret is marked as in an example. */
  allowed: 'reported, allowed inline',
} as const;
type Reason = keyof typeof REASONS;
const TAG = /^«([a-z]+)» /;

interface Expected {
  rule: string;
  secret: string;
  secretHash: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** How the secret was written, when the engine decoded it. */
  decoded?: string;
}

interface Example {
  /** The text scanned: expanded, markup removed. */
  text: string;
  /** What the marked secrets must be reported as, in text order. */
  expected: Expected[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Expands an example's template with `fake` and removes the secret marks, remembering where each
 * secret lands: line and columns as the engine counts them (1-based, UTF-16 units, end one past).
 */
function expandExample(rule: Rule, template: string, fake: FakeSecrets): Example {
  // `«path:…»` opening an example: the file the text is scanned as (the path is evidence).
  const path = PATH_MARK.exec(template);
  if (path) template = template.slice(path[0].length);
  const expanded = fake.expand(template);
  const expected: Expected[] = [];
  let text = '';
  let last = 0;
  for (const mark of expanded.matchAll(SECRET_MARK)) {
    text += encodeBase64Marks(expanded.slice(last, mark.index));
    last = mark.index + mark[0].length;
    const encoded = BASE64_MARK_WHOLE.exec(mark[1]!);
    const written = encoded ? Buffer.from(encoded[1]!, 'latin1').toString('base64') : mark[1]!;
    const start = text.length;
    text += written;
    const line = text.slice(0, start).split('\n').length;
    const column = start - (text.lastIndexOf('\n', start - 1) + 1) + 1;
    // What is reported is the secret as written, percent-decoded where the rule says so.
    const urlEncoded = rule.secret.urlDecode === true && written.includes('%');
    // `\u002B` in a JSON string: reported decoded.
    const unicode = !encoded && /\\u00[0-9A-Fa-f]{2}/.test(written);
    const secret = encoded
      ? encoded[1]!
      : unicode
        ? written.replace(/\\u00([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        : urlEncoded
          ? decodeURIComponent(written)
          : written;
    const e: Expected = { rule: rule.id, secret, secretHash: sha256(rule.secret.part?.exec(secret)?.[1] ?? secret) /* a calendar feed is its key */, line, column, endLine: line, endColumn: column + written.length };
    if (encoded) e.decoded = 'base64';
    else if (unicode) e.decoded = 'json-unicode';
    else if (urlEncoded) e.decoded = 'url';
    expected.push(e);
  }
  text += encodeBase64Marks(expanded.slice(last));
  if (/[«»]/.test(text)) throw new Error(`${rule.id}: unbalanced « » in example ${JSON.stringify(template)}`);
  return { text: path ? `${PATH_HEADER}${path[1]}${PATH_HEADER}${text}` : text, expected };
}

/** `«path:dir/file»` opening an example (after its tag): the path it is scanned at. */
const PATH_MARK = /^«path:([^«»\n]+)»\n?/;
/** How an example's text carries its path to scanText (a NUL never appears in an example). */
const PATH_HEADER = '\0path\0';

/** Scans an example's text as the file its path mark names (none: as standard input). */
function scanText(scanner: CompiledRules, text: string): Match[] {
  const path = pathOf(text);
  if (path === undefined) return scanString(scanner, text);
  return new StreamScanner(scanner, { path }).end(Buffer.from(bodyOf(text), 'utf8'));
}

function pathOf(text: string): string | undefined {
  return text.startsWith(PATH_HEADER) ? text.slice(PATH_HEADER.length, text.indexOf(PATH_HEADER, PATH_HEADER.length)) : undefined;
}

/** An example's text without its path. */
function bodyOf(text: string): string {
  return text.startsWith(PATH_HEADER) ? text.slice(text.indexOf(PATH_HEADER, PATH_HEADER.length) + PATH_HEADER.length) : text;
}

/** The findings of a text, as the reports give them (only the fields the marks predict). */
function reported(text: string, scanner: CompiledRules = engine, allowed = false): Expected[] {
  const matches = scanText(scanner, text);
  return toFindings(matches, 'example.txt')
    .filter((f) => f.inlineAllowed === allowed)
    .map(({ finding: f }) => ({
      rule: f.ruleId,
      secret: f.secret,
      secretHash: f.secretHash,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.decoded ? { decoded: f.decoded } : {}),
    }));
}

function splitTag(rule: Rule, template: string): { reason: Reason; template: string } {
  const tag = TAG.exec(template);
  if (!tag || !(tag[1]! in REASONS)) {
    throw new Error(`${rule.id}: negative example ${JSON.stringify(template)} must open with one of ${Object.keys(REASONS).map((r) => `«${r}»`).join(', ')}`);
  }
  return { reason: tag[1] as Reason, template: template.slice(tag[0].length) };
}

// ---------------------------------------------------------------------------------------------
// Why a text gives no finding of a rule: the engine's stages, one by one, from the outside.

/** The secrets a pattern's own regex captures in `text`, as the rule would report them. */
function captured(rule: Rule, pattern: CompiledPattern, text: string): string[] {
  const regex = new RegExp(pattern.regex.source, pattern.regex.flags);
  const plain = [...text.matchAll(regex)].map((m) => (rule.secret.urlDecode ? decodeURIComponent(m[1]!) : m[1]!));
  // And what the pattern captures in the tokens it decodes, when the whole token is its secret.
  const decoded = decodedTokens(text, 0, text.length, pattern.decode)
    .map((t) => t.decoded)
    .filter((d) => [...d.matchAll(new RegExp(pattern.regex.source, pattern.regex.flags))].some((m) => m[1] === d));
  return [...plain, ...decoded];
}

/** A copy of `rule` whose patterns have their context replaced by `contextOf(pattern, index)`. */
function withContext(rule: Rule, contextOf: (pattern: CompiledPattern, index: number) => ContextRequirement[]): Rule {
  return { ...rule, patterns: rule.patterns.map((p, i) => ({ ...p, context: contextOf(p, i) })) };
}

/** An engine with every rule, `rule` replaced by `variant`: the pattern file as it would be. */
function engineWith(rule: Rule, variant: Rule): CompiledRules {
  return new CompiledRules(rules.map((r) => (r === rule ? variant : r)));
}

interface Diagnosis {
  reason: Reason;
  /** For a context reject: the patterns whose context, removed, lets the engine report it. */
  contextPatterns: number[];
}

function diagnose(rule: Rule, text: string): Diagnosis {
  const own = scanText(engine, text).filter((m) => m.rule === rule);
  if (own.some((m) => m.inlineAllowed)) return { reason: 'allowed', contextPatterns: [] };
  const path = pathOf(text);
  const namedByPath = path !== undefined && rule.paths?.test(path) === true;
  if (!namedByPath && !engine.prefilter.rulesFor(bodyOf(text)).includes(rule)) return { reason: 'keyword', contextPatterns: [] };
  const secrets = rule.patterns.map((p) => captured(rule, p, bodyOf(text)));
  if (secrets.every((s) => s.length === 0)) return { reason: 'pattern', contextPatterns: [] };
  const contextPatterns = rule.patterns.flatMap((pattern, i) => {
    if ((pattern.context.length === 0 && pattern.unless.length === 0) || secrets[i]!.length === 0) return [];
    // Without its context, and without its vetoes, which are part of it.
    const variant = { ...withContext(rule, (p, j) => (j === i ? [] : p.context)), patterns: rule.patterns.map((p, j) => (j === i ? { ...p, context: [], unless: [] } : p)) };
    const found = scanText(engineWith(rule, variant), text).filter((m) => m.rule === variant && !m.inlineAllowed);
    return found.some((m) => secrets[i]!.includes(m.secret)) ? [i] : [];
  });
  return { reason: contextPatterns.length ? 'context' : 'secret', contextPatterns };
}

// ---------------------------------------------------------------------------------------------

describe('pattern files', () => {
  it('define every rule id of the contract, each once', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CONTRACT_RULE_IDS].sort());
    expect(loadPatterns().map((r) => r.id).sort()).toEqual([...CONTRACT_RULE_IDS].sort());
  });

  it('match the JSON schema offered to editors', () => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(patternDir, 'schema.json'), 'utf8')) as object);
    for (const file of files) {
      const ok = validate(parse(readFileSync(join(patternDir, file), 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
    // And the schema rejects what the loader rejects.
    expect(validate({ rules: [{ id: 'x', colour: 'red' }] })).toBe(false);
  });

  it('give every rule examples, negative examples, remediation and a help URL', () => {
    for (const rule of rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.negativeExamples.length, rule.id).toBeGreaterThan(0);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(40);
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
    }
  });

  it('keep examples verbatim, markup included: only this test reads it', () => {
    const rest = rules.find((r) => r.id === 'pagerduty-rest-api-key')!;
    expect(rest.examples).toContain('PAGERDUTY_TOKEN=«{rest:20}»');
    expect(rest.negativeExamples.every((n) => TAG.test(n))).toBe(true);
  });

  it('mark the secret of every example, and tag every negative example', () => {
    for (const rule of rules) {
      for (const template of rule.examples) expect(template.match(SECRET_MARK)?.length ?? 0, `${rule.id}: ${template}`).toBeGreaterThan(0);
      for (const template of rule.negativeExamples) {
        const { reason, template: tagged } = splitTag(rule, template);
        const rest = tagged.replace(PATH_MARK, '');
        // Only an allowed negative has a secret to mark: it is reported, then allowed.
        expect((rest.match(SECRET_MARK)?.length ?? 0) > 0, `${rule.id}: ${template}`).toBe(reason === 'allowed');
      }
    }
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    // Several seeds: each run of an example sees different random secrets of the same shape.
    for (const seed of SEEDS) {
      const fake = new FakeSecrets(seed);
      rule.examples.forEach((template, i) => {
        const example = expandExample(rule, template, fake);
        it(`finds exactly the secrets marked in example ${i + 1} (seed ${seed})`, () => {
          expect(reported(example.text), example.text).toEqual(example.expected);
        });
      });
      rule.negativeExamples.forEach((tagged, i) => {
        const { reason, template } = splitTag(rule, tagged);
        const example = expandExample(rule, template, fake);
        it(`ignores negative example ${i + 1}: ${REASONS[reason]} (seed ${seed})`, () => {
          expect(reported(example.text), example.text).toEqual([]);
          if (reason === 'allowed') {
            // Tested apart: found like an example, and marked as allowed.
            expect(reported(example.text, engine, true), example.text).toEqual(example.expected);
            expect(example.text).toContain('pdguard:allow');
          }
          const diagnosis = diagnose(rule, example.text);
          expect(diagnosis.reason, `why negative example ${i + 1} gives no finding:\n${example.text}`).toBe(reason);
        });
      });
    }

    // Each pattern, the context of each, and each alternative of a context must be needed.
    const examples = (seed: number) => {
      const fake = new FakeSecrets(seed);
      return rule.examples.map((t) => expandExample(rule, t, fake));
    };
    const negatives = (seed: number) => {
      const fake = new FakeSecrets(seed);
      rule.examples.forEach((t) => fake.expand(t)); // the same values as the tests above
      return rule.negativeExamples.map((t) => expandExample(rule, splitTag(rule, t).template, fake));
    };
    /** Whether `variant` of the rule reports some example otherwise (fewer, other secrets, other confidence). */
    const changesAnExample = (variant: Rule) => {
      const scanner = engineWith(rule, variant);
      return SEEDS.some((seed) => examples(seed).some((e) => !isDeepStrictEqual(outcome(e.text, scanner), outcome(e.text))));
    };

    if (rule.patterns.length > 1) {
      rule.patterns.forEach((_, p) => {
        it(`pattern ${p + 1} is what finds some example`, () => {
          const variant = { ...rule, patterns: rule.patterns.filter((__, q) => q !== p) };
          expect(changesAnExample(variant), `${rule.id}: without pattern ${p + 1} every example is found as before; add one that needs it`).toBe(true);
        });
      });
    }

    rule.patterns.forEach((pattern, p) => {
      pattern.unless.forEach((veto, v) => {
        it(`pattern ${p + 1}, veto ${v + 1} (${describeAlternative(veto)}): some negative example would be reported without it`, () => {
          const variant = { ...rule, patterns: rule.patterns.map((q, j) => (j === p ? { ...q, unless: q.unless.filter((_, k) => k !== v) } : q)) };
          const scanner = engineWith(rule, variant);
          const through = SEEDS.some((seed) => negatives(seed).some((n) => scanText(scanner, n.text).some((m) => m.rule === variant && !m.inlineAllowed)));
          expect(through, `${rule.id}: without veto ${v + 1} of pattern ${p + 1} no negative example is reported; add one it rejects`).toBe(true);
        });
      });
    });

    rule.patterns.forEach((pattern, p) => {
      if (pattern.context.length === 0) return;

      it(`pattern ${p + 1}: some «context» negative would be reported without its context`, () => {
        const nearMisses = rule.negativeExamples.filter((tagged, i) =>
          splitTag(rule, tagged).reason === 'context' && SEEDS.every((seed) => diagnose(rule, negatives(seed)[i]!.text).contextPatterns.includes(p)),
        );
        expect(nearMisses.length, `${rule.id}: no «context» negative example is rejected by the context of pattern ${p + 1}`).toBeGreaterThan(0);
      });

      pattern.context.forEach((alternative, a) => {
        const what = `pattern ${p + 1}, context alternative ${a + 1} (${describeAlternative(alternative)})`;
        const others = pattern.context.filter((_, k) => k !== a);
        const redundant = others.some((o) => covers(o, alternative));
        const id = `${rule.id} ${p + 1}.${a + 1}`;

        if (redundant || KNOWN_REDUNDANT.has(id)) {
          it(`${what} adds nothing to the others: listed as known`, () => {
            expect(redundant, `${id} is no longer redundant: remove it from KNOWN_REDUNDANT`).toBe(true);
            expect(KNOWN_REDUNDANT.has(id), `${id} is covered by another alternative of its pattern: drop it from the rule`).toBe(true);
          });
          return;
        }

        it(`${what}: some example needs it`, () => {
          // The only alternative: removing it removes the context, which the «context» negatives guard.
          if (pattern.context.length === 1) return;
          const variant = withContext(rule, (q, j) => (j === p ? q.context.filter((_, k) => k !== a) : q.context));
          expect(changesAnExample(variant), `${rule.id}: without ${what} every example is found as before; add one that needs it`).toBe(true);
        });

        it(`${what}: some negative example is a near miss of it`, () => {
          // Loosened a little (a wider look around the secret), the alternative lets a negative through.
          const loose = loosen(alternative, pattern.threshold);
          if (others.some((o) => covers(o, loose))) return; // as loose as another one already is
          const variant = withContext(rule, (q, j) => (j === p ? q.context.map((c, k) => (k === a ? loose : c)) : q.context));
          const scanner = engineWith(rule, variant);
          const through = SEEDS.some((seed) => negatives(seed).some((n) => scanText(scanner, n.text).some((m) => m.rule === variant && !m.inlineAllowed)));
          expect(through, `${rule.id}: loosening ${what} lets no negative example through; add a near miss`).toBe(true);
        });
      });
    });
  });
}

/**
 * Context alternatives that another alternative of the same pattern already covers (a `line` regex
 * that a `near` one with the same regex checks too): deleting one changes nothing, so no test can
 * notice it. They belong to the rules, not to this test: drop them from pagerduty.yaml, then here.
 */
const KNOWN_REDUNDANT = new Set(['pagerduty-rest-api-key 2.1', 'pagerduty-rest-api-key 3.1']);

/** The fields of an evidence entry that say what it weighs and how it is named, not what it tests. */
const NOT_TESTS = new Set(['weight', 'label', 'group', 'namesVendor']);

/** Whether alternative `a` accepts everything `b` accepts (judged by their form alone). */
function covers(a: ContextRequirement, b: ContextRequirement): boolean {
  const fields = (c: ContextRequirement) => Object.keys(c).filter((k) => !NOT_TESTS.has(k) && c[k as keyof ContextRequirement] !== undefined);
  if (!a.near || fields(a).length !== 1 || fields(b).length !== 1) return false;
  const regex = b.line ?? b.near?.regex;
  const lines = b.line ? 0 : b.near?.lines;
  return regex !== undefined && lines !== undefined && regex.source === a.near.regex.source && regex.flags === a.near.regex.flags && lines <= a.near.lines;
}

/** What the engine reports in `text`, confidence and inline allowing included. */
function outcome(text: string, scanner: CompiledRules = engine): unknown[] {
  return scanText(scanner, text).map((m) => [m.rule.id, m.secret, m.confidence, m.line, m.column, m.endColumn, m.inlineAllowed]);
}

function describeAlternative(c: ContextRequirement): string {
  const parts: string[] = [];
  if (c.line) parts.push(`line: ${c.line.source}`);
  if (c.lead) parts.push(`lead: ${c.lead.source}`);
  if (c.before) parts.push(`before: ${c.before.regex.source}, ${c.before.lines} lines`);
  if (c.path) parts.push(`path: ${c.path.source}`);
  if (c.flow) parts.push(`flow: ${c.flow.regex.source}, ${c.flow.lines} lines`);
  if (c.name) parts.push(`name: ${c.name.source}`);
  if (c.parent) parts.push(`parent: ${c.parent.source}`);
  if (c.sibling) parts.push(`sibling: ${c.sibling.regex.source}, ${c.sibling.levels} levels`);
  if (c.call) parts.push(`call: ${c.call.source}`);
  if (c.table) parts.push(`table: ${c.table.source}`);
  if (c.near) parts.push(`near: ${c.near.regex.source}, ${c.near.lines} lines`);
  return parts.join(' and ').slice(0, 160);
}

/**
 * The same alternative, a little looser: what a careless edit of it would do. A `line` regex
 * also on the lines next to the secret's, a `parent` regex anywhere in the lines above and below,
 * a `near` regex twice as far.
 */
function loosen(c: ContextRequirement, threshold: number): ContextRequirement {
  // Evidence that counts only together with other evidence, made to count alone.
  if (c.weight < threshold) return { ...c, weight: threshold };
  // One field of the alternative, loosened; a structural one becomes a look at the lines around.
  if (c.near && Object.keys(c).some((k) => k !== 'near' && !NOT_TESTS.has(k) && c[k as keyof ContextRequirement] !== undefined)) {
    return { ...c, near: { regex: c.near.regex, lines: 2 * c.near.lines + 1 } };
  }
  if (c.before) return { ...c, before: { regex: c.before.regex, lines: 2 * c.before.lines + 1 } };
  // A value passed to any call, not only a PagerDuty client's.
  if (c.flow) return { ...c, flow: { regex: /./, lines: c.flow.lines } };
  if (c.lead) return { ...c, lead: undefined, line: c.lead };
  if (c.path) return { ...c, path: undefined, near: { regex: c.path, lines: 10 } };
  if (c.line) return { ...c, line: undefined, near: { regex: c.line, lines: 2 } };
  if (c.parent) return { ...c, parent: undefined, near: { regex: c.parent, lines: 10 } };
  if (c.sibling) return { ...c, sibling: { regex: c.sibling.regex, levels: c.sibling.levels + 2 } };
  if (c.table) return { ...c, table: undefined, near: { regex: c.table, lines: 10 } };
  if (c.call) return { ...c, call: undefined, near: { regex: c.call, lines: 2 } };
  if (c.name) return { ...c, name: undefined, near: { regex: c.name, lines: 2 } };
  return { ...c, near: { regex: c.near!.regex, lines: 2 * c.near!.lines + 1 } };
}
