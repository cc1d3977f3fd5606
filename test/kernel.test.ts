/**
 * The WebAssembly SIMD byte kernel (src/engine/kernel.ts) against plain JavaScript: randomized
 * differential tests of each of its searches (seeded, so every run draws the same cases), the
 * whole stream with and without it, and the fallback where there is no WebAssembly at all.
 */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { KernelPool, PlainWindow, type WasmApi, kernelBinary } from '../src/engine/kernel.js';
import { module, sleb, uleb } from '../src/engine/kernel-wasm.js';
import { StreamScanner } from '../src/engine/stream.js';
import { loadPatterns } from '../src/patterns/load.js';
import type { Match } from '../src/types.js';
import { makeTree, runCli } from './helpers/cli.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';

const engine = new CompiledRules(loadPatterns());
const ruleKeywords = engine.prefilter.keywords;
const webAssembly = (globalThis as unknown as { WebAssembly: WasmApi & { validate(b: Uint8Array): boolean } }).WebAssembly;

/** Where the last keyword that fits inside [from, to) starts, by plain string comparison. */
function lastKeywordPlain(bytes: Buffer, from: number, to: number, keywords: readonly string[]): number {
  const text = bytes.toString('latin1', 0, to).toLowerCase();
  let last = -1;
  for (const k of keywords) {
    for (let i = text.indexOf(k.toLowerCase(), from); i >= 0 && i + k.length <= to; i = text.indexOf(k.toLowerCase(), i + 1)) last = Math.max(last, i);
  }
  return last;
}

/** The same through a regex, as the prefilter searches decoded text (one step at a time: keywords overlap). */
function lastKeywordRegex(bytes: Buffer, from: number, to: number, keywords: readonly string[]): number {
  const regex = new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'gi');
  const text = bytes.toString('latin1', 0, to);
  let last = -1;
  regex.lastIndex = from;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    last = m.index;
    regex.lastIndex = m.index + 1;
  }
  return last;
}

/**
 * Random bytes that often hold keywords, their prefixes and case variants: runs of the keywords'
 * own letters, folded and unfolded, next to bytes that differ from them by 0x20 only ('@', '`',
 * '{', 0xc1...), newlines and any other byte.
 */
function noisyBytes(random: () => number, length: number, keywords: readonly string[]): Buffer {
  const out = Buffer.alloc(length);
  let i = 0;
  while (i < length) {
    const r = random();
    if (r < 0.15) {
      const k = keywords[Math.floor(random() * keywords.length)]!;
      const cut = random() < 0.4 ? Math.floor(random() * k.length) : k.length; // a prefix, often
      for (let j = 0; j < cut && i < length; j++, i++) {
        const c = k.charCodeAt(j);
        out[i] = random() < 0.5 && c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
      }
    } else if (r < 0.25) out[i++] = [0x40, 0x60, 0x7b, 0x5f, 0x7f, 0xc1, 0xd0, 0xf0, 0x0a, 0x2b, 0x0b][Math.floor(random() * 11)]!;
    else if (r < 0.6) out[i++] = 0x20 + Math.floor(random() * 0x5f);
    else out[i++] = Math.floor(random() * 256);
  }
  return out;
}

function utf16UnitsPlain(bytes: Buffer, from: number, to: number): number {
  // What the kernel counts: a UTF-16 unit per byte that starts a character, two for a four-byte one.
  let n = 0;
  for (let i = from; i < to; i++) n += ((bytes[i]! & 0xc0) !== 0x80 ? 1 : 0) + (bytes[i]! >= 0xf0 ? 1 : 0);
  return n;
}

/**
 * Random keyword sets: ASCII words of 1 to 8 bytes, letters, digits and punctuation, shared
 * prefixes; `many`: 9 to 40 of them, more leading bytes than the kernel's filter has buckets.
 */
function randomKeywords(random: () => number, many = false): string[] {
  const alphabet = 'abcdpu+_-%2.e/';
  const n = many ? 9 + Math.floor(random() * 32) : 1 + Math.floor(random() * 6);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = i > 0 && random() < 0.4 ? words[Math.floor(random() * words.length)]!.slice(0, 2) : '';
    let w = base;
    const len = 1 + Math.floor(random() * 8);
    while (w.length < len) w += alphabet[Math.floor(random() * alphabet.length)];
    words.push(w);
  }
  return words;
}

