/**
 * No pattern may backtrack badly: JavaScript regexes can take exponential or quadratic time.
 * Each rule is fed adversarial text built from its own keywords at two sizes, 8x apart; the time
 * must grow about linearly (a quadratic pattern would take 64x; we allow 20x for noise), and the
 * large text must not take much longer than ordinary text of its size. Both are ratios of times
 * measured together, never milliseconds, so that a loaded machine does not fail them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { scanString } from '../src/engine/stream.js';
import { PatternError } from '../src/errors.js';
import { compilePatternFile, loadPatterns } from '../src/patterns/load.js';
import { makeTree, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv } from './helpers/git.js';

const rules = loadPatterns();
/** A plausible key, generated: nothing credential-shaped is committed. */
const key = new FakeSecrets(11).restKey();

/** Texts of about `size` characters that look almost like a secret of the rule, over and over. */
function adversarialTexts(keywords: string[], size: number): string[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const texts = [
    fill('pagerduty_'),
    fill('PAGERDUTY_TOKEN='),
    `PAGERDUTY_TOKEN="${'a'.repeat(size)}`,
    `pagerduty:\n${fill(`  token: ${key}\n`)}`,
    `pagerduty ${fill('token: ')}`,
    `pagerduty ${fill('Token token=')}`,
    `pagerduty ${'{'.repeat(size)}`,
    `pagerduty ${fill('  - \n')}`,
    // Values listed on one long line: each is named by the field before the list, not by a look at
    // all of the line before it.
    `pagerduty ${fill(`${key} `)}`,
    fill('pdus+_0ABCDEF_0123abcd-'),
    `pdus+_${'a'.repeat(size)}`,
    fill('pd_a'),
    `pagerduty ${fill('= ')}`,
    `pagerduty ${' '.repeat(size)}x`,
    fill('events.pagerduty.com/a/'),
    // One long line (a minified file) full of candidates that need context.
    `pagerduty ${fill(`{"token":"${key}"},`)}`,
    fill(`Token token=${key} `),
    fill('webcal.pagerduty.com/private/'),
    // A long dotted chain without a call, then values whose name is passed to a call (flow evidence).
    `# pagerduty\n${'a.'.repeat(size / 4)}a\n${fill(`token = "${key}"\n`).slice(0, size / 2)}\nf(token)\n`,
    // Values named in typed literals and in calls left open across lines, and minified objects.
    `# pagerduty\n${fill(`a.b{ token = "${key}"\n`)}`,
    `# pagerduty\n${fill(`x(\n  token = "${key}",\n`)}`,
    `pagerduty ${fill(`{token: "${key}"}, `)}`,
  ];
  for (const keyword of keywords) texts.push(fill(`${keyword} `), fill(`${keyword}=`), fill(keyword));
  return texts;
}

/** The best of `runs` timings of each function, taken in turns so that a burst of load hits all alike. */
function bestTimes(fns: (() => unknown)[], runs = 5): number[] {
  const best = fns.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    fns.forEach((fn, i) => {
      const started = performance.now();
      fn();
      best[i] = Math.min(best[i]!, performance.now() - started);
    });
  }
  return best;
}

/**
 * Ordinary text of the same size as the large adversarial ones, scanned by every rule: a finding
 * on every fourth line. Its time is the yardstick for "fast" on this machine at this moment, so no
 * limit below is in milliseconds: under load both sides slow down alike.
 */
const ordinaryUnit = `# Page the on-call engineer through PagerDuty\nPAGERDUTY_TOKEN=${key}\nservice: checkout\nretries: 3\n`;
const ordinary = ordinaryUnit.repeat(Math.ceil((256 * 1024) / ordinaryUnit.length)).slice(0, 256 * 1024);
const allRules = new CompiledRules(rules);

/** Growth from 32 KB to 256 KB: 8x is linear, 64x quadratic. */
const MAX_GROWTH = 20;
/** The worst text against ordinary text of its size (today at most about 2.5x). */
const MAX_VS_ORDINARY = 25;
/** A measurement that fails is taken again, up to this many times: noise passes, a slow pattern fails each time. */
const ATTEMPTS = 3;

describe('linear time on adversarial input', () => {
  for (const rule of rules) {
    it(`${rule.id}`, () => {
      const engine = new CompiledRules([rule]);
      const small = adversarialTexts(rule.keywords, 32 * 1024);
      const large = adversarialTexts(rule.keywords, 256 * 1024);
      const ordinaryTime = () => bestTimes([() => scanString(allRules, ordinary)])[0]!;
      let tOrdinary = ordinaryTime();
      for (let i = 0; i < small.length; i++) {
        let verdict = '';
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          if (attempt > 0) tOrdinary = Math.max(tOrdinary, ordinaryTime()); // the load may have grown since
          const [tSmall, tLarge] = bestTimes([() => scanString(engine, small[i]!), () => scanString(engine, large[i]!)], 3);
          const growth = tLarge! / Math.max(tSmall!, 2);
          const vsOrdinary = tLarge! / Math.max(tOrdinary, 1);
          const where = `${rule.id}, text ${i} (${large[i]!.slice(0, 30)}…): ${tSmall!.toFixed(1)} ms → ${tLarge!.toFixed(1)} ms; ordinary text ${tOrdinary.toFixed(1)} ms`;
          verdict = growth >= MAX_GROWTH ? `grows ${growth.toFixed(1)}x: ${where}` : vsOrdinary >= MAX_VS_ORDINARY ? `${vsOrdinary.toFixed(1)}x slower than ordinary text: ${where}` : '';
          if (!verdict) break;
        }
        expect(verdict).toBe('');
      }
    }, 300_000);
  }
});

