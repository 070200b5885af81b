/**
 * A redline's change list: each replacement (the words deleted and the words inserted in
 * their place, or either alone) paired with a few words of unchanged context on each side,
 * so that "kymmenen (10) → kuusi (6)" reads "…sähkömarkkinalain mukaan [kymmenen (10)]
 * [kuusi (6)] vuotta. Kontaktihistoria…".
 */
import type { Change } from './types.js';

export interface Edit {
  /** unchanged words just before ("" at the start of the section) */
  before: string;
  deleted: string;
  inserted: string;
  /** unchanged words just after */
  after: string;
  /** more unchanged text lies before `before` / after `after` */
  moreBefore: boolean;
  moreAfter: boolean;
  /** indices into the unit's changes of the deletion and insertion (-1 when none) */
  deleteAt: number;
  insertAt: number;
}

export const EDIT_CONTEXT = 5;

export function editsOf(changes: readonly Change[], context = EDIT_CONTEXT): Edit[] {
  const edits: Edit[] = [];
  // only the context's few words (and one more, to tell whether there are more): an
  // unchanged run can be a whole section long
  const take = context > 0 ? context + 1 : Infinity;
  for (let k = 0; k < changes.length; k++) {
    if (changes[k].type === 'equal') continue;
    const start = k;
    while (k + 1 < changes.length && changes[k + 1].type !== 'equal') k++;
    const run = changes.slice(start, k + 1);
    const prev = start > 0 ? lastWords(changes[start - 1].text, take) : [];
    const next = k + 1 < changes.length ? firstWords(changes[k + 1].text, take) : [];
    const del = run.findIndex((c) => c.type === 'delete');
    const ins = run.findIndex((c) => c.type === 'insert');
    edits.push({
      before: prev.slice(-context).join(' '),
      deleted: run
        .filter((c) => c.type === 'delete')
        .map((c) => flat(c.text))
        .join(' '),
      inserted: run
        .filter((c) => c.type === 'insert')
        .map((c) => flat(c.text))
        .join(' '),
      after: next.slice(0, context).join(' '),
      moreBefore: prev.length > context,
      moreAfter: next.length > context,
      deleteAt: del === -1 ? -1 : start + del,
      insertAt: ins === -1 ? -1 : start + ins,
    });
  }
  return edits;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

const isGap = (c: string) => c === ' ' || c === '\n';

/** The first `n` words of a text as splitWords splits it (at runs of spaces and line breaks). */
export function firstWords(text: string, n: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < n) {
    while (i < text.length && isGap(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !isGap(text[i])) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

/** The last `n` words of a text as splitWords splits it, in reading order. */
export function lastWords(text: string, n: number): string[] {
  const out: string[] = [];
  let i = text.length;
  while (out.length < n) {
    while (i > 0 && isGap(text[i - 1])) i--;
    if (i <= 0) break;
    const end = i;
    while (i > 0 && !isGap(text[i - 1])) i--;
    out.push(text.slice(i, end));
  }
  return out.reverse();
}
