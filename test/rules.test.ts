/**
 * Every rule carries its own tests: each example must be found by that rule, and each negative
 * example must give no finding at all, through the real engine (prefilter, regexes, secret checks,
 * context), for every pattern file shipped in patterns/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { scanString } from '../src/engine/stream.js';
import { compilePatternFile, loadPatterns } from '../src/patterns/load.js';
import { FakeSecrets } from './helpers/fake.js';
import { REPO_ROOT } from './helpers/cli.js';

const CONTRACT_RULE_IDS = [
  'pagerduty-oauth-token',
  'pagerduty-rest-api-key',
  'pagerduty-events-key',
  'pagerduty-oauth-client-secret',
  'pagerduty-classic-oauth-token',
  'pagerduty-ical-feed-url',
  'pagerduty-webhook-secret',
];

const patternDir = join(REPO_ROOT, 'patterns');
const files = readdirSync(patternDir).filter((f) => f.endsWith('.yaml'));
const rules = files.flatMap((f) => compilePatternFile(join(patternDir, f), readFileSync(join(patternDir, f), 'utf8')));
const engine = new CompiledRules(rules);

describe('pattern files', () => {
  it('define every rule id of the contract, each once', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CONTRACT_RULE_IDS].sort());
    expect(loadPatterns().map((r) => r.id).sort()).toEqual([...CONTRACT_RULE_IDS].sort());
  });

  it('match the JSON schema offered to editors', () => {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(patternDir, 'schema.json'), 'utf8')) as object);
    for (const file of files) {
      const ok = validate(parse(readFileSync(join(patternDir, file), 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
    // And the schema rejects what the loader rejects.
    expect(validate({ rules: [{ id: 'x', colour: 'red' }] })).toBe(false);
  });

  it('give every rule examples, negative examples, remediation and a help URL', () => {
    for (const rule of rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.negativeExamples.length, rule.id).toBeGreaterThan(0);
      expect(rule.remediation.length, rule.id).toBeGreaterThan(40);
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
    }
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    // Several seeds: each run of an example sees different random secrets of the same shape.
    for (const seed of [1, 2, 3]) {
      const fake = new FakeSecrets(seed);
      rule.examples.forEach((template, i) => {
        const text = fake.expand(template);
        it(`finds example ${i + 1} (seed ${seed})`, () => {
          const found = scanString(engine, text).filter((m) => m.rule.id === rule.id && !m.inlineAllowed);
          expect(found.length, text).toBeGreaterThan(0);
          for (const m of found) expect(text, 'the secret is part of the text').toContain(m.secret.startsWith('pd') ? m.secret.slice(6, 14) : m.secret);
        });
      });
      rule.negativeExamples.forEach((template, i) => {
        const text = fake.expand(template);
        it(`ignores negative example ${i + 1} (seed ${seed})`, () => {
          const found = scanString(engine, text).filter((m) => !m.inlineAllowed);
          expect(found.map((m) => `${m.rule.id}: ${m.secret}`), text).toEqual([]);
        });
      });
    }
  });
}
