/**
 * The prefilter's regions from the byte kernel's keyword hits (ByteKernel.keywordHits, kernel.ts)
 * against the same regions from its regex (Prefilter.regionsFor without a kernel): they must be
 * equal, region for region, on random and real text (seeded, so every run draws the same cases).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { type ByteKernel, KernelPool } from '../src/engine/kernel.js';
import { Prefilter } from '../src/engine/prefilter.js';
import { StreamScanner } from '../src/engine/stream.js';
import { loadPatterns } from '../src/patterns/load.js';
import type { Rule } from '../src/types.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';

const engine = new CompiledRules(loadPatterns());
const rulePrefilter = engine.prefilter;

/** Rules that carry only keywords: all the prefilter reads of a rule. */
function keywordRules(random: () => number, keywords: readonly string[]): Rule[] {
  const n = 1 + Math.floor(random() * 4);
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, keywords: keywords.filter(() => random() < 0.5) }) as unknown as Rule).filter((r) => r.keywords.length);
}

/** Random keyword sets over a small alphabet: shared prefixes, keywords inside keywords, separators first and last. */
function randomKeywords(random: () => number, many = false): string[] {
  const alphabet = 'abpdu+_-%2.';
  const words = new Set<string>();
  // Many: more first bytes than the kernel's test has buckets (8), so that buckets are shared.
  const n = many ? 20 + Math.floor(random() * 30) : 2 + Math.floor(random() * 6);
  while (words.size < n) {
    let w = words.size && random() < 0.4 ? [...words][Math.floor(random() * words.size)]!.slice(0, 2) : '';
    const len = 1 + Math.floor(random() * 6);
    while (w.length < len) w += alphabet[Math.floor(random() * alphabet.length)];
    words.add(w);
  }
  return [...words];
}

/**
 * Bytes that hold keywords often, whole or cut, in either case, next to letters and digits (a
 * keyword inside a word), separators, bytes that differ from a keyword's by 0x20, and bytes of 0x80
 * and above (0xc1, 0xd0 fold to 'A', 'P' with 0x20 set by mistake; 0xf0 ...).
 */
function noisyText(random: () => number, length: number, keywords: readonly string[]): Buffer {
  const out = Buffer.alloc(length);
  let i = 0;
  while (i < length) {
    const r = random();
    if (r < 0.2) {
      const k = keywords[Math.floor(random() * keywords.length)]!;
      const cut = random() < 0.3 ? Math.floor(random() * k.length) : k.length;
      for (let j = 0; j < cut && i < length; j++, i++) {
        const c = k.charCodeAt(j);
        out[i] = random() < 0.5 && c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
      }
    } else if (r < 0.35) out[i++] = [0x40, 0x60, 0x7b, 0x5f, 0x2d, 0x2b, 0x7f, 0xc1, 0xd0, 0xf0, 0x0a, 0x20, 0x30, 0x61][Math.floor(random() * 14)]!;
    else if (r < 0.7) out[i++] = 0x20 + Math.floor(random() * 0x5f);
    else out[i++] = Math.floor(random() * 256);
  }
  return out;
}

/** Regions by the regex and by the kernel's hits, for the same window. */
function bothWays(prefilter: Prefilter, kernel: ByteKernel, bytes: Buffer, from: number, to: number, reach: number) {
  bytes.copy(kernel.bytes(bytes.length), 0);
  const text = bytes.toString('latin1');
  const byRegex = prefilter.regionsFor(text, from, to, reach);
  const byKernel = prefilter.regionsFor(text, from, to, reach, kernel);
  const ids = (regions: Map<Rule, [number, number][]>) => [...regions].map(([rule, list]) => [rule.id, list]);
  return { regex: ids(byRegex), kernel: ids(byKernel) };
}

