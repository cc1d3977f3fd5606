/**
 * examples/gitlab/.gitlab-ci.yml, run as GitLab runs its script: bash -e, in a real repository,
 * with the variables GitLab sets for a merge request pipeline and for a push, and `npx pdguard@1`
 * answered by this checkout's CLI (a shim on PATH: no registry). The report GitLab reads must hold
 * the finding; a merge request must not hide its own leak with its own .pdguard.yaml.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, REPO_ROOT } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv, tempDir } from './helpers/git.js';

afterAll(cleanupGit);

interface Job {
  image: string;
  variables: Record<string, string>;
  rules: { if: string }[];
  script: string[];
  artifacts: { when: string; reports: { secret_detection: string } };
}

const pipeline = parse(readFileSync(join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml'), 'utf8')) as Record<string, Job>;
const job = pipeline.pdguard!;
const fake = new FakeSecrets(777);
const ZERO = '0'.repeat(40);

/** A bin folder whose `npx --yes pdguard@1 ARGS` runs this checkout's CLI with ARGS. */
function npxShim(): string {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = --yes ] && [ "$2" = pdguard@1 ] || { echo "unexpected npx $*" >&2; exit 99; }\nshift 2\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'npx'), 0o755);
  return bin;
}

function runJob(repo: TestRepo, variables: Record<string, string>) {
  const env = { ...gitEnv(), ...job.variables, CI: 'true', CI_PROJECT_DIR: repo.dir, PATH: `${npxShim()}:${process.env.PATH}`, ...variables };
  const result = spawnSync('bash', ['-e', '-c', job.script.join('\n')], { cwd: repo.dir, env, encoding: 'utf8' });
  const reportFile = join(repo.dir, job.artifacts.reports.secret_detection);
  const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { scan: { status: string }; vulnerabilities: { location: { file: string } }[] }) : null;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, report };
}

describe('the GitLab CI example', () => {
  it('is one job that keeps its secret-detection report always, on merge requests and pushes, with the full history', () => {
    expect(Object.keys(pipeline)).toEqual(['pdguard']);
    expect(job.artifacts).toEqual({ when: 'always', reports: { secret_detection: 'gl-secret-detection-report.json' } });
    expect(job.variables.GIT_DEPTH).toBe('0');
    expect(job.rules.map((r) => r.if).join(' ')).toMatch(/merge_request_event/);
    expect(job.image).toMatch(/^node:24/);
    expect(spawnSync('bash', ['-n', '-c', job.script.join('\n')]).status).toBe(0);
    // A cache file in the checkout would be the merge request's to plant: the job keeps none.
    const commands = job.script.join('\n').split('\n').filter((l) => l.trim().startsWith('npx'));
    expect(commands.length).toBe(2);
    for (const command of commands) expect(command).not.toMatch(/--cache\b/);
    // Shown in the documentation as it is.
    expect(readFileSync(join(REPO_ROOT, 'docs', 'github-action.md'), 'utf8')).toContain(readFileSync(join(REPO_ROOT, 'examples', 'gitlab', '.gitlab-ci.yml'), 'utf8'));
  });

  it('a merge request that adds a key, and excludes it in its own .pdguard.yaml, fails with the key in the report', async () => {
    const repo = TestRepo.init();
    const base = repo.commitFiles({ 'README.md': 'hi\n' }, 'base');
    const key = fake.restKey();
    const head = repo.commitFiles({ 'deploy/prod.env': `PAGERDUTY_TOKEN=${key}\n`, '.pdguard.yaml': 'exclude: ["deploy/**"]\n' }, 'the merge request');
    const run = runJob(repo, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(run.status, run.stderr).toBe(1);
    expect(run.report?.vulnerabilities.map((v) => v.location.file)).toEqual(['deploy/prod.env']);
    expect(run.stdout).toContain('deploy/prod.env');
    expect(run.stdout + run.stderr).not.toContain(key);
    // A clean merge request passes, and still leaves a (valid, empty) report.
    const clean = TestRepo.init();
    const cleanBase = clean.commitFiles({ 'README.md': 'hi\n' }, 'base');
    const cleanHead = clean.commitFiles({ 'src/app.py': 'print("hi")\n' }, 'change');
    const passed = runJob(clean, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: cleanBase, CI_COMMIT_SHA: cleanHead });
    expect(passed.status, passed.stderr).toBe(0);
    expect(passed.report).toMatchObject({ scan: { status: 'success' }, vulnerabilities: [] });
  });

  it('a push scans the commits it adds; a new branch, all it holds', async () => {
    const repo = TestRepo.init();
    const [old, added] = [fake.restKey(), fake.restKey()];
    const before = repo.commitFiles({ 'old.env': `PAGERDUTY_TOKEN=${old}\n` }, 'old');
    const after = repo.commitFiles({ 'new.env': `PAGERDUTY_TOKEN=${added}\n` }, 'pushed');
    const push = runJob(repo, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_COMMIT_BEFORE_SHA: before, CI_COMMIT_SHA: after });
    expect(push.status, push.stderr).toBe(1);
    expect(push.report?.vulnerabilities.map((v) => v.location.file)).toEqual(['new.env']);
    const newBranch = runJob(repo, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature', CI_COMMIT_BEFORE_SHA: ZERO, CI_COMMIT_SHA: after });
    expect(newBranch.status).toBe(1);
    expect(newBranch.report?.vulnerabilities.map((v) => v.location.file).sort()).toEqual(['new.env', 'old.env']);
  });
});
