/**
 * The CLI's run() in-process, with a terminal simulated by the streams it is given: what only a
 * terminal changes (width, the standard-input prompt), fast and without a pseudo-terminal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type Io, run } from '../src/cli/main.js';
import { visibleLength } from '../src/report/layout.js';
import { makeTree } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(4242);

function io(options: { cwd: string; columns?: number; stdinTTY?: boolean; input?: string }): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const input = options.input ?? '';
  return {
    stdout: { write: (t: string) => (out += t), isTTY: options.columns !== undefined, ...(options.columns !== undefined ? { columns: options.columns } : {}) },
    stderr: { write: (t: string) => (err += t), isTTY: false },
    stdin: Object.assign(
      (async function* () {
        if (input) yield input;
      })(),
      { isTTY: Boolean(options.stdinTTY) },
    ),
    env: { NO_COLOR: '1' },
    cwd: options.cwd,
    out: () => out,
    err: () => err,
  };
}

describe('on a terminal', () => {
  const tree = () => makeTree({ 'deploy/token.json': `{"token": "${fake.oauthToken()}"}\n`, 'app.env': `PAGERDUTY_TOKEN=${fake.restKey()}\n` });

  it('fits the terminal width; to a pipe it is 80 columns whatever the terminal', async () => {
    const cwd = tree();
    const widths: Record<string, number> = {};
    for (const columns of [60, 100, 200, undefined]) {
      const stream = io({ cwd, ...(columns !== undefined ? { columns } : {}) });
      expect(await run(['scan'], stream)).toBe(1);
      const lines = stream.out().split('\n');
      const limit = columns ?? 80;
      for (const line of lines) if (visibleLength(line) > limit) expect(line.trim(), line).not.toContain(' ');
      // The widest line that could have been broken (a lone URL cannot).
      widths[String(columns)] = Math.max(...lines.filter((l) => l.trim().includes(' ')).map(visibleLength));
    }
    expect(widths['200']).toBeGreaterThan(100);
    expect(widths['undefined']).toBeLessThanOrEqual(80);
    expect(widths['60']).toBeLessThanOrEqual(60);
  });

  it('says it is reading standard input when that is a terminal, and not when it is a pipe', async () => {
    const cwd = makeTree();
    const typed = io({ cwd, stdinTTY: true, input: 'nothing here\n' });
    expect(await run(['scan', '-'], typed)).toBe(0);
    expect(typed.err()).toBe('pdguard: reading standard input (end it with Ctrl-D)\n');
    const piped = io({ cwd, input: 'nothing here\n' });
    expect(await run(['scan', '-'], piped)).toBe(0);
    expect(piped.err()).toBe('');
  });

  it('keeps an error one line, escaped, whatever the path holds', async () => {
    const cwd = makeTree();
    const stream = io({ cwd });
    expect(await run(['scan', 'no\nsuch\u001b[2J'], stream)).toBe(2);
    expect(stream.err()).toBe('pdguard: no\\nsuch\\x1b[2J: no such file or directory\n');
  });

  it('on Ctrl-C clears the progress line before saying "interrupted"', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'a.txt': 'x\n' }, 'one');
    let tidy: (() => void) | undefined;
    let err = '';
    const stream: Io = {
      ...io({ cwd: repo.dir }),
      // A terminal on stderr, so that progress is drawn; the first drawing stands for a key press.
      stderr: {
        isTTY: true,
        write: (t: string) => {
          err += t;
          if (t.includes(' commit') && tidy) {
            const interrupt = tidy;
            tidy = undefined;
            interrupt();
          }
        },
      },
      env: { NO_COLOR: '1', TERM: 'xterm' },
      onInterrupt: (callback) => {
        tidy = callback;
        return () => {};
      },
    };
    await run(['history'], stream);
    expect(err).toMatch(/^\r\u001b\[Kpdguard: 1 commit[^\r]*\r\u001b\[Kpdguard: interrupted\n/);
  });
});
