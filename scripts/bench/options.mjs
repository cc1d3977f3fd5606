// Command-line options of scripts/bench.mjs: the usage text and parsing into an options object.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail } from './common.mjs';
import { BENCHMARKS } from './benchmarks/index.mjs';

const USAGE = `Usage: node scripts/bench.mjs [options]   (npm run bench -- [options])

  --size-mb N           size of the synthetic source tree (default 500)
  --big-mb N            size of the single big file (default 1024)
  --dense-mb N          size of the generated text that names PagerDuty on every line (default 25)
  --history-commits N   commits in the synthetic git history that history and staged use
                        (default 25000; a quick run: --history-commits 2000 --history-mb 200)
  --history-mb N        MB of blob content in that history, in all (default 3072)
  --runs N              timed runs per command after one warm-up; the best counts (default 3)
  --seed N              seed of the test data generator (default 1)
  --only LIST           run only these benchmarks: tree,dense,big,startup,history,staged
  --tree PATH           also scan this existing directory or file vs ripgrep (repeatable);
                        with --tree or --repo, the generated benchmarks run only if --only names them
  --repo PATH           also scan the full history of this existing repository vs git (repeatable)
  --staged-repo PATH    also time \`pdguard staged\` with one small file staged in a copy of this
                        existing repository vs a bare \`node -e 0\` (repeatable)
  --audit-folder DIR    also audit this folder of clones at once vs its clones one after another
                        (repeatable; every clone's full history, no cache)
  --against DIR         measure the build in DIR (a checkout with dist/ built) beside this one,
                        in the same rounds, on --tree, --repo and --staged-repo material
  -h, --help            show this help

Exit status: 0 when every planted token was found, 1 when one was missed (or history
left out a blob) or a command failed, 2 on a usage error or a missing tool. Missed
performance targets are shown in the table but do not fail the run.`;

export function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'size-mb': { type: 'string', default: '500' },
        'big-mb': { type: 'string', default: '1024' },
        'dense-mb': { type: 'string', default: '25' },
        'history-commits': { type: 'string', default: '25000' },
        'history-mb': { type: 'string', default: '3072' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        only: { type: 'string' },
        tree: { type: 'string', multiple: true },
        repo: { type: 'string', multiple: true },
        'staged-repo': { type: 'string', multiple: true },
        'audit-folder': { type: 'string', multiple: true },
        against: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(`${error.message}\n\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number >= ${min} (got '${values[name]}')`, 2);
    return n;
  };
  const real = { trees: values.tree ?? [], repos: values.repo ?? [], stagedRepos: values['staged-repo'] ?? [], auditFolders: values['audit-folder'] ?? [] };
  for (const path of [...real.trees, ...real.repos, ...real.stagedRepos, ...real.auditFolders]) if (!existsSync(path)) fail(`${path}: no such file or directory`, 2);
  for (const path of real.stagedRepos) if (!existsSync(join(path, '.git'))) fail(`--staged-repo ${path}: not a git work tree`, 2);
  for (const path of real.repos) if (!existsSync(join(path, '.git')) && !existsSync(join(path, 'objects'))) fail(`--repo ${path}: not a git repository`, 2);
  const against = values.against ? resolve(values.against) : null;
  if (against && !existsSync(join(against, 'dist', 'cli.js'))) fail(`--against ${values.against}: no dist/cli.js there (run node scripts/build.mjs in it)`, 2);
  const onlyReal = !values.only && (real.trees.length > 0 || real.repos.length > 0 || real.stagedRepos.length > 0 || real.auditFolders.length > 0);
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : onlyReal ? [] : BENCHMARKS.map((b) => b.name);
  for (const name of only) {
    if (!BENCHMARKS.some((b) => b.name === name)) fail(`--only: unknown benchmark '${name}' (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`, 2);
  }
  return {
    sizeMb: number('size-mb', 1),
    bigMb: number('big-mb', 16),
    denseMb: number('dense-mb', 1),
    historyCommits: number('history-commits', 200),
    historyMb: number('history-mb', 20),
    runs: number('runs', 1),
    seed: number('seed', 0),
    only,
    trees: real.trees.map((p) => resolve(p)),
    repos: real.repos.map((p) => resolve(p)),
    stagedRepos: real.stagedRepos.map((p) => resolve(p)),
    auditFolders: real.auditFolders.map((p) => resolve(p)),
    against,
  };
}