/** Every keyword start in [from, to) that ends by `end`, the longest at each: by plain comparison. */
function hitsPlain(bytes: Buffer, from: number, to: number, end: number, keywords: readonly string[]): number[] {
  const text = bytes.toString('latin1', 0, end).replace(/[A-Z]/g, (c) => c.toLowerCase());
  const out: number[] = [];
  for (let p = from; p < to; p++) {
    let best = -1;
    keywords.forEach((k, i) => {
      if (text.startsWith(k, p) && (best < 0 || k.length > keywords[best]!.length)) best = i;
    });
    if (best >= 0) out.push(p, best);
  }
  return out;
}

describe('keyword hits from the bytes', () => {
  it('are every position where a keyword starts, with the longest keyword there, as plain comparison finds them', () => {
    const random = seededRandom(26);
    const sets = [rulePrefilter.keywords, ...Array.from({ length: 40 }, (_, i) => randomKeywords(random, i % 4 === 0))];
    let hits = 0;
    for (const keywords of sets) {
      const kernel = KernelPool.for(keywords)!.acquire();
      for (let t = 0; t < 30; t++) {
        const length = Math.floor(random() * (t % 10 === 0 ? 6000 : 300));
        const bytes = noisyText(random, length, keywords);
        bytes.copy(kernel.bytes(length), 0);
        const from = Math.floor(random() * (length + 1));
        const to = from + Math.floor(random() * (length - from + 1));
        const end = to + Math.floor(random() * (length - to + 1));
        const expected = hitsPlain(bytes, from, to, end, keywords);
        expect({ keywords, from, to, end, hits: [...kernel.keywordHits(from, to, end)] }).toEqual({ keywords, from, to, end, hits: expected });
        hits += expected.length / 2;
      }
    }
    expect(hits).toBeGreaterThan(5000);
  });

  it('overlap: a keyword may start inside the one before it (pdus+ and +_), and the longest at a place is the one named', () => {
    const kernel = KernelPool.for(rulePrefilter.keywords)!.acquire();
    const word = (k: string) => rulePrefilter.keywords.indexOf(k);
    const text = Buffer.from('x PDUS+_a1 pagerduty.com/private/ _pd_', 'latin1');
    text.copy(kernel.bytes(text.length), 0);
    expect([...kernel.keywordHits(0, text.length, text.length)]).toEqual([2, word('pdus+'), 6, word('+_'), 11, word('pagerduty.com/private/'), 34, word('_pd'), 35, word('pd_')]);
    // Cut short by `end`: the longest keyword that still fits, or none.
    expect([...kernel.keywordHits(0, text.length, 28)]).toEqual([2, word('pdus+'), 6, word('+_'), 11, word('pagerduty')]);
  });

  it('come in batches that join up: more hits than one call of the kernel writes', () => {
    const kernel = KernelPool.for(rulePrefilter.keywords)!.acquire();
    const text = Buffer.from('+_'.repeat(9000) + 'pd_x'.repeat(3000), 'latin1');
    text.copy(kernel.bytes(text.length), 0);
    const hits = [...kernel.keywordHits(1, text.length, text.length)];
    expect(hits).toEqual(hitsPlain(text, 1, text.length, text.length, rulePrefilter.keywords));
    expect(hits.length / 2).toBeGreaterThan(2 * 4096);
  });
});