describe('the byte kernel against plain JavaScript (randomized, seeded)', () => {
  it('finds the last keyword exactly where plain string search and the regex do, for the rules and for random keyword sets', () => {
    const random = seededRandom(10);
    const sets = [ruleKeywords, ...Array.from({ length: 60 }, () => randomKeywords(random)), ...Array.from({ length: 20 }, () => randomKeywords(random, true))];
    let cases = 0;
    let found = 0;
    for (const keywords of sets) {
      const pool = KernelPool.for(keywords)!;
      expect(pool).not.toBeNull();
      const kernel = pool.acquire();
      for (let t = 0; t < 60; t++) {
        const length = Math.floor(random() * (t % 10 === 0 ? 5000 : 200));
        const window = kernel.bytes(length);
        noisyBytes(random, length, keywords).copy(window, 0);
        const from = Math.floor(random() * Math.max(1, length / 4));
        const to = from + Math.floor(random() * (length - from + 1));
        const expected = lastKeywordPlain(window, from, to, keywords);
        expect(lastKeywordRegex(window, from, to, keywords)).toBe(expected);
        expect({ keywords, from, to, at: kernel.lastKeyword(from, to) }).toEqual({ keywords, from, to, at: expected });
        cases++;
        if (expected >= 0) found++;
      }
      pool.release(kernel);
    }
    // The cases must exercise both answers, or the comparison proves little.
    expect(found).toBeGreaterThan(cases / 4);
    expect(cases - found).toBeGreaterThan(cases / 20);
  });

  it('finds a keyword at every offset and alignment, at the very end, across the 16-byte blocks, in any case', () => {
    const kernel = KernelPool.for(ruleKeywords)!.acquire();
    for (const keyword of ruleKeywords) {
      for (const length of [keyword.length, 16, 17, 31, 33, 64]) {
        if (length < keyword.length) continue;
        for (let at = 0; at + keyword.length <= length; at++) {
          const window = kernel.bytes(length);
          window.fill(0x2e, 0, length);
          window.write(at % 2 ? keyword.toUpperCase() : keyword, at, 'latin1');
          expect([keyword, length, at, kernel.lastKeyword(0, length)]).toEqual([keyword, length, at, at]);
          // One byte short of the keyword's end: not there.
          expect([keyword, length, at, kernel.lastKeyword(0, at + keyword.length - 1)]).toEqual([keyword, length, at, lastKeywordPlain(window, 0, at + keyword.length - 1, ruleKeywords)]);
          expect(kernel.lastKeyword(at + 1, length)).toBe(lastKeywordPlain(window, at + 1, length, ruleKeywords));
        }
      }
    }
  });

  it('counts a byte and UTF-16 units exactly as the plain window does, after its memory grows too', () => {
    const random = seededRandom(11);
    const kernel = KernelPool.for(ruleKeywords)!.acquire();
    const plain = new PlainWindow();
    for (let t = 0; t < 400; t++) {
      // Up to 300 KB: past the module's first two pages of memory.
      const length = Math.floor(random() * (t % 50 === 0 ? 300_000 : 300));
      const bytes = noisyBytes(random, length, ruleKeywords);
      bytes.copy(kernel.bytes(length), 0);
      bytes.copy(plain.bytes(length), 0);
      const from = Math.floor(random() * (length + 1));
      const to = from + Math.floor(random() * (length - from + 1));
      const byte = [0x0a, 0x0d, 0x00, 0xff, Math.floor(random() * 256)][t % 5]!;
      let expected = 0;
      for (let i = from; i < to; i++) if (bytes[i] === byte) expected++;
      expect([t, kernel.count(from, to, byte)]).toEqual([t, expected]);
      expect([t, plain.count(from, to, byte)]).toEqual([t, expected]);
      expect([t, kernel.utf16Units(from, to)]).toEqual([t, utf16UnitsPlain(bytes, from, to)]);
      expect([t, plain.utf16Units(from, to)]).toEqual([t, utf16UnitsPlain(bytes, from, to)]);
    }
    // And against the real decoder, on valid UTF-8.
    const text = 'plain ascii, café, 日本語, emoji 😀🎉, Ünïcödé\n'.repeat(40);
    const bytes = Buffer.from(text, 'utf8');
    bytes.copy(kernel.bytes(bytes.length), 0);
    expect(kernel.utf16Units(0, bytes.length)).toBe(text.length);
  });
});

