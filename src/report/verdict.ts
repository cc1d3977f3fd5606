/**
 * The one rule every front end's verdict follows (`scan`, `history`, `staged`, `pre-push`, `audit`,
 * `report merge` and the Action), so that no command passes what another fails:
 *
 * 1. What could not be read (or audited) fails: the run is incomplete (exit 2).
 * 2. `--fail-on any` fails on any credential, `--fail-on live` on those verified live (exit 1),
 *    `--fail-on never` on none.
 * 3. `--fail-on live` never passes while a credential has no verdict (exit 2): one the verification
 *    could not check (a deadline, a rate limit, no answer, no network) may be live, and so may one
 *    that was never verified at all (a report made without --verify, given to `report merge`).
 *    A credential that cannot be checked by its kind (never sent, `unknown` without `unchecked`) is
 *    a verdict, not a gap.
 */
import type { Verification } from '../types.js';
import { grouped } from '../util/number.js';

/** When a run exits 1: any finding, findings verified live, or never (an incomplete run still exits 2). */
export type FailOn = 'any' | 'live' | 'never';

export type Verdict =
  | { kind: 'incomplete' }
  | { kind: 'fail'; failing: number }
  /** `unchecked` counts every credential without a verdict; `unverified` those of them never verified at all. */
  | { kind: 'unchecked'; unchecked: number; unverified: number }
  | { kind: 'pass' };

/** `items`: the findings (or an audit's credentials), each with its verification if it was verified. */
export function verdict(items: readonly { verification?: Verification | undefined }[], failOn: FailOn, incomplete: boolean): Verdict {
  if (incomplete) return { kind: 'incomplete' };
  if (failOn === 'never') return { kind: 'pass' };
  const failing = failOn === 'any' ? items.length : items.filter((i) => i.verification?.status === 'live').length;
  if (failing) return { kind: 'fail', failing };
  if (failOn === 'live') {
    const unverified = items.filter((i) => !i.verification).length;
    const unchecked = unverified + items.filter((i) => i.verification?.unchecked).length;
    if (unchecked) return { kind: 'unchecked', unchecked, unverified };
  }
  return { kind: 'pass' };
}

/** Why `--fail-on live` cannot pass: credentials without a verdict may be live (one line, every front end). */
export function uncheckedMessage(unchecked: number, unverified = 0): string {
  const them = (one: string, many: string) => (unchecked === 1 ? one : many);
  const count = grouped;
  if (unverified === unchecked) {
    return `verification incomplete: ${count(unchecked)} unchecked (never verified: a report made without --verify, so ${them('it', 'they')} may be live); audit with --verify, or fail on any finding`;
  }
  const never = unverified ? `${count(unverified)} never verified; ` : '';
  return `verification incomplete: ${count(unchecked)} unchecked (${never}the deadline, a rate limit or no answer from the API left ${them('it', 'them')} without a verdict, so ${them('it', 'they')} may be live); run again later, or fail on any finding`;
}
