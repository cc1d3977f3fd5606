/**
 * A scoped OAuth token written encoded is found whatever the rule's keyword looks like then: base64
 * of the token as a value of its own (the prefix's base64 forms are keywords), as a Kubernetes Secret
 * holds it, inside a larger base64 value (an encoded .env file) in each of the three alignments its
 * first byte can have, and JSON with `+` escaped. Through the real engine, and the real CLI on stdin.
 */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { BASE64, base64Tokens } from '../src/engine/decode.js';
import { scanString } from '../src/engine/stream.js';
import { loadPatterns } from '../src/patterns/load.js';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';

const engine = new CompiledRules(loadPatterns());
const fake = new FakeSecrets(5151);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('encoded scoped OAuth tokens', () => {
  it('base64 in every alignment, for both regions, and JSON-escaped', () => {
    for (const region of ['us', 'eu'] as const) {
      const token = fake.oauthToken(region);
      for (const line of ['payload: ', 'token: "', '  "access_token": "']) {
        const found = scanString(engine, `data:\n  ${line}${b64(token)}\n`).filter((m) => m.rule.id === 'pagerduty-oauth-token');
        expect(found.map((m) => m.secret), `${region} after ${JSON.stringify(line)}`).toEqual([token]);
        expect(found[0]!.decoded).toBe('base64');
      }
      // echo TOKEN | base64: the newline is dropped.
      expect(scanString(engine, `t: ${b64(`${token}\n`)}\n`).map((m) => m.secret)).toEqual([token]);
      const escaped = token.replace('+', '\\u002B');
      const json = scanString(engine, `{"t": "${escaped}"}\n`).filter((m) => m.rule.id === 'pagerduty-oauth-token');
      expect(json.map((m) => m.secret)).toEqual([token]);
    }
  });

  it('inside a larger base64 value, in each alignment, at the base64 that encodes it', () => {
    for (const region of ['us', 'eu'] as const) {
      const token = fake.oauthToken(region);
      for (const lead of ['', 'A', 'AB']) {
        const env = `${lead}PAGERDUTY_HOST=api.pagerduty.com\nTOKEN=${token}\nRETRIES=3\n`;
        const encoded = b64(env);
        const text = `data:\n  env: ${encoded}\n`;
        const found = scanString(engine, text).filter((m) => m.rule.id === 'pagerduty-oauth-token');
        expect(found.map((m) => m.secret), `${region}, ${lead.length} byte(s) before`).toEqual([token]);
        expect(found[0]!.decoded).toBe('base64');
        // The columns cover the base64 characters that encode the token, and no more than a group either side.
        const at = env.indexOf(token);
        const column = '  env: '.length + Math.floor(at / 3) * 4 + 1;
        expect(found[0]!.line).toBe(2);
        expect(found[0]!.column).toBe(column);
        const covered = Buffer.from(encoded.slice(found[0]!.column - column + Math.floor(at / 3) * 4, found[0]!.endColumn - 1 - '  env: '.length), 'base64').toString('latin1');
        expect(covered).toContain(token);
      }
    }
    // Deep in a large value (a region of the rule begins inside it): found in every alignment.
    for (const lead of ['', 'A', 'AB', 'ABC']) {
      const token = fake.oauthToken();
      const filler = Array.from({ length: 900 }, (_, i) => `FEATURE_${i}=on`).join('\n');
      const found = scanString(engine, `data:\n  env: ${b64(`${lead}${filler}\nOAUTH=${token}\n`)}\n`).filter((m) => m.rule.id === 'pagerduty-oauth-token');
      expect(found.map((m) => m.secret), `${lead.length} byte(s) before ${filler.length} of filler`).toEqual([token]);
    }
    // A larger base64 value without a prefixed token is not decoded into findings.
    expect(scanString(engine, `data:\n  env: ${b64('PAGERDUTY_HOST=api.pagerduty.com\nRETRIES=3\n'.repeat(20))}\n`)).toEqual([]);
  });

  it('escaped characters inside any rule\'s value: JSON \\u002B and \\/, a form body\'s %2B and %2F', () => {
    const body = `${fake.chars('alnum', 6)}+${fake.chars('alnum', 9)}/${fake.chars('alnum', 14)}7`;
    const json = body.replace('+', '\\u002B').replace('/', '\\/');
    const found = scanString(engine, `{\n  "PagerDuty": {\n    "WebhookSigningSecret": "${json}"\n  }\n}\n`);
    expect(found.map((m) => [m.rule.id, m.secret, m.decoded, m.column, m.endColumn])).toEqual([
      ['pagerduty-webhook-secret', body, 'json-unicode', 30, 30 + json.length],
    ]);
    const form = body.replace('+', '%2B').replace('/', '%2F');
    const logged = scanString(engine, `POST https://identity.pagerduty.com/oauth/token\n\ngrant_type=client_credentials&client_secret=${form}\n`);
    expect(logged.map((m) => [m.rule.id, m.secret, m.decoded])).toEqual([['pagerduty-oauth-client-secret', body, 'url']]);
    // An escaped quote still ends a value: what comes before it is the value, as written.
    const quoted = scanString(engine, `{"PagerDuty": {"WebhookSigningSecret": "${body.replace(/[+/]/g, 'x')}\\u0022"}}\n`);
    expect(quoted.map((m) => [m.secret, m.decoded])).toEqual([[body.replace(/[+/]/g, 'x'), undefined]]);
  });

  it('kubectl get secret -o yaml | pdguard scan - finds it, redacted', async () => {
    const token = fake.oauthToken();
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: pd\ndata:\n  pagerduty-oauth-token: ${b64(token)}\n`;
    const result = await runCli(['scan', '-', '--stdin-name', 'secret.yaml'], { input: secret });
    expect(result.code, result.stderr).toBe(1);
    const words = result.stdout.replace(/\s+/g, ' '); // the report wraps at 80 columns
    expect(words).toContain('PagerDuty scoped OAuth token');
    expect(words).toContain('decoded from base64');
    expect(result.stdout).not.toContain(token);
  });
});

describe('the base64 finder', () => {
  it('finds exactly what its regex finds (randomized, seeded)', () => {
    // Short runs of the characters that decide a token's edges: base64 ones, `=`, `_`, `\`, `-`, others.
    const pieces = ['QUJDREVG', 'ZGVmZ2hp', 'x9+/ab12', 'QUJD', 'A', '0', '=', '==', '===', '_', '-', '\\', ' ', '"', ':', '.', '\n', 'é'];
    let seed = 26;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = random(30);
      for (let i = 0; i < length; i++) text += pieces[random(pieces.length)]!;
      const expected = [...text.matchAll(new RegExp(BASE64.source, 'g'))].map((m) => {
        const start = m.index + m[0].length - m[1]!.length;
        return [start, start + m[1]!.length];
      });
      expect({ text, tokens: base64Tokens(text) }).toEqual({ text, tokens: expected });
    }
    // The longest run it takes, and one longer, which it leaves alone as the regex does.
    for (const run of [65536, 65537]) {
      const text = ` ${'A'.repeat(run)} `;
      expect(base64Tokens(text)).toEqual([...text.matchAll(new RegExp(BASE64.source, 'g'))].map((m) => [1, 1 + m[1]!.length]));
    }
  });
});