describe('regions from the kernel and from the regex', () => {
  it('are the same for the rules and for random keyword sets, on random text, windows and reaches', () => {
    const random = seededRandom(27);
    const cases: [Prefilter, readonly string[]][] = [[rulePrefilter, rulePrefilter.keywords]];
    for (let s = 0; s < 40; s++) {
      const keywords = randomKeywords(random, s % 4 === 0);
      const prefilter = new Prefilter(keywordRules(random, keywords));
      if (prefilter.keywords.length) cases.push([prefilter, prefilter.keywords]);
    }
    let nonEmpty = 0;
    for (const [prefilter, keywords] of cases) {
      const kernel = KernelPool.for(prefilter.keywords)!.acquire();
      for (let t = 0; t < 40; t++) {
        const length = Math.floor(random() * (t % 8 === 0 ? 40_000 : 400));
        const bytes = noisyText(random, length, keywords);
        const from = Math.floor(random() * (length + 1));
        const to = from + Math.floor(random() * (length - from + 1));
        const reach = [0, 1, 3, 16, 100, 16 * 1024, Infinity][Math.floor(random() * 7)]!;
        const { regex, kernel: byKernel } = bothWays(prefilter, kernel, bytes, from, to, reach);
        expect({ from, to, reach, regions: byKernel }).toEqual({ from, to, reach, regions: regex });
        if (regex.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(500);
  });

  it('are the same for a keyword at every place around the window and the reach, in either case', () => {
    const kernel = KernelPool.for(rulePrefilter.keywords)!.acquire();
    const context = ['..', 'a9', '_', '+', '\xe9'];
    for (const keyword of rulePrefilter.keywords) {
      for (const before of context) {
        for (const after of context) {
          const length = 80;
          const [from, to, reach] = [30, 50, 7];
          // From wholly in the look-back, past the reach, to the carry after the window.
          for (let at = 0; at + before.length + keyword.length + after.length <= length; at++) {
            const text = '.'.repeat(at) + before + (at % 2 ? keyword.toUpperCase() : keyword) + after;
            const bytes = Buffer.from(text.padEnd(length, '.'), 'latin1');
            const { regex, kernel: byKernel } = bothWays(rulePrefilter, kernel, bytes, from, to, reach);
            expect({ text, regions: byKernel }).toEqual({ text, regions: regex });
            // And the keyword cut by the end of the text.
            const cut = bytes.subarray(0, at + before.length + keyword.length - 1);
            const short = bothWays(rulePrefilter, kernel, cut, Math.min(from, cut.length), Math.min(to, cut.length), reach);
            expect(short.kernel).toEqual(short.regex);
          }
        }
      }
    }
  });

  it('are the same on real text that names PagerDuty everywhere, in windows as the stream cuts them', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(join(import.meta.dirname, 'corpus-world', 'fit'));
    const kernel = KernelPool.for(rulePrefilter.keywords)!.acquire();
    const random = seededRandom(28);
    let regions = 0;
    for (const path of files) {
      const bytes = readFileSync(path);
      for (const reach of [16 * 1024, 64, Infinity]) {
        const from = Math.floor(random() * (bytes.length + 1));
        const to = from + Math.floor(random() * (bytes.length - from + 1));
        const { regex, kernel: byKernel } = bothWays(rulePrefilter, kernel, bytes, from, to, reach);
        expect({ path, from, to, reach, regions: byKernel }).toEqual({ path, from, to, reach, regions: regex });
        regions += regex.length;
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(regions).toBeGreaterThan(100);
  });

  it('give the stream the same findings with the kernel and without it, in text that names PagerDuty on every line', () => {
    const files = ['PagerDuty--pdpyras', 'PagerDuty--terraform-provider-pagerduty', 'PagerDuty--go-pagerduty'].flatMap((repo) => {
      const out: Buffer[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir).sort()) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else out.push(readFileSync(path));
        }
      };
      walk(join(import.meta.dirname, 'corpus-world', 'fit', repo));
      return out;
    });
    // With fake credentials among the real lines, now and then.
    const fake = new FakeSecrets(29);
    const random = seededRandom(29);
    const lines = Buffer.concat(files).toString('latin1').split('\n');
    for (let i = 0; i < lines.length; i += 150 + Math.floor(random() * 300)) {
      lines[i] = [`PAGERDUTY_TOKEN=${fake.restKey()}`, `pagerduty_events_key: "${fake.eventsKey()}"`, `token = "${fake.oauthToken('us')}"`][i % 3]!;
    }
    const all = Buffer.from(lines.join('\n'), 'latin1');
    const scan = (kernel: boolean) => {
      const scanner = new StreamScanner(engine, { kernel });
      const out = [];
      for (let at = 0; at < all.length; at += 70_001) out.push(...scanner.push(all.subarray(at, at + 70_001)));
      out.push(...scanner.end());
      return out;
    };
    const withKernel = scan(true);
    expect(withKernel).toEqual(scan(false));
    expect(withKernel.length).toBeGreaterThan(0);
  });
});
