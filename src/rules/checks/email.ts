/** An e-mail address that cannot be delivered to as written (no domain, double dots, a space). */
import type { CodeCheck } from '../kinds/code.js';

// Anything that looks meant as an address: text around an @ up to whitespace or brackets.
const CANDIDATE = /[^\s@<>()[\]{}"',;:]*@[^\s<>()[\]{}"',;]*/g;
const VALID =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9äöåÄÖÅ](?:[A-Za-z0-9äöåÄÖÅ-]*[A-Za-z0-9äöåÄÖÅ])?\.)+[A-Za-z]{2,}$/;

export const email: CodeCheck = () => (view, report) => {
  for (const m of view.text.matchAll(CANDIDATE)) {
    // Sentence punctuation after an address is not part of it.
    const raw = m[0].replace(/[.!?]+$/, '');
    if (raw === '@' || raw.startsWith('@')) continue; // a handle (@seloste) or a lone sign
    if (VALID.test(raw)) continue;
    const start = m.index!;
    report([start, start + raw.length], { vars: { match: raw } });
  }
};
