/**
 * No pattern may backtrack badly: JavaScript regexes can take exponential or quadratic time.
 * Each rule is fed adversarial text built from its own keywords at two sizes, 8x apart; the time
 * must grow about linearly (a quadratic pattern would take 64x; we allow 20x for noise), and the
 * large text must not take much longer than ordinary text of its size. Both are ratios of times
 * measured together, never milliseconds, so that a loaded machine does not fail them.
 */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { scanString } from '../src/engine/stream.js';
import { loadPatterns } from '../src/patterns/load.js';
import { FakeSecrets } from './helpers/fake.js';

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
