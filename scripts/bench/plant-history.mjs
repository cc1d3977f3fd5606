#!/usr/bin/env node
// A copy of a real repository with three fake PagerDuty credentials planted where incident
// responders meet them, for `npm run bench -- --repo COPY`: a history without findings never pays
// for attribution and exposure, and on git.git that was most of what a planted history cost.
//
//   node scripts/bench/plant-history.mjs SOURCE DEST
//
// SOURCE is copied (cp -a: the pack files and their order are kept, so the copy reads as fast as
// the original) and gets, from three of its own tags or commits:
//   - a REST API key added on a branch, merged into the current branch, then removed there;
//   - an Events API key in YAML on a branch that only a new annotated tag keeps published;
//   - an OAuth token on a branch never merged.
// The credentials are generated (seeded), never real. Nothing of SOURCE runs: hooks are off.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FakeTokens, Rng } from './rng.mjs';

const [source, dest] = process.argv.slice(2).map((p) => p && resolve(p));
if (!source || !dest) {
  console.error('usage: node scripts/bench/plant-history.mjs SOURCE DEST');
  process.exit(2);
}
if (!existsSync(join(source, '.git'))) {
  console.error(`${source}: not a repository with a work tree (.git missing)`);
  process.exit(2);
}
rmSync(dest, { recursive: true, force: true });
cpSync(source, dest, { recursive: true, verbatimSymlinks: true });
rmSync(join(dest, '.git', 'pdguard'), { recursive: true, force: true });

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench Plant', GIT_AUTHOR_EMAIL: 'plant@example.com',
  GIT_COMMITTER_NAME: 'Bench Plant', GIT_COMMITTER_EMAIL: 'plant@example.com',
};
const git = (...args) => {
  const run = spawnSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: dest, env, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`git ${args.join(' ')} failed: ${run.stderr.trim()}`);
    process.exit(1);
  }
  return run.stdout.trim();
};
const write = (path, text) => {
  mkdirSync(join(dest, path, '..'), { recursive: true });
  writeFileSync(join(dest, path), text);
};

const tokens = new FakeTokens(new Rng(4242));
const current = git('symbolic-ref', '--short', 'HEAD');
// Three starting points spread over the history: the oldest, middle and newest quarter.
const commits = git('rev-list', '--first-parent', 'HEAD').split('\n');
const at = (fraction) => commits[Math.floor((commits.length - 1) * fraction)];

git('checkout', '-q', '-b', 'bench/pager-config', at(0.5));
write('config/pagerduty.env', `PAGERDUTY_TOKEN=${tokens.rest()}\n`);
git('add', 'config/pagerduty.env');
git('commit', '-q', '-m', 'add pager config');
git('checkout', '-q', current);
git('merge', '-q', '--no-edit', 'bench/pager-config');
git('rm', '-q', 'config/pagerduty.env');
git('commit', '-q', '-m', 'remove pager config');

git('checkout', '-q', '-b', 'bench/alerting', at(0.75));
write('alerting.yml', `pagerduty:\n  routing_key: ${tokens.events()}\n`);
git('add', 'alerting.yml');
git('commit', '-q', '-m', 'alerting');
git('tag', '-a', 'bench-planted-v1', '-m', 'planted');

git('checkout', '-q', '-b', 'bench/oauth', current);
write('pd.js', `const token = '${tokens.oauth()}';\n`);
git('add', 'pd.js');
git('commit', '-q', '-m', 'wip');
git('checkout', '-q', current);
console.log(`${dest}: 3 credentials planted (branches bench/*, tag bench-planted-v1)`);
