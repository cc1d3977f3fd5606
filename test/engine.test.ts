/** The streaming engine: positions, buffer boundaries, context across chunks, duplicates. */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { StreamScanner, scanString } from '../src/engine/stream.js';
import { ContentScanner } from '../src/sources/read.js';
import { characterClasses, hasAlphabetWalk, hasSequence, madeOfWords, placeholderReason, shannonEntropy } from '../src/engine/secret-checks.js';
import { enclosingHeaders } from '../src/engine/context.js';
import { trieSource } from '../src/engine/prefilter.js';
import { loadPatterns } from '../src/patterns/load.js';
import type { Match } from '../src/types.js';
import { FakeSecrets, seededRandom } from './helpers/fake.js';

const engine = new CompiledRules(loadPatterns());
const fake = new FakeSecrets(7);

/** Feed `text` to a fresh scanner in pieces of `size` bytes. */
function scanInPieces(text: string | Buffer, size: number): Match[] {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const scanner = new StreamScanner(engine);
  const out: Match[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...scanner.push(bytes.subarray(i, i + size)));
  out.push(...scanner.end());
  return out;
}

const brief = (m: Match) => ({ rule: m.rule.id, secret: m.secret, line: m.line, column: m.column, endColumn: m.endColumn });

describe('positions', () => {
  it('reports 1-based line and column, and endColumn one past the secret', () => {
    const key = fake.restKey();
    const [m] = scanString(engine, `# settings\n\nexport PAGERDUTY_TOKEN=${key}\n`);
    expect(brief(m!)).toEqual({ rule: 'pagerduty-rest-api-key', secret: key, line: 3, column: 24, endColumn: 44 });
  });

  it('counts CRLF lines like LF lines', () => {
    const key = fake.restKey();
    const [m] = scanString(engine, `a: 1\r\nb: 2\r\nPAGERDUTY_TOKEN=${key}\r\n`);
    expect([m!.line, m!.column, m!.secret]).toEqual([3, 17, key]);
  });

  it('counts columns in UTF-16 code units after non-ASCII text', () => {
    const token = fake.oauthToken();
    const [m] = scanString(engine, `clé = "é€😀" ; token = ${token}\n`);
    // "clé = \"é€😀\" ; token = " is 23 UTF-16 code units (😀 counts 2), in 28 bytes.
    expect([m!.line, m!.column, m!.endColumn]).toEqual([1, 24, 24 + token.length]);
  });

  it('finds a secret on a last line without a newline, and in a file of one line', () => {
    const token = fake.oauthToken('eu');
    expect(scanString(engine, `x\ny\nBearer ${token}`).map(brief)).toEqual([
      { rule: 'pagerduty-oauth-token', secret: token, line: 3, column: 8, endColumn: 8 + token.length },
    ]);
    expect(scanString(engine, '')).toEqual([]);
  });
});

