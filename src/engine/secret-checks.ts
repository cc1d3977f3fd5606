/**
 * Checks on a candidate secret itself, after a pattern matched: is it random enough, and is it
 * a placeholder or a reference rather than a value? All pure functions of the candidate string.
 */

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of the classes lower, upper, digit and other the value uses. */
export function characterClasses(value: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

export function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// Words that real random credentials do not contain but placeholders and docs do.
const PLACEHOLDER_WORDS =
  /xxxx|\*\*\*|\.\.\.|…|your|example|sample|placeholder|change_?me|redacted|dummy|_here|here_|insert|replace|secret|token|apikey|api_key|password|routing_?key|integration_?key|service_?key|<|>|\$\{|\{\{|%s/i;

// Code references and names rather than values: snake_case, UPPER_SNAKE, kebab-case,
// CamelCase words, and dotted paths of those (var.pagerduty_token, process.env.PD_TOKEN).
// CamelCase words may hold acronyms and short words (PagerDutyOAuthConfig, linksToIncidentsOpen).
// An acronym ends where a word begins (or the name ends): one way to cut a run of capitals, not one
// per split of it, or a long run of them followed by another character takes exponential time.
const CAMEL_PART = String.raw`(?:[A-Z]{1,5}[a-z]{2,}|To|Is|Of|On|At|By|In|Up|Or|As|Id|Ok|No|If|Do|Be|An|My|Us|So|Go|[A-Z]{2,8}s?(?=[A-Z][a-z]|V\d|$)|V\d)`;
const WORD = String.raw`(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Za-z][a-z]+(?:-[a-z0-9]+)+|(?:${CAMEL_PART}|[a-z]{2,})${CAMEL_PART}+|[A-Za-z]{2,12})`;
const IDENTIFIER = new RegExp(`^${WORD}$`);
const DOTTED_PATH = new RegExp(`^${WORD}(?:\\.${WORD})+$`);

/** A run of six or more consecutive characters such as abcdef, 123456, ABCDEF (or backwards). */
export function hasSequence(value: string, run = 6): boolean {
  let up = 1, down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}

/**
 * Ten or more letters that, read without the digits and symbols between them and without case,
 * run in alphabetical order (or backwards): `aB3dE5gH7jK9mN1pQ3sT`, `A1b2C3d4E5f6G7h8I9j0` are the
 * alphabet with decorations, typed by people, never drawn at random (a random 20-character key
 * has its letters in order with a probability below 1e-7).
 */
export function hasAlphabetWalk(value: string, minLetters = 10): boolean {
  let letters = 0, up = true, down = true, previous = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) | 0x20; // lower case for A-Z; other characters stay out of a-z
    if (code < 0x61 || code > 0x7a) continue;
    if (previous >= 0) {
      up &&= code > previous;
      down &&= code < previous;
      if (!up && !down) return false;
    }
    previous = code;
    letters++;
  }
  return letters >= minLetters;
}

// Tokens of a name: an upper-case run (HTTP in HTTPServer), a word (Server, server), a number.
const NAME_TOKENS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
const HAS_VOWEL = /[aeiouy]/i;
const VOWELS = /[aeiou]/gi;
const FOUR_CONSONANTS = /[b-df-hj-np-tv-xz]{4}/gi;
const FIVE_CONSONANTS = /[b-df-hj-np-tv-xz]{5}/i;
const RARE_LETTERS = /[jqxz]/gi;

/**
 * Whether the value is words joined the way names and labels are, in any style: snake_case,
 * kebab-case, camelCase, Mixed_Snake (`resource_Log_Entries`), an option flag
 * (`--dedup-key-template`), a channel (`p1-incident-response`), a generated name
 * (`t__webpack_modules__`, `RawDbEntityResultRow`), or one long word of prose.
 *
 * Split at separators, case changes and digits, a name is mostly words of three letters or more
 * (four on average) that read like words: a vowel in each, three in ten letters vowels, at most one
 * cluster of four consonants and one of j, q, x, z; besides them at most two short tokens (`Db`,
 * `HTTP`, one lone letter as in `p1` or `t__`) and one number of up to three digits. A random key
 * splits into many short tokens of few vowels instead: of 3e6 random 20-character REST keys
 * (A-Z a-z 0-9 _ + -), 5.5e-5 pass this test (test/engine.test.ts bounds it below 1e-4); of 1e6
 * random 32-character Events keys, none.
 */
export function madeOfWords(value: string): boolean {
  // Leading dashes and underscores mark a flag or a private name; trailing ones a dunder.
  const body = value.replace(/^[-_]+|[-_]+$/g, '');
  // Names join words with - _ or . (a + is a key's character, never a name's).
  if (body.length < 4 || body.includes('+')) return false;
  // In UPPER_SNAKE every token is upper case and a word; elsewhere an upper-case run is an acronym.
  const upperName = !/[a-z]/.test(body);
  let lone = 0, short = 0, numbers = 0, digits = 0;
  let words = 0, letters = 0, vowels = 0, clusters = 0, rare = 0;
  for (const part of body.split(/[-_.]+/)) {
    for (const token of part.match(NAME_TOKENS) ?? []) {
      const acronym = !upperName && token === token.toUpperCase();
      if (token.charCodeAt(0) <= 57) {
        numbers++;
        digits += token.length;
      } else if (token.length === 1) lone++;
      else if (token.length === 2 || (acronym && token.length <= 5)) short++;
      else if (acronym || !HAS_VOWEL.test(token) || FIVE_CONSONANTS.test(token)) return false;
      else {
        words++;
        letters += token.length;
        vowels += token.match(VOWELS)?.length ?? 0;
        clusters += token.match(FOUR_CONSONANTS)?.length ?? 0;
        rare += token.match(RARE_LETTERS)?.length ?? 0;
      }
    }
  }
  return (
    words > 0 && letters >= words * 4 && letters * 3 >= body.length * 2 && vowels * 10 >= letters * 3 &&
    clusters <= 1 && rare <= 1 && lone <= 1 && lone + short <= 2 && numbers <= 1 && digits <= 3
  );
}

/** Why the candidate is not a real secret, or null when it may be one. */
export function placeholderReason(value: string): string | null {
  if (PLACEHOLDER_WORDS.test(value)) return 'placeholder word';
  if (/(.)\1{5,}/.test(value)) return 'repeated character';
  if (hasSequence(value) || hasAlphabetWalk(value)) return 'character sequence';
  // A leading underscore does not make a name a value (_postman_exported_at).
  if (IDENTIFIER.test(value.replace(/^_+/, ''))) return 'identifier';
  if (DOTTED_PATH.test(value)) return 'code reference';
  if (madeOfWords(value)) return 'words';
  return null;
}
