/**
 * Errors and warnings never print a credential: a value the repository supplied and a message
 * quotes (an unknown key of .pdguard.yaml, a rule id to disable, a pattern file's rule id) is shown
 * redacted, through the real CLI; paths, names and commit ids are left as they are.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../src/util/scrub.js';
import { makeTree, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';

const fake = new FakeSecrets(9090);

describe('scrubSecrets', () => {
  it('redacts what looks like a credential and keeps paths, names and commit ids', () => {
    const [oauth, rest, events] = [fake.oauthToken(), fake.restKey(), fake.eventsKey()];
    const out = scrubSecrets(`unknown key '${oauth}'; no rule has the id '${rest}'; routing ${events}; pdus%2B_${oauth.slice(6)}`);
    for (const secret of [oauth, rest, events, oauth.slice(6)]) expect(out).not.toContain(secret);
    const plain = "/tmp/pdguard-reports-HDspMT/missing.json: report not read; rule 'acme-pager-token' in node_modules/pdguard/dist/cli.js; commit 3d2a0e0d06f1c2b3a4d5e6f708192a3b4c5d6e7f";
    expect(scrubSecrets(plain)).toBe(plain);
    // Temporary folders' random suffixes, whatever they are, stay: a path is never rewritten.
    for (const suffix of ['aB3cD9', 'Zq8xK2', 'mN4pQ7']) {
      const path = `/tmp/pdguard-test-${suffix}/.pdguard.yaml: unknown key 'x'`;
      expect(scrubSecrets(path)).toBe(path);
    }
  });
});

describe('the CLI quotes no secret from what it read', () => {
  it('in .pdguard.yaml keys, rule ids to disable, and a pattern file rule id', async () => {
    const token = fake.oauthToken();
    const key = fake.restKey();
    const cases: [Record<string, string>, string[]][] = [
      [{ '.pdguard.yaml': `${token}: 1\n` }, ['scan', '.']],
      [{ '.pdguard.yaml': `rules:\n  disable: [${key}]\n` }, ['scan', '.']],
      [{ 'p.yaml': `version: 1\nrules:\n  - id: ${key}\n` }, ['scan', '.', '--patterns', 'p.yaml']],
    ];
    for (const [files, args] of cases) {
      const root = makeTree(files);
      const result = await runCli(args, { cwd: root });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/^pdguard: [^\n]+\n$/);
      expect(result.stderr).not.toContain(token);
      expect(result.stderr).not.toContain(key);
    }
    writeFileSync(join(makeTree(), 'x'), '');
  });
});
