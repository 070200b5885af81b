/** A Finnish business ID (Y-tunnus, 1234567-8) whose check digit does not add up. */
import type { CodeCheck } from '../kinds/code.js';

const Y_TUNNUS = /(?<![\d-])(\d{6,7})-(\d)(?![\d-])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit of the seven digits, or null when no digit can be valid (remainder 1). */
export function businessIdCheckDigit(digits: string): number | null {
  const seven = digits.padStart(7, '0');
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(seven[i]), 0);
  const r = sum % 11;
  if (r === 1) return null;
  return r === 0 ? 0 : 11 - r;
}

export const businessId: CodeCheck = () => (view, report) => {
  for (const m of view.text.matchAll(Y_TUNNUS)) {
    const expected = businessIdCheckDigit(m[1]);
    if (expected === Number(m[2])) continue;
    const start = m.index!;
    report([start, start + m[0].length], {
      suggestion: expected === null ? null : `${m[1].padStart(7, '0')}-${expected}`,
      vars: { match: m[0], expected: expected === null ? '–' : String(expected) },
    });
  }
};
