/**
 * A scanned repository is hostile: nothing its configuration, attributes or hooks name may run,
 * for any command pdguard runs git for. Each repository below is armed with every setting that
 * makes git start a program (fsmonitor, hooks, pagers, external diff and textconv drivers,
 * filters, askpass, ssh, credential helpers, gpg, a transport that runs a shell command, a
 * promisor remote that fetches missing blobs), written directly, through `[include]` and through
 * `[includeIf]`. Each program would create a marker file; after every command the marker folder
 * must still be empty. A control test first shows that plain git does run the traps, so that
 * these tests can fail.
 */
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, REPO_ROOT, runCli } from './helpers/cli.js';
import { runAction } from './helpers/action-run.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, ZERO_SHA, cleanupGit, gitAt, gitEnv, tempDir } from './helpers/git.js';
import { plantIndex } from './helpers/packs.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(9091);
const line = (key: string) => `PAGERDUTY_TOKEN=${key}\n`;

/** Every hook git knows (githooks(5)): each would leave a marker. */
const HOOKS = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit', 'prepare-commit-msg', 'commit-msg',
  'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'pre-receive', 'update', 'proc-receive', 'post-receive',
  'post-update', 'reference-transaction', 'push-to-checkout', 'pre-auto-gc', 'post-rewrite', 'sendemail-validate',
  'fsmonitor-watchman', 'p4-changelist', 'p4-prepare-changelist', 'p4-post-changelist', 'p4-pre-submit', 'post-index-change',
];

type Arming = 'direct' | 'include' | 'includeIf';

interface Hostile {
  repo: TestRepo;
  markers: string;
  /** Marker files created so far. */
  ran(): string[];
  /** The secret committed at the first commit, in a file changed since. */
  key: string;
}

/** The configuration that makes git run a program, each writing `markers/<name>`. */
function trapConfig(markers: string, hooks: string): string {
  const touch = (name: string) => `touch ${markers}/${name}`;
  return [
    '[core]',
    `\tfsmonitor = "${touch('fsmonitor')}; false #"`,
    `\thooksPath = ${hooks}`,
    `\tpager = "${touch('core-pager')}; cat"`,
    `\taskPass = "${touch('askpass')}; true #"`,
    `\tsshCommand = "${touch('ssh')}; false #"`,
    `\talternateRefsCommand = "${touch('alternate-refs')}; true #"`,
    '\tuseReplaceRefs = true',
    '[pager]',
    `\tdiff = "${touch('pager-diff')}; cat"`,
    `\tlog = "${touch('pager-log')}; cat"`,
    `\tshow = "${touch('pager-show')}; cat"`,
    '[diff]',
    `\texternal = "${touch('diff-external')}; true #"`,
    '\trelative = true',
    '[diff "hostile"]',
    `\ttextconv = "${touch('textconv')}; cat"`,
    `\tcommand = "${touch('diff-command')}; true #"`,
    '[filter "hostile"]',
    `\tclean = "${touch('filter-clean')}; cat"`,
    `\tsmudge = "${touch('filter-smudge')}; cat"`,
    `\tprocess = "${touch('filter-process')}; false #"`,
    '[credential]',
    `\thelper = "!${touch('credential')}; true #"`,
    '[gpg]',
    `\tprogram = "${touch('gpg')}; false #"`,
    '[gpg "ssh"]',
    `\tprogram = "${touch('gpg-ssh')}; false #"`,
    '[log]',
    '\tshowSignature = true',
    '[protocol]',
    '\tallow = always',
    '[protocol "ext"]',
    '\tallow = always',
    '[protocol "file"]',
    '\tallow = always',
    // A partial clone whose promisor remote is a shell command: a missing blob would run it.
    '[remote "origin"]',
    `\turl = "ext::sh -c ${touch('ext-transport').replace(/ /g, '% ')}"`,
    '\tfetch = +refs/heads/*:refs/remotes/origin/*',
    '\tpromisor = true',
    `\tuploadpack = "${touch('uploadpack')}; false #"`,
    '[gc]',
    '\tauto = 1',
    '\tautoDetach = false',
    '',
  ].join('\n');
}

/**
 * A repository with two commits (the first one's blob with a secret then deleted from the object
 * store, as a partial clone lacks it), a staged change, a committed `.gitattributes` that selects
 * the hostile filter and diff driver for every file, and the traps armed as `arming` says.
 */
