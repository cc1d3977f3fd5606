/**
 * The rules ready to match: the rules themselves and the one keyword prefilter built from all of
 * them. Built once per scan (and once per worker thread); matching itself is stream.ts's job.
 */
import type { Rule } from '../types.js';
import { Prefilter } from './prefilter.js';

export class CompiledRules {
  readonly prefilter: Prefilter;
  /** Every regex that reads a file's path: the rules' `paths` and their `path` evidence. */
  private readonly pathTests: RegExp[];

  constructor(readonly rules: readonly Rule[]) {
    this.prefilter = new Prefilter(rules);
    this.pathTests = rules.flatMap((r) => [...(r.paths ? [r.paths] : []), ...r.patterns.flatMap((p) => [...p.context, ...p.unless].flatMap((c) => (c.path ? [c.path] : [])))]);
  }

  /** The rules whose `paths` the path matches: they run on all of the file, keyword or not. */
  rulesNamedByPath(path: string): Rule[] {
    return this.rules.filter((rule) => rule.paths?.test(path) === true);
  }

  /** Whether the path is evidence for any rule: what history keeps a blob's path for. */
  readsPath(path: string): boolean {
    return this.pathTests.some((test) => test.test(path));
  }
}
