/**
 * The planned search (src/engine/capture-runs.ts: regexes tried only near the runs that can hold
 * their capture; escapes and base64 values found once per text) must find exactly what running
 * every regex over its whole windows finds. Random text with planted values, cut into random
 * regions, through the built-in rules and through patterns of many shapes a user might write.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates, type Candidate } from '../src/engine/candidates.js';
import { capturePlan, classRuns } from '../src/engine/capture-runs.js';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { compilePatternFile, loadPatterns } from '../src/patterns/load.js';
import type { Rule } from '../src/types.js';
import { makeTree, runCli } from './helpers/cli.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';

/** Patterns of many shapes: bounded and unbounded prefixes, anchors, look-arounds, newlines, no plan at all. */
const SHAPES: [string, string][] = [
  ['acme[_.-]?key[ \\t]*[:=][ \\t]*["\']?([A-Za-z0-9]{12,16})(?![A-Za-z0-9])', 'true'],
  ['(?:^|[^a-z])([a-z]{5,9})(?![a-z])', 'false'],
  ['acme x{0,3}([0-9]{4})', 'true'],
  ['(?<=k=)([A-F0-9]{6,8})', 'true'],
  ['[0-9]([a-f0-9]{6})(?![0-9a-f])', 'true'],
  ['[\\s\\S]{0,3}acme([A-Za-z0-9]{4,6})', 'true'],
  ['^([a-z]{4})', 'false'],
  ['([A-Za-z]{6})(?![a-z])acme', 'true'],
  ['acme.{0,20}?([0-9A-F]{8})', 'true'],
  ['acme=([A-Za-z0-9+/]{8,40}={0,2})', 'true'],
  ['acme:([A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+/=-])', 'true'],
  ['(?:^|[^A-Za-z0-9_+/.~%-])([A-Za-z0-9]{12})(?![A-Za-z0-9_+/=.~%-])(?!\\\\{0,2}["\'`]?[ \\t]*:(?!/))', 'true'],
  ['(?<![a-z])acme\\w*?=([a-z0-9]{3,})', 'true'],
  ['acme[^\\n]{0,40}\\$([A-Z]+)', 'false'],
];

function shapesFile(): string {
  const lines = ['rules:'];
  SHAPES.forEach(([regex, ignoreCase], i) => {
    lines.push(
      `  - id: acme-${i}`,
      `    name: ACME ${i}`,
      '    description: A made-up credential.',
      '    confidence: high',
      '    severity: high',
      '    keywords: [acme]',
      '    patterns:',
      `      - regex: '${regex.replace(/'/g, "''")}'`,
      `        ignore_case: ${ignoreCase}`,
      ...(i % 3 === 0 ? ['        decode: [base64]'] : []),
      '    remediation: Rotate it.',
      '    help_uri: https://example.com/acme',
    );
  });
  return `${lines.join('\n')}\n`;
}

/** Text that names PagerDuty and ACME everywhere, with values of every shape planted between runs of every class. */
function randomText(random: () => number, fake: FakeSecrets): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = ['acme', 'pagerduty', 'PagerDuty', 'pd_token', 'routing_key', 'api_key', 'key', 'token', 'secret', 'webhook_secret', 'client_secret', 'Token token=', 'Bearer ', 'k=', 'events.pagerduty.com/v2/enqueue/', 'acme_key = ', 'acme:', 'acme=', 'x', '$'];
  const separators = [' ', ' ', '=', ': ', ' = "', '"', "'", '\n', '\n', '\n  ', '\t', '_', '-', '.', '/', '+', '%2B', '%2F', '%3D', '\\u002B', '\\u002b', '\\/', '=', '==', ',', '(', ')', ':', '\r\n', '~', '%', '\\'];
  const classes = ['alnum', 'hex', 'rest', 'base64', 'digit', 'alpha', 'upper', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEF0123456789'];
  const value = (): string => {
    switch (Math.floor(random() * 8)) {
      case 0:
        return fake.restKey();
      case 1:
        return fake.chars('alnum', 32);
      case 2:
        return fake.chars('hex', 64);
      case 3:
        return fake.oauthToken(random() < 0.5 ? 'us' : 'eu');
      case 4:
        return Buffer.from(pick([fake.restKey(), fake.chars('alnum', 32), `${fake.restKey()}\n`, fake.chars('alnum', 12)])).toString('base64');
      case 5:
        return fake.chars('rest', 20);
      case 6:
        return Buffer.from(`TOKEN=${fake.oauthToken()}\nX=1\n`).toString('base64');
      default:
        return fake.chars(pick(classes), 1 + Math.floor(random() * 70));
    }
  };
  const parts: string[] = [];
  const count = 40 + Math.floor(random() * 400);
  for (let i = 0; i < count; i++) {
    const r = random();
    parts.push(r < 0.3 ? pick(words) : r < 0.65 ? pick(separators) : value());
  }
  return parts.join('');
}

