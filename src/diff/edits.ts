/**
 * A redline's change list: each replacement (the words deleted and the words inserted in
 * their place, or either alone) paired with a few words of unchanged context on each side,
 * so that "kymmenen (10) → kuusi (6)" reads "…sähkömarkkinalain mukaan [kymmenen (10)]
 * [kuusi (6)] vuotta. Kontaktihistoria…".
 */
import { splitWords } from '../segment/words.js';
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
  for (let k = 0; k < changes.length; k++) {
    if (changes[k].type === 'equal') continue;
    const start = k;
    while (k + 1 < changes.length && changes[k + 1].type !== 'equal') k++;
    const run = changes.slice(start, k + 1);
    const prev = start > 0 ? splitWords(changes[start - 1].text) : [];
    const next = k + 1 < changes.length ? splitWords(changes[k + 1].text) : [];
    const del = run.findIndex((c) => c.type === 'delete');
    const ins = run.findIndex((c) => c.type === 'insert');
    edits.push({
      before: prev.slice(-context).join(' '),
      deleted: run.filter((c) => c.type === 'delete').map((c) => flat(c.text)).join(' '),
      inserted: run.filter((c) => c.type === 'insert').map((c) => flat(c.text)).join(' '),
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
