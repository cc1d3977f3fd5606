/**
 * Redaction is the one place that shortens secrets (src/pipeline/redact.ts): what it keeps must be
 * enough for an owner to recognise the key and never enough to use it.
 */
import { describe, expect, it } from 'vitest';
import { redactSecret } from '../src/pipeline/redact.js';
import { FakeSecrets } from './helpers/fake.js';

const fake = new FakeSecrets(7);
const TOKEN_PREFIX = /^pd[a-z]{2}\+_/;

describe('redactSecret', () => {
  it('keeps the public prefix a rule names, three characters after it and the last two', () => {
    const token = fake.oauthToken('eu');
    const body = token.slice('pdeu+_'.length);
    expect(body.length).toBeGreaterThanOrEqual(32);
    expect(redactSecret(token, TOKEN_PREFIX)).toBe(`pdeu+_${body.slice(0, 3)}…${body.slice(-2)}`);
  });

  it('keeps two characters at each end of a shorter key, and no prefix without a rule for one', () => {
    const key = fake.restKey();
    expect(redactSecret(key)).toBe(`${key.slice(0, 2)}…${key.slice(-2)}`);
    expect(redactSecret(key, TOKEN_PREFIX)).toBe(`${key.slice(0, 2)}…${key.slice(-2)}`);
  });

  it('shows nothing of a body too short to hide', () => {
    expect(redactSecret('pdus+_abc123', TOKEN_PREFIX)).toBe('pdus+_…');
    expect(redactSecret('short')).toBe('…');
  });

  it("shows at most five characters of any key's body", () => {
    for (const secret of [fake.restKey(), fake.eventsKey(), fake.oauthToken()]) {
      const shown = redactSecret(secret, TOKEN_PREFIX).replace(TOKEN_PREFIX, '').replace('…', '');
      expect(shown.length).toBeLessThanOrEqual(5);
      expect(secret).not.toContain(redactSecret(secret).replace('…', ''));
    }
  });
});
