/**
 * `--format gitlab`: GitLab's secret-detection report, from the real CLI on real files and a real
 * history, validated against the constraints of GitLab's published schema (security-report-schemas
 * 15.2.1, `dist/secret-detection-report-format.json`) as transcribed below: the fields GitLab
 * requires, their types, enums and patterns. (The schema file itself is GitLab's and is not
 * redistributed here; the transcription keeps every constraint a report of this shape meets.)
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { type CliResult, makeTree, runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv } from './helpers/git.js';

const str = { type: 'string', minLength: 1 };
const identifier = {
  type: 'object',
  required: ['type', 'name', 'value'],
  properties: { type: str, name: str, value: str, url: { type: 'string', pattern: '^(https?|ftp)://.+' } },
};
const tool = {
  type: 'object',
  required: ['id', 'name', 'version', 'vendor'],
  properties: { id: str, name: str, version: str, url: { type: 'string', pattern: '^https?://.+' }, vendor: { type: 'object', required: ['name'], properties: { name: str } } },
};
const time = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$' };
const text = { type: 'object', required: ['type', 'value'], properties: { type: { const: 'text' }, value: { type: 'string' } } };
const GITLAB_SECRET_DETECTION = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['scan', 'version', 'vulnerabilities'],
  properties: {
    version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
    schema: { type: 'string', pattern: '^https?://.+' },
    scan: {
      type: 'object',
      required: ['analyzer', 'end_time', 'scanner', 'start_time', 'status', 'type'],
      properties: {
        analyzer: tool,
        scanner: tool,
        start_time: time,
        end_time: time,
        status: { enum: ['success', 'failure'] },
        type: { enum: ['secret_detection'] },
        messages: {
          type: 'array',
          items: { type: 'object', required: ['level', 'value'], properties: { level: { enum: ['info', 'warn', 'fatal'] }, value: str } },
        },
      },
    },
    vulnerabilities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'identifiers', 'location'],
        properties: {
          id: str,
          name: { type: 'string', maxLength: 255 },
          description: { type: 'string', maxLength: 1048576 },
          severity: { enum: ['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'] },
          solution: { type: 'string', maxLength: 7000 },
          identifiers: { type: 'array', minItems: 1, items: identifier },
          links: { type: 'array', items: { type: 'object', required: ['url'], properties: { name: { type: 'string' }, url: { type: 'string', pattern: '^(https?|ftp)://.+' } } } },
          details: { type: 'object', additionalProperties: { allOf: [{ type: 'object', required: ['name'], properties: { name: str } }, text] } },
          location: {
            type: 'object',
            required: ['commit'],
            properties: {
              file: { type: 'string' },
              start_line: { type: 'number' },
              end_line: { type: 'number' },
              commit: { type: 'object', required: ['sha'], properties: { sha: str, author: { type: 'string' }, date: { type: 'string' }, message: { type: 'string' } } },
            },
          },
          raw_source_code_extract: { type: 'string' },
        },
      },
    },
  },
};

const validate = new Ajv.default({ allErrors: true, strict: false }).compile(GITLAB_SECRET_DETECTION);

interface Vulnerability {
  id: string;
  name: string;
  severity: string;
  description: string;
  identifiers: { type: string; value: string }[];
  location: { file: string; start_line: number; commit: { sha: string; author?: string } };
  raw_source_code_extract?: string;
}
interface Report {
  version: string;
  scan: { status: string; start_time: string; end_time: string; messages: { level: string; value: string }[] };
  vulnerabilities: Vulnerability[];
}

function report(result: CliResult): Report {
  const parsed = JSON.parse(result.stdout) as Report;
  expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return parsed;
}

const fake = new FakeSecrets(4242);

describe('--format gitlab', () => {
  it('a scan of files: each finding a vulnerability GitLab accepts, secrets redacted', async () => {
    const rest = fake.restKey();
    const oauth = fake.oauthToken('eu');
    const root = makeTree({ 'config/app.env': `PAGERDUTY_TOKEN=${rest}\n`, 'deploy/token.json': `{"t": "${oauth}"}\n`, 'README.md': 'nothing\n' });
    const result = await runCli(['scan', root, '--format', 'gitlab']);
    expect(result.code).toBe(1);
    const r = report(result);
    expect(r.version).toBe('15.2.1');
    expect(r.scan.status).toBe('success');
    expect(r.vulnerabilities.map((v) => [v.location.file, v.location.start_line, v.identifiers[0]!.value]).sort()).toEqual([
      ['config/app.env', 1, 'pagerduty-rest-api-key'],
      ['deploy/token.json', 1, 'pagerduty-oauth-token'],
    ]);
    expect(new Set(r.vulnerabilities.map((v) => v.id)).size).toBe(2);
    expect(r.vulnerabilities.every((v) => v.location.commit.sha === '0000000')).toBe(true);
    expect(result.stdout).not.toContain(rest);
    expect(result.stdout).not.toContain(oauth);
    expect(r.vulnerabilities.some((v) => 'raw_source_code_extract' in v)).toBe(false);
    // --show-secrets puts the secret where GitLab shows the source.
    const shown = report(await runCli(['scan', root, '--format', 'gitlab', '--show-secrets']));
    expect(shown.vulnerabilities.map((v) => v.raw_source_code_extract).sort()).toEqual([rest, oauth].sort());
  });

  it('history: each finding at the commit that introduced it', async () => {
    const repo = TestRepo.init();
    const key = fake.eventsKey();
    const sha = repo.commitFiles({ 'alertmanager.yml': `receivers:\n  - name: pager\n    pagerduty_configs:\n      - routing_key: ${key}\n` }, 'paging');
    const result = await runCli(['history', '--format', 'gitlab', '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code).toBe(1);
    const r = report(result);
    expect(r.vulnerabilities).toHaveLength(1);
    expect(r.vulnerabilities[0]!.location).toMatchObject({ file: 'alertmanager.yml', start_line: 4, commit: { sha, author: expect.stringContaining('Pat Tester') } });
    expect(result.stdout).not.toContain(key);
  });

  it('a clean scan is a valid empty report; an incomplete one says failure', async () => {
    const clean = report(await runCli(['scan', makeTree({ 'a.txt': 'hello\n' }), '--format', 'gitlab']));
    expect(clean.vulnerabilities).toEqual([]);
    expect(clean.scan.status).toBe('success');
    expect(Date.parse(`${clean.scan.end_time}Z`)).toBeGreaterThanOrEqual(Date.parse(`${clean.scan.start_time}Z`));
    const root = makeTree({ 'ok.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n`, 'locked.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked.env'), 0o000);
    // Root reads everything: run as nobody there, so that permissions mean what they say.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = await runCli(['scan', root, '--format', 'gitlab'], { ...asUser, cwd: '/' });
    expect(result.code).toBe(2);
    const incomplete = report(result);
    expect(incomplete.scan.status).toBe('failure');
    expect(incomplete.scan.messages.some((m) => m.level === 'fatal')).toBe(true);
    expect(incomplete.scan.messages.some((m) => m.level === 'warn' && m.value.startsWith('locked.env: unreadable'))).toBe(true);
    expect(incomplete.vulnerabilities).toHaveLength(1);
  });

  it('the transcribed schema is not blind: it refuses what GitLab refuses', () => {
    const ok = { version: '15.2.1', scan: { analyzer: { id: 'a', name: 'a', version: '1', vendor: { name: 'v' } }, scanner: { id: 'a', name: 'a', version: '1', vendor: { name: 'v' } }, start_time: '2026-01-01T00:00:00', end_time: '2026-01-01T00:00:01', status: 'success', type: 'secret_detection' }, vulnerabilities: [] };
    expect(validate(ok)).toBe(true);
    expect(validate({ ...ok, scan: { ...ok.scan, end_time: '2026-01-01T00:00:01.000Z' } })).toBe(false);
    expect(validate({ ...ok, scan: { ...ok.scan, type: 'sast' } })).toBe(false);
    expect(validate({ ...ok, vulnerabilities: [{ id: 'x', identifiers: [], location: { commit: { sha: 'a' } } }] })).toBe(false);
    expect(validate({ ...ok, vulnerabilities: [{ id: 'x', identifiers: [{ type: 't', name: 'n', value: 'v' }], location: {} }] })).toBe(false);
    expect(validate({ ...ok, vulnerabilities: [{ id: 'x', severity: 'critical', identifiers: [{ type: 't', name: 'n', value: 'v' }], location: { commit: { sha: 'a' } } }] })).toBe(false);
  });
});