describe('streaming', () => {
  const key = fake.restKey();
  const token = fake.oauthToken();
  const text = `${'filler line with nothing in it\n'.repeat(3000)}PAGERDUTY_API_KEY=${key}\n${'z'.repeat(9000)} ${token} ${'z'.repeat(9000)}\nend\n`;
  const expected = scanString(engine, text).map(brief);

  it('finds the same secrets, at the same places, whatever the read size', () => {
    expect(expected.map((m) => m.secret)).toEqual([key, token]);
    expect(expected[1]).toMatchObject({ line: 3002, column: 9002 });
    for (const size of [1, 3, 7, 64, 4095, 4096, 8193, 65536]) {
      expect(scanInPieces(text, size).map(brief), `pieces of ${size}`).toEqual(expected);
    }
  });

  it('finds a secret that straddles every possible buffer boundary', () => {
    const line = `PD_TOKEN=${key}\n`;
    const prefix = 'x'.repeat(50) + '\n';
    for (let cut = prefix.length; cut <= prefix.length + line.length; cut++) {
      const bytes = Buffer.from(prefix + line);
      const scanner = new StreamScanner(engine);
      const found = [...scanner.push(bytes.subarray(0, cut)), ...scanner.push(bytes.subarray(cut)), ...scanner.end()];
      expect(found.map((m) => [m.secret, m.line, m.column]), `cut at ${cut}`).toEqual([[key, 2, 10]]);
    }
  });

  it('finds a secret inside a very long line cut into many buffers, with its column', () => {
    const long = `${'a,'.repeat(2_000_000)}"pagerduty_token":"${key}",${'b,'.repeat(1_000_000)}\n`;
    const found = scanInPieces(long, 1024 * 1024);
    expect(found.map((m) => [m.secret, m.line, m.column])).toEqual([[key, 1, 4_000_000 + 20]]);
  });

  it('keeps the parent key of a YAML block that began in an earlier buffer', () => {
    const events = fake.eventsKey();
    const yaml = `receivers:\n- name: oncall\n  pagerduty_configs:\n${'  # comment line\n'.repeat(60)}  - routing_key: ${events}\n`;
    for (const size of [16, 100, 300]) {
      expect(scanInPieces(yaml, size).map((m) => m.secret), `pieces of ${size}`).toEqual([events]);
    }
  });

  it('runs rules only near their keywords, yet finds every secret there', () => {
    const key = fake.restKey();
    const events = fake.eventsKey();
    const filler = 'some ordinary configuration line = value, token and key words too\n'.repeat(20_000);
    const text = `${filler}pagerduty:\n${'  other: 1\n'.repeat(80)}  token: ${key}\n${filler}PD_ROUTING_KEY=${events}\n${filler}`;
    expect(scanInPieces(text, 1024 * 1024).map((m) => m.secret)).toEqual([key, events]);
    // The same key far from any PagerDuty keyword is not a finding.
    expect(scanString(engine, `pagerduty: {}\n${filler}token: ${key}\n`)).toEqual([]);
  });

  it('reports a secret repeated on one line once, and on two lines twice', () => {
    const token = fake.oauthToken();
    expect(scanString(engine, `a=${token} b=${token}\n`)).toHaveLength(1);
    expect(scanString(engine, `a=${token}\nb=${token}\n`).map((m) => m.line)).toEqual([1, 2]);
  });

  it('marks lines that carry pdguard:allow', () => {
    const token = fake.oauthToken();
    const found = scanString(engine, `a=${token} # pdguard:allow\nb=${token}\n`);
    expect(found.map((m) => m.inlineAllowed)).toEqual([true, false]);
  });
});

