// Checking pdguard's findings (and a diff-based scan's) against the planted tokens, and describing each miss.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { log, MiB, sha256 } from './common.mjs';

/** Compare a pdguard JSON report with the planted tokens: by path, line and secret hash. */
export function checkPlanted(report, planted, dataDir) {
  const found = new Set(report.findings.map((f) => `${f.path}\0${f.line}\0${f.secretHash}`));
  const plantedKeys = new Set();
  const missed = [];
  for (const p of planted) {
    const hash = sha256(p.secret);
    const key = `${p.path}\0${p.line}\0${hash}`;
    plantedKeys.add(key);
    if (found.has(key)) continue;
    const elsewhere = report.findings.find((f) => f.secretHash === hash);
    missed.push({ ...p, elsewhere: elsewhere ? `${elsewhere.path}:${elsewhere.line}` : null, text: lineText(join(dataDir, p.path), p.line, p.secret) });
  }
  const unexpected = report.findings.filter((f) => !plantedKeys.has(`${f.path}\0${f.line}\0${f.secretHash}`));
  return { planted: planted.length, found: planted.length - missed.length, missed, unexpected };
}

/** The text of a line (around the secret when the line is long), to describe a miss exactly. */
function lineText(path, lineNumber, secret) {
  try {
    // Read through the line only: the file may be a gigabyte.
    const fd = openSync(path, 'r');
    const buffer = Buffer.alloc(4 * MiB);
    let line = 1;
    let text = '';
    try {
      for (let position = 0; ; ) {
        const n = readSync(fd, buffer, 0, buffer.length, position);
        if (n === 0) break;
        const chunk = buffer.subarray(0, n).toString('latin1');
        let start = 0;
        for (let nl = chunk.indexOf('\n'); ; nl = chunk.indexOf('\n', start)) {
          if (line === lineNumber) text += chunk.slice(start, nl < 0 ? chunk.length : nl);
          if (nl < 0) break;
          if (line === lineNumber) return trimAround(text, secret);
          line++;
          start = nl + 1;
        }
        position += n;
      }
    } finally {
      closeSync(fd);
    }
    return trimAround(text, secret);
  } catch (error) {
    return `(cannot read: ${error.message})`;
  }
}

function trimAround(text, secret) {
  const at = text.indexOf(secret.replace('+', '%2B')) >= 0 ? text.indexOf(secret.replace('+', '%2B')) : text.indexOf(secret);
  if (text.length <= 300) return JSON.stringify(text);
  const from = Math.max(0, at - 80);
  return `(line of ${text.length} chars, secret at column ${at + 1}) ...${JSON.stringify(text.slice(from, at + secret.length + 80))}...`;
}

export function printCheck(label, check) {
  log(`  ${label}: found ${check.found}/${check.planted} planted tokens`);
  for (const m of check.missed) {
    log(`    MISSED ${m.kind} at ${m.path}:${m.line}${m.elsewhere ? ` (reported at ${m.elsewhere} instead)` : ''}`);
    log(`      ${m.text}`);
  }
  if (check.unexpected.length) {
    log(`  ${check.unexpected.length} finding(s) besides the planted tokens (false positives?):`);
    for (const f of check.unexpected.slice(0, 5)) log(`    ${f.path}:${f.line} ${f.ruleId} ${f.secret}`);
  }
}

/** Compare a history report with the planted tokens: each by secret hash, commit and path. */
export function checkHistoryPlanted(report, planted) {
  const key = (hash, sha, path) => `${hash}\0${sha}\0${path}`;
  const found = new Set(report.findings.map((f) => key(f.secretHash, f.commit?.sha, f.path)));
  const expected = new Set();
  const missed = [];
  for (const p of planted) {
    const hash = sha256(p.secret);
    expected.add(key(hash, p.commit, p.path));
    if (found.has(key(hash, p.commit, p.path))) continue;
    const instead = report.findings.filter((f) => f.secretHash === hash).map((f) => `${f.commit?.sha.slice(0, 12)} ${f.path}:${f.line}`);
    missed.push({ ...p, instead });
  }
  const unexpected = report.findings.filter((f) => !expected.has(key(f.secretHash, f.commit?.sha, f.path)));
  return { planted: planted.length, found: planted.length - missed.length, missed, unexpected };
}

export function printHistoryCheck(check) {
  log(`  pdguard history: found ${check.found}/${check.planted} planted tokens at the right commit and path`);
  for (const m of check.missed) {
    log(`    MISSED ${m.kind}: ${m.commit.slice(0, 12)} ${m.path}${m.instead.length ? ` (reported at ${m.instead.join(', ')} instead)` : ''}`);
  }
  if (check.unexpected.length) {
    log(`  ${check.unexpected.length} finding(s) besides the planted tokens (false positives, or one token reported twice):`);
    for (const f of check.unexpected.slice(0, 8)) log(`    ${f.commit?.sha.slice(0, 12)} ${f.path}:${f.line} ${f.ruleId} ${f.secret}`);
  }
}

/**
 * What the diff-based scan found of the planted tokens, counted as pdguard's is: at the commit
 * that introduced each. Its report gives lines of the `git log -p` stream only, so the stream is
 * read once more (without scanning) to know each line's commit and whether git added it: a match
 * in a hunk header (git's function context) or in a later commit is not the leak found.
 */
export async function checkDiffPlanted(repo, report, planted) {
  const wanted = new Map(); // line number -> secret hashes matched there
  for (const f of report.findings) {
    if (!wanted.has(f.line)) wanted.set(f.line, []);
    wanted.get(f.line).push(f.secretHash);
  }
  const found = new Set(); // hash \0 commit, for matches on added lines
  const anywhere = new Set(report.findings.map((f) => f.secretHash));
  const child = spawn('git', ['log', '-p', '-U0', '--all'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] });
  let commit = '';
  let lineNumber = 0;
  let rest = '';
  const onLine = (line) => {
    lineNumber++;
    if (line.startsWith('commit ')) commit = line.slice(7, 47);
    const hashes = wanted.get(lineNumber);
    if (hashes && line.startsWith('+') && !line.startsWith('+++ ')) for (const h of hashes) found.add(`${h}\0${commit}`);
  };
  for await (const chunk of child.stdout) {
    const text = rest + chunk.toString('latin1');
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      onLine(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest) onLine(rest);
  const missed = planted.filter((p) => !found.has(`${sha256(p.secret)}\0${p.commit}`));
  return { planted: planted.length, found: planted.length - missed.length, missed, elsewhere: missed.filter((p) => anywhere.has(sha256(p.secret))).length };
}