function hostileRepo(arming: Arming): Hostile {
  const repo = TestRepo.init();
  const markers = tempDir('pdguard-markers-');
  const key = fake.restKey();
  repo.commitFiles({ 'old.env': line(key), 'app.txt': 'one\n', '.gitattributes': '* filter=hostile diff=hostile\n' }, 'first');
  const lost = repo.git('rev-parse', 'HEAD:old.env').trim();
  repo.commitFiles({ 'old.env': 'PAGERDUTY_TOKEN=${PD_TOKEN}\n', 'sub/deep.txt': 'deep\n' }, 'second');
  repo.write('app.txt', 'one\ntwo\n').write('new.txt', 'new\n').add();
  // The blob is gone, as in a partial clone: reading it would make git fetch it from the promisor.
  unlinkSync(repo.path(`.git/objects/${lost.slice(0, 2)}/${lost.slice(2)}`));
  gitAt(repo.dir, ['config', 'core.repositoryFormatVersion', '1']);
  gitAt(repo.dir, ['config', 'extensions.partialClone', 'origin']);

  const hooks = tempDir('pdguard-hooks-');
  for (const name of HOOKS) {
    writeFileSync(join(hooks, name), `#!/bin/sh\ntouch ${markers}/hook-${name}\n`);
    chmodSync(join(hooks, name), 0o755);
  }
  mkdirSync(repo.path('.git/hooks'), { recursive: true });
  for (const name of HOOKS) {
    writeFileSync(repo.path(`.git/hooks/${name}`), `#!/bin/sh\ntouch ${markers}/default-hook-${name}\n`);
    chmodSync(repo.path(`.git/hooks/${name}`), 0o755);
  }
  const traps = trapConfig(markers, hooks);
  if (arming === 'direct') appendFileSync(repo.path('.git/config'), traps);
  else {
    const file = join(tempDir('pdguard-include-'), 'hostile.inc');
    writeFileSync(file, traps);
    appendFileSync(repo.path('.git/config'), arming === 'include' ? `[include]\n\tpath = ${file}\n` : `[includeIf "gitdir:/"]\n\tpath = ${file}\n`);
  }
  return { repo, markers, key, ran: () => readdirSync(markers).sort() };
}

function pdguard(h: Hostile, args: string[], input = '', cwd = h.repo.dir): Promise<CliResult> {
  return runCli(args, { cwd, input, env: gitEnv() });
}

describe('the traps are armed: plain git runs them', () => {
  it('fsmonitor, diff drivers, filters, hooks and the ext transport all run under plain git', () => {
    const h = hostileRepo('include');
    const run = (...args: string[]) => h.repo.tryGit(...args);
    run('diff', '--cached', '--quiet');
    expect(h.ran()).toContain('fsmonitor');
    writeFileSync(h.repo.path('app.txt'), 'one\ntwo\nthree\n');
    run('diff', '--', 'app.txt');
    expect(h.ran()).toContain('filter-process');
    // The long-running filter fails (as armed) and stops git: without it, the others run.
    const noProcess = (...args: string[]) => run('-c', 'filter.hostile.process=', ...args);
    noProcess('diff', '--', 'app.txt');
    expect(h.ran()).toContain('diff-command');
    noProcess('diff', '--no-ext-diff', '--', 'app.txt');
    expect(h.ran()).toContain('textconv');
    run('cat-file', '-p', h.repo.git('rev-parse', 'HEAD~1:old.env').trim());
    expect(h.ran()).toContain('ext-transport');
    noProcess('commit', '-q', '-m', 'x');
    expect(h.ran()).toContain('hook-pre-commit');
  });
});

