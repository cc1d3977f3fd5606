/**
 * Content a change can bring to hide a token from the reading, not from the rules: encodings
 * pdguard has to decode (UTF-32, UTF-16 without a byte-order mark), a byte-order mark that lies,
 * one NUL byte that makes text look binary, and classic Mac OS line ends. Every source reads
 * content through the same code, so each case must come out the same from `scan` (files and
 * standard input), `history`, `staged` and `pre-push`: the same findings at the same places, and
 * the same listed skips.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type JsonReport, makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(2424);

function utf32(text: string, bigEndian: boolean, bom = true): Buffer {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 * points.length);
  points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, 4 * i) : out.writeUInt32LE(p, 4 * i)));
  return out;
}

function utf16(text: string, bigEndian: boolean, bom = true): Buffer {
  const out = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return bigEndian ? out.swap16() : out;
}

interface Case {
  content: Buffer;
  /** Each expected finding: line, column, secret. */
  found: [number, number, string][];
  /** The reason it is listed with (kind binary), if it is. */
  listed?: string;
}

function cases(): Record<string, Case> {
  const t = () => fake.oauthToken();
  const [k1, k2, k3, k4, k5, k6, k7, k8, k9] = [t(), t(), t(), t(), t(), t(), t(), t(), fake.restKey()];
  // Far enough down that a UTF-32 file crosses a 64 KB read before its token.
  const filler = '# settings\n' + 'x = 1\n'.repeat(3000);
  // A byte-order mark followed by plain text, of an even length (so that no UTF-16 unit is cut).
  const lie = `token = ${k5}\n`;
  return {
    'utf32le.txt': { content: utf32(`${filler}token = ${k1}\n`, false), found: [[3002, 9, k1]] },
    'utf32be.txt': { content: utf32(`${filler}token = ${k2}\n`, true), found: [[3002, 9, k2]] },
    'utf16le-no-bom.txt': { content: utf16(`# settings\r\ntoken = ${k3}\r\n`, false, false), found: [[2, 9, k3]] },
    'utf16be-no-bom.txt': { content: utf16(`# settings\r\ntoken = ${k4}\r\n`, true, false), found: [[2, 9, k4]] },
    'lying-bom.txt': { content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lie.length % 2 ? `${lie}\n` : lie)]), found: [[1, 9, k5]] },
    // One NUL byte early: binary by git's rule, yet every token in it, prefixed or in context, is found.
    'nul.txt': {
      content: Buffer.concat([Buffer.from('x\0y\n'), Buffer.from(`token = ${k6}\nPAGERDUTY_TOKEN=${k9}\n`)]),
      found: [
        [2, 9, k6],
        [3, 17, k9],
      ],
      listed: 'binary',
    },
    // A marker on the line before, with lines ended by CR alone: it allows nothing on the next line.
    'cr-only.txt': { content: Buffer.from(`# pdguard:allow\rtoken = ${k7}\r`), found: [[2, 9, k7]] },
    // UTF-32 with units no code point has: what decodes is searched, and the file is listed.
    'bad-utf32.txt': {
      content: Buffer.concat([utf32('# settings\n', false), Buffer.from([0xff, 0xff, 0xff, 0xff]), utf32(`token = ${k8}\n`, false, false)]),
      found: [[2, 10, k8]], // after the U+FFFD the invalid unit became
      listed: 'binary: not valid UTF-32LE',
    },
  };
}

type Where = [string, number, number, string];
const where = (report: JsonReport): Where[] => report.findings.map((f): Where => [f.path, f.line, f.column, f.secret]).sort();
const expectedFindings = (all: Record<string, Case>): Where[] =>
  Object.entries(all)
    .flatMap(([path, c]) => c.found.map(([line, column, secret]): Where => [path, line, column, secret]))
    .sort();
const expectedSkips = (all: Record<string, Case>, name: (path: string) => string = (p) => p) =>
  Object.entries(all)
    .filter(([, c]) => c.listed)
    .map(([path, c]) => ({ path: name(path), kind: 'binary', reason: c.listed! }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));

async function json(args: string[], options: Parameters<typeof runCli>[1]): Promise<JsonReport> {
  const result = await runCli([...args, '--format', 'json', '--show-secrets'], options);
  expect(result.code, result.stderr).toBe(1);
  return JSON.parse(result.stdout) as JsonReport;
}

describe('content that hides a token from the reading, in every source alike', () => {
  const all = cases();
  const files = Object.fromEntries(Object.entries(all).map(([path, c]) => [path, c.content]));

  it('scan: a directory, and each file on standard input', async () => {
    const { result, report } = await scanJson([makeTree(files), '--show-secrets']);
    expect(result.code, result.stderr).toBe(1);
    expect(where(report)).toEqual(expectedFindings(all));
    expect(report.scan.skipped).toEqual(expectedSkips(all));
    expect(report.summary.suppressed).toBe(0);
    const piped = await Promise.all(Object.entries(all).map(([name, c]) => json(['scan', '-', '--stdin-name', name], { input: c.content })));
    Object.entries(all).forEach(([name, c], i) => {
      expect(where(piped[i]!), name).toEqual(expectedFindings({ [name]: c }));
      expect(piped[i]!.scan.skipped, name).toEqual(expectedSkips({ [name]: c }));
    });
  });

  it('history, pre-push and staged', async () => {
    const repo = TestRepo.init();
    const base = repo.commitFiles({ 'README.md': 'hello\n' }, 'base');
    repo.addBareRemote('origin');
    for (const [path, content] of Object.entries(files)) repo.write(path, content);
    repo.add();
    const staged = await json(['staged'], { cwd: repo.dir, env: gitEnv() });
    expect(where(staged)).toEqual(expectedFindings(all));
    expect(staged.scan.skipped).toEqual(expectedSkips(all));

    const head = repo.commit('contents');
    const blob = (path: string) => `blob ${repo.git('rev-parse', `HEAD:${path}`).trim()}`;
    const history = await json(['history'], { cwd: repo.dir, env: gitEnv() });
    expect(where(history)).toEqual(expectedFindings(all));
    expect(history.scan.skipped).toEqual(expectedSkips(all, blob));
    expect(history.summary.suppressed).toBe(0);

    const push = await json(['pre-push', 'origin', repo.url()], { cwd: repo.dir, env: gitEnv(), input: `refs/heads/main ${head} refs/heads/main ${base}\n` });
    expect(where(push)).toEqual(expectedFindings(all));
    expect(push.scan.skipped).toEqual(expectedSkips(all, blob));
  });
});
