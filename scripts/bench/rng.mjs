// Seeded randomness (the same seed gives the same data) and fake PagerDuty credentials that never look like placeholders.
/** mulberry32: tiny, fast and good enough for test data. The same seed gives the same data. */
export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** Sizes spread over orders of magnitude, like real files. */
  logUniform(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
  chars(alphabet, n) {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
  weighted(items) {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let x = this.next() * total;
    for (const item of items) if ((x -= item.weight) < 0) return item;
    return items.at(-1);
  }
}

export const HEX = '0123456789abcdef';
const DIGITS = '0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const REST_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-';

// A random value can, rarely, look like a placeholder or a sequence, which pdguard rightly
// ignores; such values are drawn again, so a miss is always pdguard's.
const PLACEHOLDER_LIKE = /xxx|your|example|sample|placeholder|change|redact|dummy|here|insert|replace|secret|token|apikey|api_key|password|test|fake|(.)\1\1/i;
function hasRun(text, run) {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}
const randomLooking = (text) => !PLACEHOLDER_LIKE.test(text) && !hasRun(text, 4);

export class FakeTokens {
  constructor(rng) {
    this.rng = rng;
    this.issued = new Set();
  }
  draw(make, ok) {
    for (;;) {
      const value = make();
      if (ok(value) && !this.issued.has(value)) {
        this.issued.add(value);
        return value;
      }
    }
  }
  uuid() {
    const h = (n) => this.rng.chars(HEX, n);
    return `${h(8)}-${h(4)}-4${h(3)}-${this.rng.pick('89ab')}${h(3)}-${h(12)}`;
  }
  /** REST API key: 20 of [A-Za-z0-9_+-] with upper, lower, a digit and a symbol. */
  rest() {
    return this.draw(
      () => this.rng.chars(REST_CHARS, 20),
      (v) => /[0-9]/.test(v) && /[_+-]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && randomLooking(v),
    );
  }
  /** Events API integration key: 32 lowercase hex. */
  events() {
    return this.draw(() => this.rng.chars(HEX, 32), (v) => /[a-f].*[0-9].*[0-9]/.test(v) && randomLooking(v));
  }
  /** Scoped OAuth token: pdus+_ (or pdeu+_), a digit, six letters or digits, _, a UUID v4. */
  oauth() {
    const region = this.rng.chance(0.8) ? 'us' : 'eu';
    return this.draw(
      () => `pd${region}+_${this.rng.chars(DIGITS, 1)}${this.rng.chars(UPPER_DIGITS, 6)}_${this.uuid()}`,
      (v) => randomLooking(v.slice(6, 14)),
    );
  }
}
