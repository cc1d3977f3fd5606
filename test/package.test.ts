/**
 * The npm package as users get it: `npm pack` of the repository (prepack builds the bundle and the
 * type declarations), installed from the tarball into a fresh project with husky 9, the way a user
 * adds pdguard to theirs; then the hook blocks a real `git commit` that adds a credential.
 *
 * It packs a copy of the working tree (node_modules symlinked), never the checkout itself: prepack
 * deletes and rebuilds dist/, which the other tests run and CI compares with the committed bundle.
 * No network and no npm cache: husky is this checkout's own devDependency, packed from node_modules/,
 * @types/node is read where this checkout has it, and every npm command runs --offline against a
 * registry that does not exist, with a cache of its own that starts empty.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';

const fake = new FakeSecrets(5150);
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const STEP_TIMEOUT_MS = 180_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Where every npm command of this file would reach a registry: nowhere (a closed port). */
const NO_REGISTRY = 'http://127.0.0.1:9/';

/** What the tarball may hold: the bundle, its chunks, the types, the patterns, README, LICENSE, package.json. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^patterns\/pagerduty\.yaml$/,
  /^patterns\/schema\.json$/,
  /^dist\/cli\.js$/,
  /^dist\/scan-worker\.js$/,
  /^dist\/audit-worker\.js$/,
  /^dist\/history-worker\.js$/,
  /^dist\/index\.js$/,
  /^dist\/chunks\/[^/]+\.js$/,
  /^dist\/chunks\/yaml\.cjs$/, // the YAML parser, loaded by the CLI on first use (src/util/yaml.ts)
  /^dist\/types\/.+\.d\.ts$/,
];

let work: string; // everything this file creates, removed at the end
let env: Record<string, string>;
let tarball: string;
let huskyTarball: string;
let packed: { files: { path: string; mode: number }[]; bundled?: string[] };
let project: string;
let installOutput: string;

/**
 * A clean environment: nothing an enclosing `npm test` says about this package, no GIT_* from an enclosing
 * hook, no HUSKY=0, no user or system git configuration, and a PATH with no pdguard on it (nor any
 * node_modules/.bin), so that whatever pdguard runs below can only be the one from the tarball.
 */
function cleanEnv(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    // npm's configuration (npm_config_*: registry, cafile, cache...) is kept; what `npm test` says
    // about this checkout is not.
    if (/^(npm_package_|npm_lifecycle_|GIT_|HUSKY)/i.test(name)) continue;
    if (['npm_command', 'npm_execpath', 'npm_node_execpath', 'npm_config_local_prefix', 'INIT_CWD', 'FORCE_COLOR', 'NO_COLOR', 'CI', 'GITHUB_ACTIONS', 'XDG_CONFIG_HOME', 'NODE_OPTIONS'].includes(name)) continue;
    out[name] = value;
  }
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '' && !dir.split(/[\\/]/).includes('node_modules') && !existsSync(join(dir, 'pdguard')));
  const nodeDir = dirname(process.execPath);
  if (!path.includes(nodeDir)) path.unshift(nodeDir);
  const gitConfig = join(root, 'gitconfig');
  writeFileSync(gitConfig, '');
  mkdirSync(join(root, 'xdg'));
  return {
    ...out,
    PATH: path.join(delimiter),
    NO_COLOR: '1',
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    XDG_CONFIG_HOME: join(root, 'xdg'), // husky sources $XDG_CONFIG_HOME/husky/init.sh
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
    npm_config_offline: 'true',
    npm_config_registry: NO_REGISTRY,
    npm_config_cache: join(root, 'npm-cache'),
  };
}

