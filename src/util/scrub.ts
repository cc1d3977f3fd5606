/**
 * Messages pdguard writes about what it read (an unknown key of a .pdguard.yaml, a rule id, a
 * path a configuration names) can quote a value a repository supplies, and that value can be a
 * credential. Every error and warning goes through `scrubSecrets` on its way out (the CLI's stderr,
 * the Action's log and job summary): what looks like a credential is shown redacted, as reports
 * show secrets.
 */
import { shannonEntropy } from '../engine/secret-checks.js';
import { redactSecret } from '../pipeline/redact.js';

/** A prefixed PagerDuty token (also URL-encoded), whatever follows the prefix. */
const PREFIXED = /pd[a-z]{2}(?:\+|%2[bB])_?[A-Za-z0-9_-]{4,}/g;
/** A run of a key's characters long enough to be one (paths are judged a segment at a time). */
const RUN = /[A-Za-z0-9+=_-]{16,256}/g;
/** A commit id: said in full by git messages, never a secret. */
const COMMIT = /^[0-9a-f]{40}$/;

/** How often a run changes from one kind of character to another (`upper`, `lower`, `digit`). */
function switches(run: string, kind: (c: string) => string): number {
  let n = 0;
  for (let i = 1; i < run.length; i++) if (kind(run[i]!) !== kind(run[i - 1]!)) n++;
  return n;
}

/**
 * Random keys switch between upper and lower case, or between letters and digits, all along; names
 * and paths (`pdguard-git-76135W`, `acme-pager-token`) switch a few times at most. Hex of a key's
 * length (an Events key, a classic token) is a key unless it is a commit id.
 */
function looksLikeKey(run: string): boolean {
  if (COMMIT.test(run)) return false;
  if (/^[0-9a-f]{32,}$/.test(run)) return true;
  const letters = run.replace(/[^A-Za-z]/g, '');
  if (!/[0-9]/.test(run) || letters.length < 4) return false;
  const caseSwitches = switches(letters, (c) => (c >= 'a' ? 'lower' : 'upper'));
  const digitSwitches = switches(run.replace(/[^A-Za-z0-9]/g, ''), (c) => (c <= '9' ? 'digit' : 'letter'));
  return (caseSwitches >= 4 || digitSwitches >= 6) && shannonEntropy(run) >= 3.2;
}

export function scrubSecrets(message: string): string {
  return message.replace(PREFIXED, (token) => redactSecret(token)).replace(RUN, (run, at: number, text: string) => {
    // A path's segments are names (a temporary folder's random suffix among them): left as they are.
    const inPath = text[at - 1] === '/' || text[at + run.length] === '/';
    return !inPath && looksLikeKey(run) ? redactSecret(run) : run;
  });
}