describe('reading content (read.ts)', () => {
  /** Feed `bytes` to a fresh ContentScanner in pieces of `size` bytes. */
  const readInPieces = (bytes: Buffer, size: number) => {
    const content = new ContentScanner(engine);
    for (let i = 0; i + size < bytes.length; i += size) content.push(bytes.subarray(i, i + size));
    return content.end(bytes.subarray(bytes.length - (bytes.length % size || size)));
  };
  const utf32 = (text: string, bigEndian: boolean, bom = true) => {
    const points = [...(bom ? [0xfeff] : []), ...[...text].map((c) => c.codePointAt(0)!)];
    const out = Buffer.alloc(4 * points.length);
    points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, 4 * i) : out.writeUInt32LE(p, 4 * i)));
    return out;
  };
  const utf16 = (text: string, bigEndian: boolean, bom = true) => {
    const out = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
    return bigEndian ? out.swap16() : out;
  };

  it('decodes UTF-32 and UTF-16 (either byte order, a pair of surrogates before the token) whatever the pieces it comes in', () => {
    const token = fake.oauthToken();
    // 😀 is a surrogate pair in UTF-16 and one unit in UTF-32: two columns either way.
    const text = `${'# filler line\n'.repeat(700)}x = "😀é" ; token = ${token}\n`;
    const contents = {
      'UTF-32LE': utf32(text, false),
      'UTF-32BE': utf32(text, true),
      'UTF-32BE, no mark': utf32(text, true, false),
      'UTF-16LE': utf16(text, false),
      'UTF-16BE': utf16(text, true),
      'UTF-16LE, no mark': utf16(text, false, false),
    };
    for (const [name, bytes] of Object.entries(contents)) {
      for (const size of [1, 2, 3, 5, 7, 4096, 65536, bytes.length]) {
        const outcome = readInPieces(bytes, size);
        expect(outcome.kind === 'scanned' && !outcome.listed && outcome.matches.map((m) => [m.secret, m.line, m.column]), `${name} in pieces of ${size}`).toEqual([[token, 701, 21]]);
      }
    }
  });

  it('takes text in another script for UTF-16 without a mark when some ASCII is mixed in; one NUL byte in text, or random bytes, for binary', () => {
    const token = fake.oauthToken();
    // 一 (U+4E00) has a NUL byte on the low side: it must not make the guess fail.
    const cjk = `${'一二三四五六七八九十 = 1\n'.repeat(300)}令牌 = ${token}\n`;
    for (const bigEndian of [false, true]) {
      const outcome = readInPieces(utf16(cjk, bigEndian, false), 4096);
      expect(outcome.kind === 'scanned' && !outcome.listed && outcome.matches.map((m) => [m.secret, m.line, m.column])).toEqual([[token, 301, 6]]);
    }
    const random = seededRandom(5);
    const noise = Buffer.from(Array.from({ length: 20_000 }, () => Math.floor(random() * 256)));
    for (const bytes of [Buffer.concat([Buffer.from('# notes\0\n'), Buffer.from(`token = ${token}\n`)]), Buffer.concat([noise, Buffer.from(`\ntoken = ${token}\n`)])]) {
      const outcome = readInPieces(bytes, 1000);
      expect(outcome).toMatchObject({ kind: 'scanned', listed: { skip: 'binary', reason: 'binary' } });
      expect(outcome.kind === 'scanned' && outcome.matches.map((m) => m.secret)).toEqual([token]);
    }
  });

  it('lists what it cannot decode, with what its bytes and its decodable text gave', () => {
    const token = fake.oauthToken();
    const cut = utf32(`token = ${token}\n`, false).subarray(0, -2); // a unit cut short at the end
    expect(readInPieces(cut, 3)).toMatchObject({ kind: 'scanned', listed: { skip: 'binary', reason: 'binary: not valid UTF-32LE' } });
    const lone = Buffer.concat([utf16('a = 1\n', false), Buffer.from([0x00, 0xd8]), utf16(`\ntoken = ${token}\n`, false, false)]);
    const outcome = readInPieces(lone, 5);
    expect(outcome).toMatchObject({ kind: 'scanned', listed: { skip: 'binary', reason: 'binary: not valid UTF-16LE' } });
    expect(outcome.kind === 'scanned' && outcome.matches.map((m) => [m.secret, m.line])).toEqual([[token, 3]]);
  });
});

