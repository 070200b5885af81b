/** An e-mail address that cannot be delivered to as written (no domain, double dots, a space). */
import type { CodeCheck } from '../kinds/code.js';

// What can stand in an address-like token around an '@' (stops at whitespace and brackets).
const STOP = /[\s<>()[\]{}"',;]/;
const VALID =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9äöåÄÖÅ](?:[A-Za-z0-9äöåÄÖÅ-]*[A-Za-z0-9äöåÄÖÅ])?\.)+[A-Za-z]{2,}$/;

export const email: CodeCheck = () => (view, report) => {
  const text = view.text;
  // Start from each '@' and widen to the token around it: one pass, not a regex tried at every offset.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !STOP.test(text[start - 1]) && text[start - 1] !== ':' && text[start - 1] !== '@') start--;
    let end = at + 1;
    while (end < text.length && !STOP.test(text[end]) && text[end] !== '@') end++;
    if (text[end] === '@') {
      // "info@@yritys.fi": take the whole run of at-signs into the one token
      while (end < text.length && !STOP.test(text[end])) end++;
    }
    const raw = text.slice(start, end).replace(/[.!?:]+$/, ''); // sentence punctuation is not part of it
    if (start === at) continue; // a handle (@seloste) or a lone sign
    if (!VALID.test(raw)) {
      const whole = continued(text, start, end);
      if (whole) {
        at = whole.end;
        continue;
      }
      report([start, start + raw.length], { vars: { match: raw } });
    }
    at = end;
  }
};

/**
 * An address that a narrow column (a PDF table cell) broke before the dot of its last
 * part: `tietosuoja@om` at a line end and `.fi` at the start of the next line. The
 * break is read as a continuation only when the token ends at the line break, the next
 * line starts with `.` and a letter, and the two together are a valid address; anything
 * else (`info@yritys` alone, `info@yritys` + `.,`) is still reported as before.
 */
function continued(text: string, start: number, end: number): { end: number } | null {
  if (text[end] !== '\n' || text[end - 1] === '.') return null;
  let k = end + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (text[k] !== '.' || !/[A-Za-z]/.test(text[k + 1] ?? '')) return null;
  let stop = k;
  while (stop < text.length && !STOP.test(text[stop]) && text[stop] !== '@') stop++;
  const tail = text.slice(k, stop).replace(/[.!?:]+$/, '');
  return VALID.test(text.slice(start, end) + tail) ? { end: k + tail.length } : null;
}