function summary(found: Candidate[]): string[] {
  return found.map((c) => JSON.stringify([c.rule.id, c.confidence, c.start, c.end, c.secret, c.decoded ?? null, c.evidence ?? null]));
}

describe('the planned search finds what a search of every window finds', () => {
  const builtin = new CompiledRules(loadPatterns());
  const shapes = new CompiledRules(compilePatternFile('acme.yaml', shapesFile(), { builtin: true }));

  it('derives a plan for the value patterns, and none where it cannot be proven', () => {
    const sources = new Map(builtin.rules.flatMap((r) => r.patterns.map((p) => [p.regex.source, p.regex] as const)));
    const restValue = [...sources.values()].find((r) => r.source.startsWith('(?:^|[^A-Za-z0-9_+/.~%-])([A-Za-z0-9_+-]{20})'))!;
    expect(capturePlan(restValue)).toMatchObject({ min: 20, max: 20, startsRun: true, endsRun: true, prefixMin: 0, prefixMax: 1, lineBound: false });
    const plans = shapes.rules.map((r) => capturePlan(r.patterns[0]!.regex));
    expect(plans[0]).toMatchObject({ min: 12, max: 16, startsRun: true, endsRun: true, prefixMax: Infinity, lineBound: true });
    expect(plans[5]).toMatchObject({ lineBound: false });
    expect(plans[6]).toMatchObject({ startsRun: true, prefixMin: 0, prefixMax: 0, lineBound: false });
    expect(plans[9]).toBeNull();
    expect(plans[12]).toMatchObject({ min: 3, max: Infinity, startsRun: true, endsRun: false });
  });

  it('finds every run at least as long as asked, sampling one position in that many', () => {
    const random = seededRandom(7);
    const table = new Uint8Array(128);
    for (const c of 'abc') table[c.charCodeAt(0)] = 1;
    for (let round = 0; round < 300; round++) {
      let text = '';
      while (text.length < 200) text += random() < 0.7 ? 'abc'[Math.floor(random() * 3)] : 'x-\n'[Math.floor(random() * 3)];
      const min = 1 + Math.floor(random() * 12);
      const from = Math.floor(random() * 50);
      const to = text.length - Math.floor(random() * 50);
      const expected = [...text.slice(from, to).matchAll(new RegExp(`[abc]{${min},}`, 'g'))].flatMap((m) => [from + m.index, from + m.index + m[0].length]);
      expect({ text, min, from, to, runs: [...classRuns(text, table, min, from, to)!] }).toEqual({ text, min, from, to, runs: expected });
    }
  });

  for (const [name, rules] of [
    ['built-in rules', builtin],
    ['patterns of many shapes', shapes],
  ] as const) {
    it(`${name}: random text, random regions`, () => {
      const random = seededRandom(name.length * 7919);
      const fake = new FakeSecrets(name.length);
      let compared = 0;
      for (let round = 0; round < 150; round++) {
        const text = randomText(random, fake);
        const from = Math.floor(random() * random() * text.length);
        const to = from + Math.floor(random() * (text.length - from + 1));
        const reach = [Infinity, 40, 300, 2000][Math.floor(random() * 4)]!;
        let regions: Map<Rule, [number, number][]> = rules.prefilter.regionsFor(text, from, to, reach);
        if (random() < 0.2) regions = new Map(rules.rules.map((r) => [r, [[from, to]]]));
        if (regions.size === 0) continue;
        const planned = findCandidates(regions, text, from, to, { planned: true });
        const plain = findCandidates(regions, text, from, to, { planned: false });
        expect({ text, from, to, found: summary(planned) }).toEqual({ text, from, to, found: summary(plain) });
        compared += plain.length;
      }
      // The texts hold what the rules report: the comparison is not of empty lists.
      expect(compared).toBeGreaterThan(20);
    });
  }
});

describe('a file that opens with a blank line', () => {
  // The look back over the lines before a value (`before` evidence) never got past the text's
  // first character when that was a newline: the scan never ended.
  it('is scanned to its end, and the value in it judged', async () => {
    const key = new FakeSecrets(3).restKey();
    const root = makeTree({ 'pagerduty.yml': `\ntoken: ${key}\n` });
    const result = await runCli(['scan', root, '--format', 'json', '--show-secrets'], { timeoutMs: 20_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(key);
  });
});
