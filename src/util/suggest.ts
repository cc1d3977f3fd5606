/** "Did you mean …?" for a mistyped command or option: the closest known name, if one is close. */

/** Edit distance counting a swap of two neighbours as one edit (`scna` is one edit from `scan`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `typed`, when it is close enough to be a typo: at most one edit for
 * short names, two for names of five characters or more. Ties go to the first in `known`.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const limit = typed.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean --format?`, or nothing when no known name is close. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const guess = closest(typed, known);
  return guess ? `; did you mean ${guess}?` : '';
}

/**
 * Options of other secret scanners (gitleaks, TruffleHog, detect-secrets) that people type from
 * habit, with what pdguard calls the same thing. Each answer finishes "unknown option '--x'; …".
 */
const HABITS: Readonly<Record<string, string>> = {
  '--json': 'use --format json',
  '--sarif': 'use --format sarif',
  '--report-format': 'use --format FORMAT (text, json, sarif, github, html, …)',
  '--report-path': 'use --output FILE',
  '--redact': 'secrets are redacted by default (--show-secrets prints them in full)',
  '--exit-code': 'pdguard exits 1 on findings by default (--fail-on never reports without failing)',
  '--only-verified': 'use --fail-on live: fail only on credentials verified live (it turns --verify on)',
  '--results': 'use --fail-on live to fail only on credentials verified live',
  '--no-verification': 'verification is off by default (--verify turns it on)',
  '--no-git': 'pdguard scan reads files as they are; pdguard history reads the git history',
  '--source': 'give the path as an argument: pdguard scan PATH (or history --repo DIR)',
  '--log-opts': 'use --range A..B, --since REV or --branch REF',
  '--verbose': 'use --debug to see what pdguard does',
};

/** What pdguard calls an option another scanner has, or undefined. */
export function habit(option: string): string | undefined {
  return HABITS[option.replace(/=.*$/, '')];
}
