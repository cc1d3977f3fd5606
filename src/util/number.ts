/**
 * Numbers as the reports write them (`12,345`, `1,234.50`): the same text as
 * `toLocaleString('en-US')`, without it. The first locale-aware call loads ICU's data, about 20 ms
 * of every run's start-up, more than the pre-commit hook's whole scan of a staged file.
 */

/** An integer with thousands separators; anything else as `toLocaleString('en-US')` writes it (never on a hot path). */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = Math.abs(n).toString();
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/**
 * A non-negative number with exactly two decimals and thousands separators. Rounded as ICU rounds:
 * half up on the shortest decimal that names the number (`1.005` is `1.01`, where `toFixed` says `1.00`).
 */
export function grouped2(n: number): string {
  const shortest = String(n);
  const parts = /^(\d+)(?:\.(\d+))?$/.exec(shortest);
  if (!parts) return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fraction = parts[2] ?? '';
  const hundredths = BigInt(`${parts[1]}${fraction.slice(0, 2).padEnd(2, '0')}`) + (fraction[2] !== undefined && fraction[2] >= '5' ? 1n : 0n);
  const whole = hundredths / 100n;
  return `${whole.toString().replace(/\B(?=(\d{3})+$)/g, ',')}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}