describe('line ends', () => {
  const full = (m: Match) => ({ ...brief(m), endLine: m.endLine, allowed: m.inlineAllowed, confidence: m.confidence });
  const asCr = (text: string) => text.replace(/\r?\n/g, '\r');
  const asCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

  it('counts a lone CR (classic Mac OS) as a line break: lines, columns, and markers on the line before', () => {
    const key = fake.restKey();
    expect(scanString(engine, `a: 1\rb: 2\rPAGERDUTY_TOKEN=${key}\r`).map((m) => [m.line, m.column])).toEqual([[3, 17]]);
    expect(scanString(engine, `a\r\nb\rc\n\rPAGERDUTY_TOKEN=${key}`).map((m) => [m.line, m.column])).toEqual([[5, 17]]);
    // `pdguard:allow` on one visual line allows nothing on the next; allow-next-line allows the very next only.
    expect(scanString(engine, `x = 1 # pdguard:allow\rPAGERDUTY_TOKEN=${key}\r`).map((m) => [m.line, m.inlineAllowed])).toEqual([[2, false]]);
    expect(scanString(engine, `# pdguard:allow-next-line\rPAGERDUTY_TOKEN=${key}\r`).map((m) => [m.line, m.inlineAllowed])).toEqual([[2, true]]);
    expect(scanString(engine, `# pdguard:allow-next-line\r# other\rPAGERDUTY_TOKEN=${key}\r`).map((m) => m.inlineAllowed)).toEqual([false]);
  });

  it('a CR split from its LF by a read is one line break, and one alone at a read\'s end is one too', () => {
    const key = fake.restKey();
    for (const text of [`a: 1\r\nb: 2\r\nPAGERDUTY_TOKEN=${key}\r\n`, `a: 1\rb: 2\rPAGERDUTY_TOKEN=${key}\r`]) {
      for (const size of [1, 2, 3, 5]) expect(scanInPieces(text, size).map((m) => [m.line, m.column]), `${JSON.stringify(text.slice(0, 6))} in pieces of ${size}`).toEqual([[3, 17]]);
    }
  });

  it('reads every rule example with CR and CRLF line ends as with LF: the same findings, places, confidence and allows', () => {
    const texts = engine.rules.flatMap((r) => [...r.examples, ...r.negativeExamples]).map((t) => fake.example(t));
    expect(texts.filter((t) => t.includes('\n')).length).toBeGreaterThan(50);
    for (const text of texts) {
      const lf = scanString(engine, text).map(full);
      expect(scanString(engine, asCr(text)).map(full), JSON.stringify(asCr(text))).toEqual(lf);
      expect(scanInPieces(asCr(text), 7).map(full), JSON.stringify(asCr(text))).toEqual(lf);
      expect(scanString(engine, asCrlf(text)).map(full), JSON.stringify(asCrlf(text))).toEqual(lf);
    }
  });
});

describe('context', () => {
  it('finds parents by indentation, INI section and brace block', () => {
    const yaml = 'a:\n  b:\n    - c: 1\n      d: 2\n';
    expect(enclosingHeaders(yaml, yaml.indexOf('      d'), 0)).toEqual(['b:', 'a:']);
    const ini = '[pagerduty]\nx = 1\ntoken = 2\n';
    expect(enclosingHeaders(ini, ini.indexOf('token'), 0)).toEqual(['[pagerduty]']);
    const hcl = 'provider "pagerduty" {\n  other = { a = 1 }\n  token = "x"\n}\n';
    expect(enclosingHeaders(hcl, hcl.indexOf('  token'), 0)).toContain('provider "pagerduty"');
  });

  it('does not take an unrelated mention of PagerDuty a few lines up as context', () => {
    const key = fake.restKey();
    expect(scanString(engine, `# alerts go to PagerDuty\n\ntoken: ${key}\n`)).toEqual([]);
    expect(scanString(engine, `pagerduty:\n  token: ${key}\n`).map((m) => m.secret)).toEqual([key]);
  });
});

