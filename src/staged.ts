/**
 * `staged`: what the next commit will contain. Each staged file is scanned whole, from the index
 * (not the working tree), so that context such as a YAML parent key is seen; only findings on
 * lines the commit adds are reported. Works before the first commit.
 */
import { type Config, findConfig } from './config.js';
import { Engine } from './engine/stream.js';
import { InputError } from './errors.js';
import { compareFindings, type RawFinding, toFindings } from './findings.js';
import { BlobReader } from './git/catfile.js';
import { addedLines, stagedFiles } from './git/diff.js';
import { resolve } from 'node:path';
import { openRepo } from './git/repo.js';
import type { GitScanOptions } from './history.js';
import { loadPatterns } from './patterns/load.js';
import { globMatcher } from './sources/walk.js';
import { scanningSink } from './sources/read.js';
import { applySuppressions } from './suppress/suppress.js';
import type { ScanResult, SkippedPath } from './types.js';

const GITLINK = '160000';
const SYMLINK = '120000';

export async function scanStaged(options: GitScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const dir = resolve(options.repo ?? '.');
  // A hook is waiting: ask git everything at once (it answers from any directory of the work
  // tree, with paths from its top), and only then look at what came back.
  const repoAsked = openRepo(dir);
  const diffsAsked = Promise.all([stagedFiles(dir), addedLines(dir)]);
  diffsAsked.catch(() => {}); // outside a repository, openRepo's error is the one to report
  const repo = await repoAsked;
  if (repo.bare) throw new InputError(`${options.repo ?? '.'}: a bare repository has no index to scan`);
  const [staged, lines] = await diffsAsked;
  const rules = options.rules ?? loadPatterns();
  const config: Config = options.config ?? findConfig(repo.dir, options.configFile);
  const excluded = globMatcher([...(options.exclude ?? []), ...config.exclude]);
  const included = options.include?.length ? globMatcher(options.include) : () => true;
  const engine = new Engine(rules);
  const files = staged.filter((f) => f.newMode !== GITLINK && f.newMode !== SYMLINK && !excluded(f.path) && included(f.path));

  const raw: RawFinding[] = [];
  const skipped: SkippedPath[] = [];
  let bytes = 0;
  let incomplete = false;
  if (files.length) {
    const reader = new BlobReader(repo.dir);
    for (const file of files) {
      const ranges = file.status.startsWith('A') ? null : lines.get(file.path) ?? [];
      const more = reader.request(file.newBlob, {
        ...scanningSink(engine, (outcome, size) => {
          bytes += size;
          if (outcome.kind === 'skipped') {
            skipped.push({ path: file.path, reason: outcome.reason });
            return;
          }
          const isAdded = (line: number) => ranges === null || ranges.some(([a, b]) => line >= a && line <= b);
          for (const f of toFindings(outcome.matches.filter((m) => isAdded(m.line)), file.path)) raw.push(f);
        }),
        missing: () => {
          skipped.push({ path: file.path, reason: 'unreadable: staged blob missing' });
          incomplete = true;
        },
      });
      if (!more) await reader.drained();
    }
    await reader.close();
  }

  const { findings, suppressed } = applySuppressions(raw, { config, baseline: options.baseline ?? null });
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return {
    scan: {
      mode: 'staged',
      root: options.repo ?? '.',
      bytesScanned: bytes,
      filesScanned: files.length - skipped.length,
      commitsScanned: 0,
      blobsScanned: files.length,
      skipped,
      durationMs: Math.round(performance.now() - started),
    },
    findings,
    suppressed,
    incomplete,
    rules,
  };
}