describe('the stream with and without the kernel', () => {
  const fake = new FakeSecrets(12);
  const brief = (m: Match) => [m.rule.id, m.secret, m.line, m.column, m.endColumn, m.confidence, m.inlineAllowed];

  function scan(bytes: Buffer, pieces: number[], kernel: boolean): unknown[] {
    const scanner = new StreamScanner(engine, { kernel });
    const out: Match[] = [];
    let at = 0;
    for (const size of pieces) {
      if (at >= bytes.length) break;
      out.push(...scanner.push(bytes.subarray(at, at + size)));
      at += size;
    }
    out.push(...scanner.end(bytes.subarray(at)));
    return out.map(brief);
  }

  it('reports the same findings at the same places, however the bytes are cut', () => {
    const random = seededRandom(13);
    const secrets = () => [
      `PAGERDUTY_TOKEN=${fake.restKey()}`,
      `pagerduty_events_key: "${fake.eventsKey()}"`,
      `token = "${fake.oauthToken(random() < 0.5 ? 'us' : 'eu')}"`,
      `PD_API_KEY=${fake.restKey()} # pdguard:allow`,
    ];
    let total = 0;
    for (let t = 0; t < 40; t++) {
      const lines: string[] = [];
      const n = 50 + Math.floor(random() * (t % 8 === 0 ? 20_000 : 500));
      for (let i = 0; i < n; i++) {
        const r = random();
        if (r < 0.01) lines.push(secrets()[Math.floor(random() * 4)]!);
        else if (r < 0.05) lines.push(noisyBytes(random, Math.floor(random() * 80), ruleKeywords).toString('latin1').replace(/\n/g, ' '));
        else if (r < 0.06) lines.push('x'.repeat(Math.floor(random() * 70_000))); // longer than the buffers
        else lines.push(`const value${i} = compute(${i}, "café ${'ü'.repeat(i % 5)}");`);
      }
      const bytes = Buffer.from(lines.join(random() < 0.3 ? '\r\n' : '\n'), 'utf8');
      const pieces = Array.from({ length: 200 }, () => [1, 7, 4096, 65_536, 300_000][Math.floor(random() * 5)]!);
      const plain = scan(bytes, [bytes.length], false);
      expect(scan(bytes, [bytes.length], true)).toEqual(plain);
      expect(scan(bytes, pieces, true)).toEqual(plain);
      expect(scan(bytes, pieces, false)).toEqual(plain);
      total += plain.length;
    }
    expect(total).toBeGreaterThan(40);
  });
});

describe('where there is no kernel', () => {
  it('is assembled from source: the module validates, and its LEB128 encodings are the standard ones', () => {
    expect(webAssembly.validate(kernelBinary(ruleKeywords))).toBe(true);
    expect(webAssembly.validate(module([], 1))).toBe(true);
    expect(uleb(0)).toEqual([0]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
  });

  it('gives no kernel without WebAssembly, without SIMD (compiling throws), or for a keyword that is not ASCII', () => {
    expect(KernelPool.for(ruleKeywords, null)).toBeNull();
    const noSimd: WasmApi = {
      Module: class {
        constructor() {
          throw new Error('CompileError: WebAssembly.Module(): invalid simd opcode');
        }
      },
      Instance: webAssembly.Instance,
    };
    expect(KernelPool.for(ruleKeywords, noSimd)).toBeNull();
    expect(KernelPool.for(['pagerdüty'])).toBeNull();
    expect(KernelPool.for([])).toBeNull();
    expect(KernelPool.for(ruleKeywords)).not.toBeNull();
  });

  it('finds the same with WebAssembly switched off in the CLI and its worker threads (node --jitless)', async () => {
    const fake = new FakeSecrets(14);
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`dir${i % 3}/file${i}.env`] = `# config ${i}\n${'filler line\n'.repeat(i * 300)}PAGERDUTY_TOKEN=${fake.restKey()}\nother = ${i}\n`;
    files['big.txt'] = `${'no keyword here at all\n'.repeat(60_000)}pd_token: ${fake.restKey()}\n`;
    const root = makeTree(files);
    const run = async (env: Record<string, string>) => {
      const result = await runCli(['scan', root, '--format', 'json'], { env, timeoutMs: 120_000 });
      expect(result.code, result.stderr).toBe(1);
      const report = JSON.parse(result.stdout) as { findings: { path: string; line: number; column: number; secretHash: string }[] };
      return report.findings.map((f) => `${f.path}:${f.line}:${f.column}:${f.secretHash}`).sort();
    };
    const withKernel = await run({});
    expect(withKernel).toHaveLength(13);
    expect(await run({ NODE_OPTIONS: '--jitless' })).toEqual(withKernel);
  });
});