describe('secret checks', () => {
  it('measures entropy and character classes', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(characterClasses('aA1_')).toBe(4);
    expect(characterClasses('abc')).toBe(1);
  });

  it('recognises placeholders, sequences and code references', () => {
    expect(placeholderReason('your_api_key_here')).not.toBeNull();
    expect(placeholderReason('XXXXXXXXXXXXXXXXXXXX')).not.toBeNull();
    expect(hasSequence('ABCDEFGHIJKLMNOP')).toBe(true);
    expect(placeholderReason('PagerDutyIntegration')).toBe('identifier');
    expect(placeholderReason('process.env.PD_SERVICE_NAME')).toBe('code reference');
    expect(placeholderReason('PagerDutyOAuthConfig')).toBe('identifier');
    expect(placeholderReason('Wrapped-entity-aware')).toBe('identifier');
    expect(placeholderReason('waitForNoConnections')).toBe('identifier'); // short words: No, If, Do, …
    expect(placeholderReason('checkIfAnUpdateIsDue')).toBe('identifier');
    expect(placeholderReason(fake.restKey())).toBeNull();
    expect(placeholderReason(fake.eventsKey())).toBeNull();
  });

  it('names the one reason that rejects a value, and the engine drops it for that reason alone', () => {
    // Each value fails exactly one check: a fault in any one of them shows here.
    expect(placeholderReason('Zq8yourKeyHeRX7m2Lw9')).toBe('placeholder word');
    expect(placeholderReason('Zq8aaaaaaKeX7m2Lw9pQ')).toBe('repeated character');
    expect(placeholderReason('Zq8abcdefKeX7m2Lw9pQ')).toBe('character sequence');
    expect(placeholderReason('aB3dE5gH7jK9mN1pQ3sT')).toBe('character sequence'); // the alphabet, decorated
    // The same line with one word changed is reported: only the placeholder word kept it out.
    const found = (value: string) => scanString(engine, `PAGERDUTY_TOKEN=${value}\n`).map((m) => m.secret);
    expect(found('Zq8yourKeyHeRX7m2Lw9')).toEqual([]);
    expect(found('Zq8qzwrKeyHeRX7m2Lw9')).toEqual(['Zq8qzwrKeyHeRX7m2Lw9']);
    expect(found('Zq8aaaaaaKeX7m2Lw9pQ')).toEqual([]);
    expect(found('Zq8abcdefKeX7m2Lw9pQ')).toEqual([]);
    expect(found('Zq8adbecfKeX7m2Lw9pQ')).toEqual(['Zq8adbecfKeX7m2Lw9pQ']);
    expect(found('aB3dE5gH7jK9mN1pQ3sT')).toEqual([]);
    expect(found('aB3dE5gH7jK9mN1pQ3sZ')).toEqual([]); // still in order
    expect(found('aB3dE5gH7jK9mN1pQ3sA')).toEqual(['aB3dE5gH7jK9mN1pQ3sA']); // one letter out of order
  });

  it('takes words joined as names are (any case, -, _, a flag, a channel, one long word) for a name, not a key', () => {
    // Shapes PagerDuty's own repositories hold in the key alphabet, each once reported as a REST key.
    const names = [
      'resource_Log_Entries', 'p1-incident-response', '--enable-write-tools', '--dedup-key-template',
      '--no-git-tag-version', 'RawDbEntityResultRow', 'scheduledHoursL2Plus', 't__webpack_modules__',
      'SolarWinds-PagerDuty', 'Thisisatestexception', 'Voreinstellungsdatei', 'HTTPServerErrorCount',
    ];
    for (const name of names) expect([name, placeholderReason(name)]).toEqual([name, expect.any(String)]);
    expect(names.filter((n) => !madeOfWords(n) && placeholderReason(n) !== 'identifier')).toEqual([]);
    // Keys of the same alphabet with words in them are still keys: the tokens are short and consonant.
    for (const key of ['Zq8qzwrKeyHeRX7m2Lw9', 'mK2_rTq9LpWx4nBv7ZcY', 'Tn4-pagerDxQ7wLm2Rv8', 'u+Lk3mZq9TwXp2RvBn7Y']) {
      expect([key, madeOfWords(key)]).toEqual([key, false]);
    }
    const found = (value: string) => scanString(engine, `PAGERDUTY_TOKEN=${value}\n`).map((m) => m.secret);
    expect(found('--dedup-key-template')).toEqual([]);
    expect(found('resource_Log_Entries')).toEqual([]);
    expect(found('Zq8qzwrKeyHeRX7m2Lw9')).toEqual(['Zq8qzwrKeyHeRX7m2Lw9']);
  });

  it('rejects fewer than 1 in 10,000 random REST keys as words, and no random Events key', () => {
    const random = new FakeSecrets(2025);
    const n = 100_000;
    let rest = 0, events = 0;
    for (let i = 0; i < n; i++) {
      if (madeOfWords(random.chars('rest', 20))) rest++;
      if (madeOfWords(random.chars('alnum', 32))) events++;
    }
    expect(rest / n).toBeLessThan(1e-4);
    expect(events).toBe(0);
  });

  it('an alphabet walk needs ten letters in order, up or down, whatever sits between them', () => {
    expect(hasAlphabetWalk('A1b2C3d4E5f6G7h8I9j0')).toBe(true);
    expect(hasAlphabetWalk('t_S-r+Q9p8O7n6M5l4K3')).toBe(true); // backwards
    expect(hasAlphabetWalk('A1b2C3d4E5f6G7h8I9')).toBe(false); // nine letters
    expect(hasAlphabetWalk('aabbccddeeffgghhiijj')).toBe(false); // not strictly in order
    // Random keys almost never walk: none of 20,000 fake REST and Events keys does.
    for (let i = 0; i < 10_000; i++) {
      expect(hasAlphabetWalk(fake.restKey())).toBe(false);
      expect(hasAlphabetWalk(fake.eventsKey())).toBe(false);
    }
  });
});

