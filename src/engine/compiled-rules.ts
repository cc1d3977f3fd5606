/**
 * The rules ready to match: the rules themselves and the one keyword prefilter built from all of
 * them. Built once per scan (and once per worker thread); matching itself is stream.ts's job.
 */
import type { Rule } from '../types.js';
import { Prefilter } from './prefilter.js';

export class CompiledRules {
  readonly prefilter: Prefilter;
  constructor(readonly rules: readonly Rule[]) {
    this.prefilter = new Prefilter(rules);
  }
}
