// Running a command and measuring it: wall time, peak memory (GNU time or /proc high-water, per process), exit status, other CPU load.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchDir, fail, root } from './common.mjs';

export const TIME = '/usr/bin/time';

/** The highest resident set a process reached, from /proc, while it runs (no GNU time). */
function readHighWaterKb(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // gone already
  }
}

/**
 * Run a command to completion: wall time, peak RSS, exit status and (if asked) its standard output.
 * Peak RSS comes from GNU time when installed; otherwise /proc/<pid>/status is polled, which can
 * miss growth in the last few milliseconds before exit.
 */
export function measure(command, args, { cwd = root, captureStdout = false } = {}) {
  const useTime = existsSync(TIME);
  const timeFile = join(benchDir, `.time-${process.pid}`);
  const argv = useTime ? [TIME, '-f', '%M', '-o', timeFile, command, ...args] : [command, ...args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let peakKb = 0;
    const poll = useTime ? null : setInterval(() => (peakKb = Math.max(peakKb, readHighWaterKb(child.pid))), 5);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      if (useTime) {
        // GNU time writes "Command exited with non-zero status N" first when the status is not 0.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        peakKb = Number(lines.at(-1)) || 0;
        rmSync(timeFile, { force: true });
      }
      resolve({
        ms,
        peakRssBytes: peakKb * 1024,
        status: signal ? `signal ${signal}` : status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/**
 * Short commands (start-up figures) timed side by side: after `warmup` rounds, `runs` rounds that
 * each run every command once in turn, so that drift in the machine's load hits them alike; the
 * median of each (and its fastest run). Needs no hyperfine. Every command must exit 0.
 */
export function alternate(commands, { runs = 30, warmup = 3, cwd = root } = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = -warmup; round < runs; round++) {
    for (const [name, argv] of Object.entries(commands)) {
      const started = process.hrtime.bigint();
      const run = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (run.status !== 0) fail(`${argv.join(' ')} exits ${run.status ?? run.signal}:\n${run.stderr}`);
      if (round >= 0) times[name].push(ms);
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, { median: median(xs), min: Math.min(...xs), runs: xs.length }]));
}

/** Exit statuses a scanner may end with on success: pdguard 1 = findings, rg 1 = no match. */
export function checkStatus(what, result, ok = [0, 1]) {
  if (!ok.includes(result.status)) fail(`${what} failed (exit ${result.status}):\n${result.stderr.trim()}`);
}

/** The pids below a process, from /proc/<pid>/task/<tid>/children. */
function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    let tasks;
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        out.push(child);
        stack.push(child);
      }
    }
  }
  return out;
}

/**
 * Run a command (a pipeline: `sh -c`) to completion: wall time, and the peak resident set (VmHWM)
 * of the process and of each process below it, polled from /proc every 20 ms. VmHWM only grows,
 * so a poll misses at most what a process adds in its last 20 ms. `peakTreeBytes` is the most
 * the whole tree held at one poll (the sum of the VmRSS of every process alive then).
 */
export function measureTree(argv, { cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const peaks = new Map(); // pid -> { command, kb }
    const label = (pid) => {
      // "git log", "git cat-file", "node scan": the program and its subcommand, past any -c options.
      try {
        const words = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const program = words[0].split('/').pop();
        let i = 1;
        while (i < words.length && words[i].startsWith('-')) i += words[i] === '-c' ? 2 : 1;
        const sub = words[i]?.endsWith('.js') ? words[i + 1] : words[i];
        return sub && !sub.includes('/') ? `${program} ${sub}` : program;
      } catch {
        return null;
      }
    };
    const memory = (pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
        return { kb: field('VmHWM'), anonKb: field('RssAnon'), nowKb: field('VmRSS') };
      } catch {
        return { kb: 0, anonKb: 0, nowKb: 0 };
      }
    };
    // The most the whole tree held at one poll: processes that run at once count together.
    let treeKb = 0;
    const poll = () => {
      let nowKb = 0;
      for (const pid of [child.pid, ...descendants(child.pid)]) {
        const command = label(pid);
        if (!command) continue;
        const { kb, anonKb, nowKb: rss } = memory(pid);
        nowKb += rss;
        const entry = peaks.get(pid);
        // A child shows its parent's command line and memory until it execs: count from the exec on.
        if (!entry || entry.command !== command) peaks.set(pid, { command, kb, anonKb });
        else {
          entry.kb = Math.max(entry.kb, kb);
          entry.anonKb = Math.max(entry.anonKb, anonKb);
        }
      }
      treeKb = Math.max(treeKb, nowKb);
    };
    const timer = setInterval(poll, 20);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearInterval(timer);
      const self = peaks.get(child.pid) ?? { kb: 0, anonKb: 0 };
      peaks.delete(child.pid);
      resolve({
        ms,
        status: signal ? `signal ${signal}` : status,
        stderr: Buffer.concat(stderr).toString('utf8'),
        peakRssBytes: self.kb * 1024,
        peakAnonBytes: self.anonKb * 1024,
        peakTreeBytes: treeKb * 1024,
        // git's RSS is mostly the pack files it maps (page cache, shared), hence the anonymous part apart.
        children: [...peaks.values()].filter((p) => p.kb > 0).map((p) => ({ command: p.command, peakRssMb: p.kb / 1024, peakAnonMb: p.anonKb / 1024 })),
      });
    });
  });
}

/**
 * How much CPU other processes used while a benchmark ran: all the machine's busy time (from
 * /proc/stat) less this script's and its waited-for children's (from /proc/self/stat), in CPUs.
 * Ratios hold on a slower machine, not on a busy one: pipelines (pdguard and git) lose a core.
 */
export function cpuMeter() {
  const sample = () => {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const [utime, stime, cutime, cstime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal, ours: utime + stime + cutime + cstime };
  };
  let start;
  try {
    start = sample();
  } catch {
    return () => null; // no /proc
  }
  return () => {
    const end = sample();
    // /proc/stat counts per CPU, /proc/self/stat per process: both in clock ticks.
    const elapsed = (end.total - start.total) / cpus().length;
    return elapsed > 0 ? Math.max(0, (end.busy - start.busy - (end.ours - start.ours)) / elapsed) : 0;
  };
}

/**
 * Forget the history cache pdguard keeps in a repository's git directory, so that every measured
 * `history` run is a first run (with the cache, a second run only re-checks what is new). Builds
 * older than the cache simply have none to forget.
 */
export function forgetHistoryCache(repo) {
  const gitDir = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  if (gitDir) rmSync(join(gitDir, 'pdguard'), { recursive: true, force: true });
}
