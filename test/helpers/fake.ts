/**
 * Fake credentials, generated at test time so that nothing credential-shaped is committed.
 * Seeded: every run generates the same values, so a test never passes or fails by chance.
 */
const ALPHABETS: Record<string, string> = {
  hex: '0123456789abcdef',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  upperdigit: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  digit: '0123456789',
  rest: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
};

/** A small deterministic generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FakeSecrets {
  private readonly random: () => number;
  constructor(seed = 20231) {
    this.random = seededRandom(seed);
  }

  chars(alphabet: keyof typeof ALPHABETS | string, length: number): string {
    const set = ALPHABETS[alphabet] ?? alphabet;
    let out = '';
    for (let i = 0; i < length; i++) out += set[Math.floor(this.random() * set.length)];
    return out;
  }

  uuid(): string {
    const h = (n: number) => this.chars('hex', n);
    return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`;
  }

  oauthToken(region: 'us' | 'eu' = 'us'): string {
    return `pd${region}+_0${this.chars('upperdigit', 6)}_${this.uuid()}`;
  }

  restKey(): string {
    // Random keys of this alphabet can, rarely, look like a sequence; real keys are random too,
    // so keep only values with letters, digits and a symbol, as PagerDuty's usually have.
    return `${this.chars('alnum', 8)}${this.chars('_+-', 1)}${this.chars('rest', 9)}${this.chars('digit', 1)}${this.chars('alpha', 1)}`;
  }

  eventsKey(): string {
    return this.chars('hex', 32);
  }

  /**
   * A rule example as text to scan: expanded, with the test markup of pattern files removed (the
   * «…» around a secret, the «reason» opening a negative example; see test/rules.test.ts).
   */
  example(template: string): string {
    return this.expand(template.replace(/^«[a-z]+» /, '')).replace(/[«»]/g, '');
  }

  /**
   * Expand `{hex:32}`, `{uuid}`, `{digit}` and friends in a rule example; `{lines:20}` is twenty
   * lines of filler (`# 1` to `# 20`, no newline after the last), to put a word out of a context's reach.
   */
  expand(template: string): string {
    return template.replace(/\{(hex|alnum|alpha|upper|upperdigit|digit|rest|base64|uuid|lines)(?::(\d+))?\}/g, (_, kind: string, n?: string) => {
      if (kind === 'uuid') return this.uuid();
      if (kind === 'lines') return Array.from({ length: Number(n ?? 1) }, (_, i) => `# ${i + 1}`).join('\n');
      return this.chars(kind, n ? Number(n) : 1);
    });
  }
}
