/**
 * pdguard never writes through a symbolic link a repository brings: not at the file it writes
 * (a report, a baseline, a cache), nor at any directory between the repository's top and that
 * file. A cloned repository is the attacker here: its committed links point outside it, at a file
 * or folder the user owns. Real repositories, the built CLI.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, gitEnv, tempDir } from './helpers/git.js';
import { FakePagerDuty, pdError } from './helpers/verify-server.js';

const fake = new FakeSecrets(2020);
const servers: FakePagerDuty[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A folder outside every repository, with one file the user cares about. */
function victim(): { dir: string; file: string } {
  const dir = tempDir('pdguard-victim-');
  const file = join(dir, 'precious.txt');
  writeFileSync(file, 'precious\n');
  return { dir, file };
}

/** A repository with a leak and the committed links `links` (path in the repository → target). */
function hostileRepo(links: Record<string, string>): TestRepo {
  const repo = TestRepo.init();
  writeFileSync(repo.path('app.env'), `PAGERDUTY_TOKEN=${fake.restKey()}\n`);
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(repo.dir, path, '..'), { recursive: true });
    symlinkSync(target, repo.path(path));
  }
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'links');
  return repo;
}

function expectOneLineRefusal(run: { code: number | null; stderr: string }, what: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(/symbolic link/);
  expect(run.stderr).toMatch(what);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

describe('writes never follow a link the repository brings', () => {
  it('--write-baseline refuses a committed link at the baseline’s path', async () => {
    const { file } = victim();
    const repo = hostileRepo({ 'baseline.json': file });
    for (const command of [['scan', '.'], ['history']]) {
      const run = await runCli([...command, '--write-baseline', 'baseline.json'], { cwd: repo.dir, env: gitEnv() });
      expectOneLineRefusal(run, /baseline\.json/);
      expect(readFileSync(file, 'utf8')).toBe('precious\n');
      expect(lstatSync(repo.path('baseline.json')).isSymbolicLink()).toBe(true);
    }
  });

  it('--write-baseline and --output refuse a committed link to a folder on the way', async () => {
    const { dir } = victim();
    const repo = hostileRepo({ 'reports': dir, 'deep/er': dir });
    const cases = [
      ['scan', '.', '--write-baseline', 'reports/baseline.json'],
      ['scan', '.', '--format', 'json', '--output', 'reports/pdguard.json'],
      ['history', '--format', 'sarif', '--output', 'deep/er/new/pdguard.sarif'],
    ];
    for (const args of cases) {
      const run = await runCli(args, { cwd: repo.dir, env: gitEnv() });
      expectOneLineRefusal(run, /reports|deep\/er/);
    }
    expect(readdirSync(dir)).toEqual(['precious.txt']);
  });

  it('a report written from a sub-folder refuses a link above it, inside the repository', async () => {
    const { dir } = victim();
    const repo = hostileRepo({ out: dir });
    mkdirSync(repo.path('sub'));
    const run = await runCli(['scan', '.', '--format', 'json', '--output', '../out/report.json'], { cwd: repo.path('sub'), env: gitEnv() });
    expectOneLineRefusal(run, /out/);
    expect(readdirSync(dir)).toEqual(['precious.txt']);
  });

  it('the history cache and the verification cache are never written through a committed link', async () => {
    const { dir } = victim();
    const repo = hostileRepo({ '.cache': dir });
    const history = await runCli(['history', '--cache', '.cache/history.json'], { cwd: repo.dir, env: gitEnv() });
    expect(history.code, history.stderr).toBe(1);
    expect(history.stderr).toMatch(/symbolic link/);

    const answer = () => pdError(401, 'Unauthorized', 2006);
    const [us, eu] = [await FakePagerDuty.start(answer), await FakePagerDuty.start(answer)];
    servers.push(us, eu);
    const verify = await runCli(['scan', '.', '--verify', '--verify-cache', '.cache/verify.json'], {
      cwd: repo.dir,
      env: { ...gitEnv(), PDGUARD_API_URL: us.url, PDGUARD_API_URL_EU: eu.url },
    });
    expect(verify.code, verify.stderr).toBe(1);
    expect(us.requests.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['precious.txt']);
  });

  it('writes where links are the user’s own: above the repository, and outside every repository', async () => {
    const real = tempDir('pdguard-real-');
    const linked = join(tempDir('pdguard-linked-'), 'work');
    symlinkSync(real, linked);
    const repo = TestRepo.init({ dir: join(real, 'repo') });
    writeFileSync(repo.path('app.env'), `PAGERDUTY_TOKEN=${fake.restKey()}\n`);
    const viaLink = join(linked, 'repo');
    const inside = await runCli(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: viaLink, env: gitEnv() });
    expect(inside.code, inside.stderr).toBe(0);
    expect(existsSync(join(real, 'repo', 'baseline.json'))).toBe(true);
    const outside = await runCli(['scan', '.', '--format', 'json', '--output', join(linked, 'report.json')], { cwd: viaLink, env: gitEnv() });
    expect(outside.code, outside.stderr).toBe(1);
    expect(existsSync(join(real, 'report.json'))).toBe(true);
    // Devices are the user's too (a temporary file and a rename would fail beside /dev/null).
    const device = await runCli(['scan', '.', '--format', 'json', '--output', '/dev/null'], { cwd: viaLink, env: gitEnv() });
    expect(device.code, device.stderr).toBe(1);
    expect(device.stderr).toBe('');
  });
});