describe.each<Arming>(['direct', 'include', 'includeIf'])('nothing the repository names runs (%s)', (arming) => {
  let h: Hostile;
  beforeAll(() => {
    h = hostileRepo(arming);
  });

  it('scan of the work tree', async () => {
    const result = await pdguard(h, ['scan', '.']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(h.ran()).toEqual([]);
  });

  it('staged, from the top and from a subdirectory (diff.relative=true)', async () => {
    for (const cwd of [h.repo.dir, h.repo.path('sub')]) {
      const result = await pdguard(h, ['staged', '--format', 'json'], '', cwd);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as { scan: { blobsScanned: number } };
      // app.txt (modified) and new.txt: the top-level files, even from sub/ with diff.relative set.
      expect(report.scan.blobsScanned).toBe(2);
    }
    expect(h.ran()).toEqual([]);
  });

  it('history: the missing blob is reported unreadable (exit 2), never fetched', async () => {
    const result = await pdguard(h, ['history', '--format', 'json']);
    expect(result.code).toBe(2);
    // Named by its id (placing it would take a diff of every commit), with how to find where.
    expect(result.stdout).toMatch(/"path": "blob [0-9a-f]{40}"/);
    expect(result.stdout).toMatch(/blob missing.*--find-object=[0-9a-f]{40}/);
    expect(h.ran()).toEqual([]);
  });

  it('audit of its file:// URL: cloning and fetching from it run nothing it names', async () => {
    const clones = tempDir('pdguard-clones-');
    const url = `file://${h.repo.dir}`;
    const result = await pdguard(h, ['audit', url, '--clone-dir', clones, '--format', 'json'], '', tempDir());
    // The blob it lost cannot be sent: listed as not audited (exit 2), never fetched from its promisor.
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as { unaudited: { path: string }[] }).unaudited.map((u) => u.path)).toEqual([url]);
    expect(h.ran()).toEqual([]);
  });

  it('pre-push, as git feeds it', async () => {
    const head = h.repo.head();
    const result = await pdguard(h, ['pre-push', 'origin', 'ext::sh'], `refs/heads/main ${head} refs/heads/main ${ZERO_SHA}\n`);
    expect(result.code).toBe(2); // the same missing blob
    expect(h.ran()).toEqual([]);
  });

  it('install and uninstall, of both hooks', async () => {
    // The repository's own core.hooksPath is where install writes (the trap's hooks: --force).
    for (const hook of ['pre-commit', 'pre-push']) {
      const install = await pdguard(h, ['install', '--force', '--hook', hook]);
      expect(install.code, install.stderr).toBe(0);
      expect(install.stdout).toContain('pdguard-hooks-');
      expect((await pdguard(h, ['uninstall', '--hook', hook])).code).toBe(0);
    }
    expect(h.ran()).toEqual([]);
  });

  it('the Action: the whole history (its fetches included), a pull request, and mode: files', async () => {
    const head = h.repo.head();
    const base = h.repo.rev('HEAD~1');
    const runs = [
      await runAction({ workspace: h.repo.dir, event: 'schedule' }),
      await runAction({
        workspace: h.repo.dir,
        event: 'pull_request',
        payload: { number: 1, pull_request: { number: 1, base: { sha: base }, head: { sha: head } } },
      }),
      await runAction({ workspace: h.repo.dir, event: 'push', inputs: { mode: 'files' } }),
    ];
    for (const run of runs) expect(run.stdout).toContain('pdguard');
    expect(runs[2]!.code).toBe(0);
    expect(h.ran()).toEqual([]);
  });
});

describe('what the repository stores costs bounded time', () => {
  it('4,000 alternates lines naming its own objects, over a large planted pack index, are read once', async () => {
    const repo = TestRepo.init();
    const key = fake.restKey();
    for (let i = 0; i < 5; i++) repo.commitFiles({ [`f${i}.txt`]: `file ${i}\n` }, `c${i}`);
    const sha = repo.commitFiles({ 'app.env': line(key) }, 'a key');
    repo.git('repack', '-a', '-d', '-q');
    const objects = repo.path('.git/objects');
    writeFileSync(join(objects, 'info', 'alternates'), '.\n'.repeat(4000));
    // A planted index of a million made-up ids (28 MB), beside a pack that counts as many: an
    // index git would use, read once; and one with no pack beside it, never read.
    plantIndex(join(objects, 'pack', 'pack-1111111111111111111111111111111111111111.idx'), 1_000_000, { pack: true });
    plantIndex(join(objects, 'pack', 'pack-2222222222222222222222222222222222222222.idx'), 1_000_000);
    const result = await runCli(['history', '--format', 'json', '--show-secrets', '--no-cache'], { cwd: repo.dir, env: gitEnv(), timeoutMs: 50_000 });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { path: string; secret: string; commit: { sha: string } }[] };
    expect(report.findings.map((f) => [f.path, f.secret, f.commit.sha])).toEqual([['app.env', key, sha]]);
  }, 60_000);
});

describe('one door', () => {
  it('no module but src/git/process.ts can start a process', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const spawning = sources(join(REPO_ROOT, 'src')).filter((file) => /['"](?:node:)?child_process['"]/.test(readFileSync(file, 'utf8')));
    expect(spawning.map((f) => f.slice(REPO_ROOT.length + 1))).toEqual(['src/git/process.ts']);
  });
});

describe('what the door cannot neutralise is the user’s own', () => {
  it('GIT_CONFIG_PARAMETERS from the user’s environment is honoured (documented), a repository cannot set it', async () => {
    const h = hostileRepo('direct');
    rmSync(h.repo.path('.git/config'));
    TestRepo.init({ dir: h.repo.dir });
    const marker = join(h.markers, 'user-fsmonitor');
    // The user's own choice: pdguard's door wins over it too, so even this does not run.
    const result = await runCli(['staged'], {
      cwd: h.repo.dir,
      env: { ...gitEnv(), GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.fsmonitor', GIT_CONFIG_VALUE_0: `touch ${marker}; false #` },
    });
    expect(result.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});