/** A pattern file with one rule whose pattern is `regex` (and, if given, a context regex). */
function patternFile(regex: string, context?: string): string {
  return [
    'rules:',
    '  - id: acme-token',
    '    name: ACME token',
    '    description: A token of the ACME bridge.',
    '    confidence: high',
    '    severity: high',
    '    keywords: [acmetok]',
    '    patterns:',
    `      - regex: '${regex.replace(/'/g, "''")}'`,
    ...(context ? ['        context:', `          - line: '${context.replace(/'/g, "''")}'`] : []),
    '    remediation: Rotate it.',
    '    help_uri: https://example.com/acme',
    '',
  ].join('\n');
}

describe("a pattern file's regexes take bounded time (they may come with the repository)", () => {
  // Each takes exponential (or high polynomial) time in a backtracking matcher on a line of `a`s.
  const CATASTROPHIC: [string, RegExp][] = [
    ['acmetok((?:a+)+)!', /repeats without an upper bound/],
    ['acmetok((a|a)*)!', /repeats without an upper bound/],
    ['acmetok((\\w+\\s?)+)$', /repeats without an upper bound/],
    ['acmetok_([a-z]*)x', /repeats without an upper bound/],
    ['acmetok([a-z]{3,})', /repeats without an upper bound/],
    ['acmetok((a|aa){1,40})!', /in more than 256 ways/],
    ['acmetok((a|a){1,30})!', /in more than 256 ways/],
    ['acmetok((?:a{1,12}){1,12})!', /in more than 256 ways/],
    ['acmetok(a{0,9}a{0,9}a{0,9}a{0,9}b)', /in more than 256 ways/],
    ['acmetok((?:[a-z]{1,20}[a-z0-9]{0,20}){1,10})!', /in more than 256 ways/],
    ['acmetok((a)\\1)', /backreferences/],
    ['acmetok((?<x>a)\\k<x>)', /backreferences/],
    ['acmetok([a-z]{0,5000})', /more than 1,024 characters/],
  ];

  it('refuses catastrophic shapes, naming the file, the rule and the regex', () => {
    for (const [regex, why] of CATASTROPHIC) {
      expect(() => compilePatternFile('acme.yaml', patternFile(regex)), regex).toThrow(PatternError);
      expect(() => compilePatternFile('acme.yaml', patternFile(regex)), regex).toThrow(why);
      expect(() => compilePatternFile('acme.yaml', patternFile(regex)), regex).toThrow(/^acme\.yaml: rule 'acme-token': 'patterns\[0\]\.regex' /);
    }
    // Context regexes too.
    expect(() => compilePatternFile('acme.yaml', patternFile('acmetok_([a-z0-9]{24})', '(x+x+)+y'))).toThrow(/'context\.line' repeats without an upper bound/);
  });

  it('takes what rules are written like: bounded, each part unable to overlap the next', () => {
    for (const regex of [
      'acmetok_([a-z0-9]{24})',
      'acmetok_([a-z0-9]{24})(?![a-z0-9])',
      '(?<![a-z0-9])acmetok[_.-]?(?:api[_.-]?)?(?:key|token)[ \\t]{0,5}[:=][ \\t]{0,5}["\']?([a-z0-9]{32})',
      'acmetok(?:[a-z0-9_-]{1,20}\\\\?/){0,3}([A-Za-z0-9]{32})',
      'acmetok.{0,40}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})',
      '(?:https?://)?acmetok\\.example\\.com/([A-Za-z0-9]{8,64})/feed',
    ]) {
      expect(() => compilePatternFile('acme.yaml', patternFile(regex, 'acme|bridge')), regex).not.toThrow();
    }
    // The built-in rules are reviewed and measured (above), not held to this check.
    expect(loadPatterns().length).toBeGreaterThan(0);
  });

  it('scan, the hook and --patterns refuse such a file at once with one line (exit 2)', async () => {
    const hostile = patternFile('acmetok((?:a+)+)!');
    const line = `key = acmetok${'a'.repeat(60)}\n`;
    const root = makeTree({ '.pdguard.yaml': 'patterns: [acme.yaml]\n', 'acme.yaml': hostile, 'app.txt': line });
    for (const args of [['scan', root], ['scan', join(root, 'app.txt'), '--patterns', join(root, 'acme.yaml')]]) {
      const result = await runCli(args, { timeoutMs: 20_000 });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/acme\.yaml: rule 'acme-token': 'patterns\[0\]\.regex' repeats without an upper bound/);
    }
    const repo = TestRepo.init();
    repo.write('.pdguard.yaml', 'patterns: [acme.yaml]\n').write('acme.yaml', hostile).write('app.txt', line).add();
    const staged = await runCli(['staged', '--repo', repo.dir], { timeoutMs: 20_000, env: gitEnv() });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toMatch(/rule 'acme-token': 'patterns\[0\]\.regex' repeats without an upper bound/);
  });

  it('a rule that passes scans adversarial text in linear time', async () => {
    const rule = patternFile('acmetok.{0,40}((?:[a-z]{1,8}-){0,3}[a-z0-9]{24})(?![a-z0-9])');
    const root = makeTree({ '.pdguard.yaml': 'patterns: [acme.yaml]\n', 'acme.yaml': rule });
    const body = (size: number) => `acmetok${'a-'.repeat(size / 2)}`.repeat(4);
    writeFileSync(join(root, 'small.txt'), body(64 * 1024));
    const small = await runCli(['scan', join(root, 'small.txt'), '--config', join(root, '.pdguard.yaml')], { timeoutMs: 60_000 });
    expect(small.code).toBe(0);
    writeFileSync(join(root, 'large.txt'), body(512 * 1024));
    const large = await runCli(['scan', join(root, 'large.txt'), '--config', join(root, '.pdguard.yaml')], { timeoutMs: 60_000 });
    expect(large.code).toBe(0);
  });
});

describe('the secret checks take linear time', () => {
  it('a value made of a long run of capitals and then another character is judged at once', () => {
    // The identifier check cut a run of capitals every way it could: 32 of them took 22 ms, 50 took hours.
    for (const tail of ['1', '-', 'x9']) {
      const value = 'Q'.repeat(90) + tail;
      const started = performance.now();
      scanString(allRules, `pagerduty:\n  client_secret: ${value}\n  webhook_secret: ${value}\n`);
      expect(performance.now() - started, tail).toBeLessThan(2000);
    }
  });
});