function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Run {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs and expects success; returns stdout. */
function ok(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): string {
  const result = run(command, args, cwd, extraEnv);
  expect(result.status, `${command} ${args.join(' ')} (in ${cwd})\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** A copy of the working tree as `npm pack` would see it, uncommitted changes included. */
function copyRepo(to: string): void {
  const skip = new Set(['node_modules', '.git', '.bench', 'coverage', 'dist']); // prepack rebuilds dist/
  cpSync(REPO_ROOT, to, {
    recursive: true,
    filter: (source) => {
      const rel = relative(REPO_ROOT, source);
      if (rel === '') return true;
      const top = rel.split(sep)[0]!;
      return !skip.has(top) && !(rel === top && top.endsWith('.tgz'));
    },
  });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

describe('the npm package as users get it', () => {
  beforeAll(() => {
    work = realpathSync(mkdtempSync(join(tmpdir(), 'pdguard-package-')));
    env = cleanEnv(work);

    // npm pack, from a copy: its prepack builds dist/ and dist/types/ there.
    const source = join(work, 'source');
    const out = join(work, 'tarball');
    mkdirSync(out);
    copyRepo(source);
    const pack = ok('npm', ['pack', '--json', '--pack-destination', out], source);
    // Lifecycle scripts may print before the report: prepare's husky says ".git can't be found"
    // (this copy has no .git), without a newline.
    const json = pack.slice(pack.search(/\[\s*\{/));
    const reports = JSON.parse(json) as (typeof packed & { filename: string })[];
    expect(reports).toHaveLength(1);
    packed = reports[0]!;
    tarball = join(out, reports[0]!.filename);
    expect(existsSync(tarball)).toBe(true);

    // husky as this checkout has it (its devDependency, pinned by the lock file), packed the way the
    // registry would serve it: no download at test time.
    const huskyDir = join(REPO_ROOT, 'node_modules', 'husky');
    const huskyVersion = (JSON.parse(readFileSync(join(huskyDir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(huskyVersion).toMatch(/^9\./);
    const huskyPack = JSON.parse(ok('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out, huskyDir], work)) as { filename: string }[];
    huskyTarball = join(out, huskyPack[0]!.filename);
    expect(existsSync(huskyTarball)).toBe(true);

    // A fresh project, installed the ordinary way: no --ignore-scripts, scripts shown as they run.
    project = join(work, 'project');
    mkdirSync(project);
    ok('npm', ['init', '-y'], project);
    ok('git', ['init', '-q', '-b', 'main'], project);
    ok('git', ['config', 'user.email', 'dev@example.com'], project);
    ok('git', ['config', 'user.name', 'Dev'], project);
    ok('git', ['config', 'commit.gpgsign', 'false'], project);
    writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
    const install = run('npm', ['install', '--save-dev', '--foreground-scripts', '--offline', tarball, huskyTarball], project);
    installOutput = `${install.stdout}\n${install.stderr}`;
    expect(install.status, installOutput).toBe(0);
  }, 2 * STEP_TIMEOUT_MS);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the bundle, its chunks, the types, the patterns, README, LICENSE and package.json, and nothing else', () => {
    const paths = packed.files.map((file) => file.path).sort();
    const unexpected = paths.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
    expect(unexpected, `files in the tarball that users do not need:\n${unexpected.join('\n')}`).toEqual([]);
    for (const required of ['package.json', 'README.md', 'LICENSE', 'patterns/pagerduty.yaml', 'patterns/schema.json', 'dist/cli.js', 'dist/scan-worker.js', 'dist/audit-worker.js', 'dist/history-worker.js', 'dist/index.js', 'dist/types/index.d.ts']) {
      expect(paths, `${required} is missing from the tarball`).toContain(required);
    }
    expect(paths.some((path) => path.startsWith('dist/chunks/'))).toBe(true);
    for (const prefix of ['src/', 'test/', 'scripts/', '.ci/', 'dist/action/', 'node_modules/', 'tsconfig', '.bench', 'coverage/', 'action.yml']) {
      expect(paths.filter((path) => path.startsWith(prefix)), prefix).toEqual([]);
    }
    expect(packed.bundled ?? []).toEqual([]);
    // The bin is executable in the tarball, and as installed.
    const cli = packed.files.find((file) => file.path === 'dist/cli.js')!;
    expect(cli.mode & 0o111, `dist/cli.js mode ${cli.mode.toString(8)}`).not.toBe(0);
    const installed = join(project, 'node_modules', 'pdguard', 'dist', 'cli.js');
    expect(statSync(installed).mode & 0o111).not.toBe(0);
    expect(readFileSync(installed, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('installs offline: nothing came from a registry', () => {
    expect(env.npm_config_registry).toBe(NO_REGISTRY);
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string; version?: string } | undefined>;
    };
    const installed = Object.entries(lock.packages).filter(([key]) => key !== '');
    expect(installed.map(([key]) => key).sort()).toEqual(['node_modules/husky', 'node_modules/pdguard']);
    for (const [key, entry] of installed) expect(entry!.resolved, key).toMatch(/^file:/);
  });

  it('installs with no install scripts and no dependencies of its own', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'pdguard', 'package.json'), 'utf8')) as {
      version: string;
      scripts?: Record<string, string>;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      bin?: Record<string, string>;
    };
    expect(manifest.version).toBe(VERSION);
    expect(manifest.bin).toEqual({ pdguard: 'dist/cli.js' });
    for (const script of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[script], script).toBeUndefined();
    // No `prepare` either: npm announces a package's lifecycle scripts to whoever installs it, and
    // pdguard's own hook setup (husky) is a script its contributors run (`npm run setup-hooks`).
    for (const script of ['prepare', 'prepublish']) expect(manifest.scripts?.[script], script).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});

    // npm's own view: the lockfile flags packages with install scripts, and npm query finds them.
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean } | undefined>;
    };
    expect(lock.packages['node_modules/pdguard']).toBeDefined();
    expect(lock.packages['node_modules/pdguard']!.hasInstallScript).toBeUndefined();
    expect(Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/pdguard/'))).toEqual([]);
    const withScripts = JSON.parse(
      ok('npm', ['query', ':attr(scripts, [preinstall]), :attr(scripts, [install]), :attr(scripts, [postinstall])'], project),
    ) as { name: string }[];
    expect(withScripts.map((node) => node.name)).not.toContain('pdguard');
    // --foreground-scripts prints every lifecycle script that ran: none of pdguard's did.
    expect(installOutput).not.toMatch(/pdguard@[^\s]+ (preinstall|install|postinstall|prepare)\b/);
    expect(installOutput).not.toMatch(/^> husky$/m);
    // Nothing to warn about either (npm 11 warns about packages whose install scripts run).
    expect(installOutput).not.toMatch(/npm warn/i);
    expect(existsSync(join(project, '.husky'))).toBe(false);
  });

  it('runs with npx: from the project, and straight from the tarball', () => {
    expect(ok('npx', ['--no-install', 'pdguard', '--version'], project).trim()).toBe(VERSION);
    expect(ok('npx', ['--no-install', 'pdguard', 'rules'], project)).toContain('pagerduty-rest-api-key');
    // With nothing installed: npx fetches the package (here, the tarball) into a cache of its own.
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const version = ok('npx', ['--yes', `--package=${tarball}`, '--', 'pdguard', '--version'], elsewhere, {
      npm_config_cache: join(work, 'npx-cache'),
    });
    expect(version.trim()).toBe(VERSION);
  }, STEP_TIMEOUT_MS);

  it('with husky 9, `pdguard install` adds the hook and a commit that adds a credential is blocked', () => {
    ok('npx', ['--no-install', 'husky', 'init'], project);
    expect(ok('git', ['config', 'core.hooksPath'], project).trim()).toBe('.husky/_');
    // husky init's hook runs `npm test`, which `npm init -y` made fail: give the project passing tests.
    ok('npm', ['pkg', 'set', 'scripts.test=echo the project tests pass'], project);
    const hookFile = join(project, '.husky', 'pre-commit');
    expect(readFileSync(hookFile, 'utf8')).toContain('npm test');

    const installed = ok('npx', ['--no-install', 'pdguard', 'install'], project);
    expect(installed).toContain(`added pdguard to the husky pre-commit hook: ${hookFile}`);
    const hook = readFileSync(hookFile, 'utf8');
    // pdguard's check comes before the user's `npm test`, which is kept.
    expect(hook.endsWith('# <<< pdguard\nnpm test\n'), hook).toBe(true);
    expect(hook).toContain('pdguard_run staged || exit $?');
    expect(installed).toContain('commit it (git add .husky/pre-commit)');

    // Which pdguard the hook runs: the project's own node_modules/pdguard first, then PATH. The
    // committed hook names no path of this machine (neither this checkout nor the project), so it
    // works for every teammate after npm install. PATH has no pdguard (checked below), so
    // `command -v pdguard` can only find husky's node_modules/.bin.
    const local = hook.indexOf('cli="$top/node_modules/pdguard/dist/cli.js"');
    const onPath = hook.indexOf('command -v pdguard');
    expect(local).toBeGreaterThan(0);
    expect(onPath).toBeGreaterThan(local);
    expect(hook).not.toContain(REPO_ROOT);
    expect(hook).not.toContain(project);
    expect(realpathSync(join(project, 'node_modules', '.bin', 'pdguard'))).toBe(join(project, 'node_modules', 'pdguard', 'dist', 'cli.js'));
    expect(run('sh', ['-c', 'command -v pdguard'], work).status).not.toBe(0);

    // A clean first commit passes through the hook.
    ok('git', ['add', '-A'], project);
    const first = run('git', ['commit', '-m', 'Set up the project'], project);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout + first.stderr).toContain('the project tests pass');
    expect(first.stdout + first.stderr).toContain('No PagerDuty credentials found');
    const head = ok('git', ['rev-parse', 'HEAD'], project).trim();

    // A commit that adds a REST API key is blocked, and nothing is committed.
    const key = fake.restKey();
    writeFileSync(join(project, '.env'), `PAGERDUTY_TOKEN=${key}\n`);
    ok('git', ['add', '.env'], project);
    const leak = run('git', ['commit', '-m', 'Add the environment'], project);
    const leakOutput = leak.stdout + leak.stderr;
    expect(leak.status, leakOutput).not.toBe(0);
    expect(leakOutput).toContain('pdguard: commit blocked');
    expect(leakOutput).toContain('pagerduty-rest-api-key');
    expect(leakOutput).toContain('.env');
    expect(leakOutput).not.toContain(key); // redacted
    expect(leakOutput).toContain('husky - pre-commit script failed');
    expect(ok('git', ['rev-parse', 'HEAD'], project).trim()).toBe(head);

    // Unstage it, commit something clean: that goes through.
    ok('git', ['rm', '-q', '--cached', '.env'], project);
    writeFileSync(join(project, 'README.md'), '# a project\n\nIts PagerDuty key lives in the secret store.\n');
    ok('git', ['add', 'README.md'], project);
    const clean = run('git', ['commit', '-m', 'Add a README'], project);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(ok('git', ['rev-parse', 'HEAD~1'], project).trim()).toBe(head);
    expect(ok('git', ['show', '--name-only', '--format=', 'HEAD'], project).trim()).toBe('README.md');
  }, 2 * STEP_TIMEOUT_MS);

  it('serves the library entry to programs, with types that TypeScript resolves', () => {
    const dir = join(project, 'lib-check');
    mkdirSync(dir);
    writeFileSync(join(dir, 'app.env'), `PAGERDUTY_TOKEN=${fake.restKey()}\n`);
    const program = [
      "import { scan, loadPatterns, version } from 'pdguard';",
      "const result = await scan({ paths: ['lib-check'], cwd: process.cwd() });",
      'console.log(JSON.stringify({ version: version(), rules: loadPatterns().length, found: result.findings.map((f) => [f.ruleId, f.path]) }));',
    ].join('\n');
    const output = JSON.parse(ok(process.execPath, ['--input-type=module', '-e', program], project)) as {
      version: string;
      rules: number;
      found: [string, string][];
    };
    expect(output.version).toBe(VERSION);
    expect(output.rules).toBeGreaterThan(0);
    expect(output.found).toEqual([['pagerduty-rest-api-key', 'app.env']]);

    // The types, as a strict TypeScript project on Node sees them (types through `exports`, with
    // the declarations themselves checked: skipLibCheck off). This checkout's TypeScript 5 compiles
    // it and this checkout's @types/node serves `types: ['node']`, which saves downloading them;
    // module resolution of 'pdguard' starts from the project's own file.
    writeFileSync(
      join(dir, 'consumer.mts'),
      [
        "import { scan, loadPatterns, version, type ScanResult, type Finding } from 'pdguard';",
        'const rules = loadPatterns();',
        "const result: ScanResult = await scan({ paths: ['.'], rules });",
        'const first: Finding | undefined = result.findings[0];',
        'const label: string = `${version()} ${rules.length} ${first?.ruleId ?? "none"}`;',
        'console.log(label);',
        '// @ts-expect-error: scan takes options, not a string',
        "await scan('.');",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
        },
        files: ['consumer.mts'],
      }),
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const listed = ok(process.execPath, [tsc, '-p', dir, '--listFiles'], project);
    expect(listed).toContain(join(project, 'node_modules', 'pdguard', 'dist', 'types', 'index.d.ts'));
  }, STEP_TIMEOUT_MS);
});
