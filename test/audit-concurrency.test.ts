/**
 * `pdguard audit` of several repositories at once (audit/schedule.ts): the real CLI, whose bundle
 * audits each repository in a worker thread, over real repositories of different sizes. The
 * largest is named first and finishes last, the small ones finish around it: the report must not
 * show it. A repository that cannot be audited is listed (exit 2) while the others complete.
 */
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { audit, type AuditProgress } from '../src/commands/audit.js';
import { fractionDone } from '../src/audit/progress.js';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv, tempDir } from './helpers/git.js';

const fake = new FakeSecrets(2626);
const env = gitEnv();
const AS_OF = '2026-01-01T00:00:00.000Z';
const SHARED = fake.restKey();

let folder: string;

/** A repository of `commits` commits, each rewriting a file of `lines` lines that name PagerDuty (work for the matcher), with keys along the way. */
function build(name: string, commits: number, lines: number): TestRepo {
  const repo = TestRepo.init({ dir: join(folder, name) });
  for (let c = 0; c < commits; c++) {
    const text = Array.from({ length: lines }, (_, i) => `pagerduty_service_${c}_${i}: routing key for service ${i} of PagerDuty (${c})\n`).join('');
    repo.write('services.yaml', text);
    if (c === 0) repo.write('.env', `PAGERDUTY_API_KEY=${SHARED}\n`);
    if (c === 1) repo.write(`${name}.env`, `PAGERDUTY_TOKEN=${fake.oauthToken()}\n`);
    if (c === 2) repo.remove(`${name}.env`);
    repo.commit(`change ${c}`);
  }
  return repo;
}

/** The report with its timings taken out: nothing else may differ between two runs. */
const untimed = (text: string): string => text.replace(/"durationMs": \d+/g, '"durationMs": 0');

beforeAll(() => {
  folder = tempDir('pdguard-concurrency-');
  // Named first (folder order is by name), largest by far: it finishes last when run beside the others.
  build('a-large', 20, 10_000);
  for (const name of ['b-small', 'c-small', 'd-small', 'e-small']) build(name, 4, 20);
}, 120_000);

