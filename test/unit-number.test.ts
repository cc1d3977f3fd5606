/** The reports' numbers without ICU: the same text as toLocaleString('en-US'), which costs the hook 20 ms to load. */
import { describe, expect, it } from 'vitest';
import { grouped, grouped2 } from '../src/util/number.js';

const icu = (n: number): string => n.toLocaleString('en-US');
const icu2 = (n: number): string => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('numbers as the reports write them', () => {
  it('groups integers as en-US does, and falls back to it for anything else', () => {
    for (const n of [0, -0, 1, 12, 999, 1000, -1000, 12345, 1234567, 2 ** 53 - 1, 2 ** 53, 1e21, 1.5, -0.25, Number.NaN, Number.POSITIVE_INFINITY]) expect(grouped(n)).toBe(icu(n));
  });

  it('writes two decimals rounded as ICU rounds them (half up on the shortest decimal, not on the binary value)', () => {
    const values = [0, 0.005, 0.015, 1.005, 2.675, 0.995, 9.995, 999.995, 1234.565, 999999.999, 1e-7, 123456789.125, 1e21, 1e25];
    for (let i = 0; i < 5000; i++) values.push(Math.round(i * 7919) / 1000, (i * 104729) / 997, i + 0.005);
    for (const n of values) expect(grouped2(n)).toBe(icu2(n));
  });
});
