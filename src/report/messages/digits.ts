/**
 * A count with its thousands grouped, byte for byte as `toLocaleString('fi-FI')` and
 * `toLocaleString('en-US')` write it, without ICU: the first toLocaleString of a process
 * sets up ICU's number formats, 15–35 ms here, a tenth of a cold start of `lint`. Finnish
 * groups with a no-break space (U+00A0: "12 345"), English with a comma ("12,345"); both
 * group from 1,000 up. Anything other than a whole count (a fraction, a negative, -0, NaN,
 * past 2^53) is left to toLocaleString, which writes those its own way ("−1 234", "1,5").
 */
const LOCALES = { fi: 'fi-FI', en: 'en-US' } as const;
const SEPARATORS = { fi: '\u00a0', en: ',' } as const;

export function groupedCount(count: number, lang: keyof typeof LOCALES): string {
  if (!Number.isSafeInteger(count) || count < 0 || Object.is(count, -0)) return count.toLocaleString(LOCALES[lang]);
  const digits = String(count);
  if (digits.length <= 3) return digits;
  const sep = SEPARATORS[lang];
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
}
