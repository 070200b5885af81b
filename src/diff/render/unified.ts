/**
 * `diff --format unified`: a standard unified diff of the two notices' normalised content,
 * one line per heading and per sentence or list item (markup, numbering and reflow gone,
 * so the same notice as PDF and DOCX gives no hunk). Hunks are standard
 * `@@ -a,b +c,d @@`: `a` the first line and `b` the number of lines of the old side in
 * the hunk (context and deleted), `c,d` the same for the new side, counted in these
 * content lines, with three lines of context; the section's name follows the second `@@`
 * as a function name would. Lines are matched as diff matches words (case, hyphens and
 * the punctuation around a word do not count); the bound falls back to one hunk.
 */
import { diffArrays } from 'diff';
import type { DiffResult, TextLine } from '../types.js';
import { idsLabel, type DiffRenderOptions } from './labels.js';

const CONTEXT = 3;

interface Op {
  type: ' ' | '-' | '+';
  line: TextLine;
}

export function renderUnified(result: DiffResult, opts: DiffRenderOptions): string {
  const out: string[] = [`--- ${result.old.file}`, `+++ ${result.new.file}`];
  for (const h of hunks(result.lines.old, result.lines.new)) {
    const label = idsLabel(h.ids, opts);
    out.push(`@@ -${h.a},${h.b} +${h.c},${h.d} @@${label ? ` ${label}` : ''}`);
    for (const op of h.ops) out.push(`${op.type}${op.line.text}`);
  }
  return `${out.join('\n')}\n`;
}

interface Hunk {
  a: number;
  b: number;
  c: number;
  d: number;
  ids: string[];
  ops: Op[];
}

/** The edit script of the two line lists, then hunks of changes with CONTEXT lines around. */
export function hunks(oldLines: TextLine[], newLines: TextLine[]): Hunk[] {
  const parts = diffArrays(
    oldLines.map((l) => l.key),
    newLines.map((l) => l.key),
    { timeout: 800, maxEditLength: Math.max(64, oldLines.length + newLines.length) },
  ) ?? [
    { removed: true, count: oldLines.length, value: [] },
    { added: true, count: newLines.length, value: [] },
  ];
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    for (let k = 0; k < (p.count ?? 0); k++) {
      if (p.removed) ops.push({ type: '-', line: oldLines[i++] });
      else if (p.added) ops.push({ type: '+', line: newLines[j++] });
      else {
        ops.push({ type: ' ', line: newLines[j] });
        i++;
        j++;
      }
    }
  }
  // old and new line number before each op (0-based)
  const at: [number, number][] = [];
  let o = 0;
  let n = 0;
  for (const op of ops) {
    at.push([o, n]);
    if (op.type !== '+') o++;
    if (op.type !== '-') n++;
  }
  const out: Hunk[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].type === ' ') {
      k++;
      continue;
    }
    const start = Math.max(0, k - CONTEXT);
    // extend over changes closer than 2·CONTEXT lines apart
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end].type !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap].type === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) end = gap;
      else break;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, stop);
    const b = slice.filter((x) => x.type !== '+').length;
    const d = slice.filter((x) => x.type !== '-').length;
    const [o0, n0] = at[start];
    const changed = slice.find((x) => x.type !== ' ')!;
    // a side with no lines names the line before the hunk (standard: "-0,0" at the start)
    out.push({ a: b === 0 ? o0 : o0 + 1, b, c: d === 0 ? n0 : n0 + 1, d, ids: changed.line.ids, ops: slice });
    k = stop;
  }
  return out;
}
