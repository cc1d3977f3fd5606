/**
 * The audit's progress line through the CLI's own entry (run, in-process, with a terminal for
 * stderr): repository n of N with its name, and the line cleared before the report; never on a
 * pipe or under CI.
 */
import { describe, expect, it } from 'vitest';
import { run, type Io } from '../src/cli/main.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, tempDir } from './helpers/git.js';
import { join } from 'node:path';

const fake = new FakeSecrets(77);

function io(cwd: string, env: Record<string, string | undefined>, tty: boolean): Io & { err: string[]; out: string[] } {
  const err: string[] = [];
  const out: string[] = [];
  return {
    err,
    out,
    stdout: { write: (t: string) => out.push(t), isTTY: false },
    stderr: { write: (t: string) => err.push(t), isTTY: tty },
    stdin: Object.assign((async function* () {})(), { isTTY: true }),
    env,
    cwd,
  };
}

describe('audit progress', () => {
  const folder = tempDir('pdguard-progress-');
  for (const name of ['one', 'two']) {
    const repo = TestRepo.init({ dir: join(folder, name) });
    repo.commitFiles({ '.env': `PAGERDUTY_API_KEY=${fake.restKey()}\n` }, 'a key');
  }
  const env = { ...process.env, CI: undefined, GITHUB_ACTIONS: undefined, TERM: 'xterm' };

  it('shows repository n of N on a terminal (or those in flight, several at once), then clears the line', async () => {
    const terminal = io(folder, env, true);
    expect(await run(['audit', '.', '--format', 'json', '--jobs', '1'], terminal)).toBe(1);
    const drawn = terminal.err.join('');
    expect(drawn).toMatch(/pdguard: repository 1 of 2 \(one\)/);
    expect(drawn.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(terminal.out.join('')).summary.credentials).toBe(2);
    const both = io(folder, env, true);
    expect(await run(['audit', '.', '--format', 'json', '--jobs', '2'], both)).toBe(1);
    expect(both.err.join('')).toMatch(/pdguard: repositories 0 of 2 done, 2 in progress \(one, two\)/);
    expect(both.err.join('').endsWith('\r\u001b[K')).toBe(true);
  }, 60_000);

  it('stays silent on a pipe, under CI and with --no-progress', async () => {
    for (const [e, tty, extra] of [
      [env, false, []],
      [{ ...env, CI: 'true' }, true, []],
      [env, true, ['--no-progress']],
    ] as const) {
      const quiet = io(folder, e, tty);
      expect(await run(['audit', '.', '--format', 'json', ...extra], quiet)).toBe(1);
      expect(quiet.err.join('')).toBe('');
    }
  }, 60_000);
});