describe('prefilter', () => {
  it('builds one trie regex that matches exactly the keywords, longest first', () => {
    const keywords = ['pagerduty', 'pagerduty.com/private/', 'pd_', 'pd-', 'pdus+', '+_', '%2b_', 'a', 'ab'];
    const regex = new RegExp(`^(?:${trieSource(keywords)})$`, 'i');
    for (const k of keywords) expect(regex.test(k), k).toBe(true);
    expect(regex.test('PagerDuty'), 'any case').toBe(true);
    for (const other of ['pagerdut', 'pd', 'pdus', 'b', '+', 'pagerduty.com']) expect(regex.test(other), other).toBe(false);
    expect(new RegExp(trieSource(keywords), 'i').exec('x pagerduty.com/private/ y')?.[0]).toBe('pagerduty.com/private/');
  });

  it('runs only the rules whose keywords occur, in any case', () => {
    const ids = (text: string) => engine.prefilter.rulesFor(text).map((r) => r.id);
    expect(ids('nothing to see here, just an update of the pdf')).toEqual([]);
    expect(ids('Bearer PDUS+_x')).toContain('pagerduty-oauth-token');
    expect(ids('see webcal.PagerDuty.com/private/abc')).toEqual(expect.arrayContaining(['pagerduty-ical-feed-url', 'pagerduty-rest-api-key']));
    expect(ids('export PD_TOKEN=1')).toContain('pagerduty-rest-api-key');
  });
});

describe('prefilter keywords', () => {
  const ruleIds = (text: string) => [...engine.prefilter.regionsFor(text, 0, text.length).keys()].map((r) => r.id).sort();
  it('counts a short name prefix only where it starts a name, and a separator keyword only before a name', () => {
    // C and C++ hold `pd_`, `pd-` and `+_` inside other words: those run no rule.
    expect(ruleIds('static int upd_index(struct pd *pd) { return pd->next + x++_; }\n')).toEqual([]);
    expect(ruleIds('int pd_ = 0;\n')).toEqual([]);
    // A name that starts with them, or a token, does.
    expect(ruleIds('PD_TOKEN=x\n')).toContain('pagerduty-rest-api-key');
    expect(ruleIds('export MY_PD_KEY=x\n')).toContain('pagerduty-rest-api-key');
    expect(ruleIds('--pd-routing-key x\n')).toContain('pagerduty-events-key');
    expect(ruleIds(`t = "${fake.oauthToken('us')}"\n`)).toContain('pagerduty-oauth-token');
    expect(ruleIds('upd_pagerduty = 1\n')).toContain('pagerduty-rest-api-key');
  });
});
