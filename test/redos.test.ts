/**
 * No pattern may backtrack badly: JavaScript regexes can take exponential or quadratic time.
 * Each rule is fed adversarial text built from its own keywords at two sizes, 8x apart; the time
 * must grow about linearly (a quadratic pattern would take 64x; we allow 20x for noise).
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

function timeScan(engine: CompiledRules, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    scanString(engine, text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('linear time on adversarial input', () => {
  for (const rule of rules) {
    it(`${rule.id}`, () => {
      const engine = new CompiledRules([rule]);
      const small = adversarialTexts(rule.keywords, 32 * 1024);
      const large = adversarialTexts(rule.keywords, 256 * 1024);
      for (let i = 0; i < small.length; i++) {
        const tSmall = Math.max(timeScan(engine, small[i]!), 2);
        const tLarge = timeScan(engine, large[i]!);
        expect(tLarge / tSmall, `${rule.id}, text ${i} (${large[i]!.slice(0, 30)}…): ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms`).toBeLessThan(20);
        // And in absolute terms: a quarter megabyte of the worst text stays well under a second.
        expect(tLarge, `${rule.id}, text ${i}`).toBeLessThan(1500);
      }
    }, 120_000);
  }
});