describe('pdguard audit of several repositories at once', () => {
  it('gives the same report byte for byte whatever the number of repositories at once', async () => {
    const reports: string[] = [];
    for (const jobs of ['1', '2', '5']) {
      const result = await runCli(['audit', '.', '--no-cache', '--jobs', jobs, '--format', 'json', '--as-of', AS_OF], { cwd: folder, env });
      expect(result.code, result.stderr).toBe(1);
      reports.push(untimed(result.stdout));
    }
    const report = JSON.parse(reports[0]!) as { repositories: { name: string }[]; credentials: { occurrences: unknown[] }[] };
    expect(report.repositories.map((r) => r.name)).toEqual(['a-large', 'b-small', 'c-small', 'd-small', 'e-small']);
    // The shared key once, with an occurrence in each; each repository's own token once.
    expect(report.credentials).toHaveLength(6);
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    // The text report (no timings in it) as well.
    const texts = await Promise.all(['1', '3'].map((jobs) => runCli(['audit', '.', '--no-cache', '--jobs', jobs, '--as-of', AS_OF], { cwd: folder, env })));
    expect(texts[1]!.stdout).toBe(texts[0]!.stdout);
  }, 180_000);

  it('lists a repository that cannot be audited (exit 2) while the others complete, and tells --debug of every git run', async () => {
    const mixed = tempDir('pdguard-concurrency-mixed-');
    const good = TestRepo.init({ dir: join(mixed, 'good') });
    good.commitFiles({ 'app.env': `PAGERDUTY_API_KEY=${SHARED}\n` }, 'a key');
    // Damaged: git opens it, but its objects are gone (the scan itself fails).
    const damaged = TestRepo.init({ dir: join(mixed, 'damaged') });
    damaged.commitFiles({ 'a.txt': 'a\n' }, 'a');
    rmSync(join(damaged.dir, '.git', 'objects'), { recursive: true });
    mkdirSync(join(damaged.dir, '.git', 'objects', 'pack'), { recursive: true });
    const other = TestRepo.init({ dir: join(mixed, 'other') });
    other.commitFiles({ 'b.env': `PAGERDUTY_API_KEY=${SHARED}\n` }, 'the same key');

    const outcomes = [];
    for (const jobs of ['1', '3']) {
      const result = await runCli(['audit', '.', '--no-cache', '--jobs', jobs, '--format', 'json', '--as-of', AS_OF, '--debug'], { cwd: mixed, env });
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(/the audit is incomplete: 1 repository could not be audited/);
      // git runs made in a worker thread are told too.
      expect(result.stderr).toMatch(new RegExp(`debug: git .*cat-file --batch.*\\(in ${join(mixed, 'other').replace(/[/\\]/g, '.')}\\)`));
      const report = JSON.parse(result.stdout) as { repositories: { name: string }[]; unaudited: { path: string; reason: string }[]; credentials: { occurrences: { repository: string }[] }[] };
      expect(report.repositories.map((r) => r.name)).toEqual(['good', 'other']);
      expect(report.unaudited.map((u) => u.path)).toEqual(['damaged']);
      expect(report.credentials).toHaveLength(1);
      expect(report.credentials[0]!.occurrences.map((o) => o.repository)).toEqual(['good', 'other']);
      outcomes.push(untimed(result.stdout));
    }
    expect(outcomes[1]).toBe(outcomes[0]);
  }, 120_000);

  it('refuses a --jobs that is not a number of repositories', async () => {
    for (const jobs of ['0', 'two', '1000']) {
      const result = await runCli(['audit', '.', '--jobs', jobs], { cwd: folder, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--jobs takes a number of repositories from 1 to 64/);
    }
  });
});

describe('the progress of an audit of several repositories at once', () => {
  it('counts over every repository in flight: never backwards, never past the end, all done at the end', async () => {
    const seen: AuditProgress[] = [];
    await audit({ paths: [folder], cache: null, concurrency: 3, toolVersion: 'test', now: Date.parse(AS_OF), onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(5);
    let fraction = 0;
    let finished = 0;
    let bytes = 0;
    for (const p of seen) {
      const done = fractionDone(p)!;
      expect(done).toBeGreaterThanOrEqual(fraction);
      expect(done).toBeLessThanOrEqual(1);
      expect(p.finished).toBeGreaterThanOrEqual(finished);
      expect(p.bytesSoFar).toBeGreaterThanOrEqual(bytes);
      expect(p.running.length).toBeLessThanOrEqual(3);
      expect(p.running).toContain(p.name);
      fraction = done;
      finished = p.finished;
      bytes = p.bytesSoFar;
    }
    expect(fraction).toBe(1);
    // Several at once were in flight at some point.
    expect(seen.some((p) => p.running.length > 1)).toBe(true);
  }, 120_000);

  it('starts the largest repository first, wherever it is named', async () => {
    const saved = folder;
    folder = tempDir('pdguard-concurrency-order-');
    try {
      for (const name of ['a-small', 'b-small', 'c-small']) build(name, 3, 10);
      build('z-large', 6, 3_000);
      const seen: AuditProgress[] = [];
      const report = await audit({ paths: [folder], cache: null, concurrency: 2, toolVersion: 'test', now: Date.parse(AS_OF), onProgress: (p) => seen.push(p) });
      expect(seen[0]!.running).toContain('z-large');
      expect(report.repositories.map((r) => r.name)).toEqual(['a-small', 'b-small', 'c-small', 'z-large']);
    } finally {
      folder = saved;
    }
  }, 120_000);

  it('draws one line for the repositories in flight on a terminal, and clears it before the report', async () => {
    const err: string[] = [];
    const out: string[] = [];
    const io: Io = {
      stdout: { write: (t: string) => out.push(t), isTTY: false },
      stderr: { write: (t: string) => err.push(t), isTTY: true },
      stdin: Object.assign((async function* () {})(), { isTTY: true }),
      env: { ...process.env, CI: undefined, GITHUB_ACTIONS: undefined, TERM: 'xterm' },
      cwd: folder,
    };
    expect(await run(['audit', '.', '--no-cache', '--jobs', '2', '--format', 'json'], io)).toBe(1);
    const lines = err.join('').split('\r\u001b[K').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^pdguard: (repository \d of 5 \([a-e]-\w+\), .*|repositories [0-4] of 5 done, 2 in progress \([a-e]-\w+, [a-e]-\w+\), [\d.]+ \w?B read, .*)\/s(, ETA \S+( \S+)?)?$/);
    }
    expect(err.join('').endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(out.join('')).repositories).toHaveLength(5);
  }, 120_000);
});
