/**
 * `diff --format unified`: a unified-diff view of the normalised content, one
 * sentence per line, one hunk per section that differs. Hunk headers name the
 * section and the 1-based line where it starts in each notice's normalised text
 * (`seloste text`), so the lines are content, not the files' own line breaks.
 */
import type { DiffResult, DiffUnit } from '../types.js';
import { STATUS, TEXT, idsLabel, type DiffRenderOptions } from './labels.js';

const SENTENCE_END = /[.!?;:]["')\]]*$/;

export function renderUnified(result: DiffResult, opts: DiffRenderOptions): string {
  const t = TEXT[opts.lang];
  const out: string[] = [`--- ${result.old.file}`, `+++ ${result.new.file}`];
  for (const u of result.units) {
    if (u.status === 'unchanged') continue;
    const oldAt = u.old ? String(u.old.line) : '0';
    const newAt = u.new ? String(u.new.line) : '0';
    const heading = u.new?.heading ?? u.old?.heading ?? t.noHeading;
    out.push(`@@ -${oldAt} +${newAt} @@ ${STATUS[opts.lang][u.status]}: ${idsLabel(u.ids, opts)} “${heading}”`);
    if (u.status === 'moved') {
      out.push(`# ${u.old!.heading !== u.new!.heading ? `${t.movedFrom} “${u.old!.heading ?? t.noHeading}”` : STATUS[opts.lang].moved}`);
      continue;
    }
    out.push(...hunkLines(u));
  }
  return `${out.join('\n')}\n`;
}

/** Sentences of the unit: unchanged ones with ' ', changed ones as '-' old and '+' new. */
function hunkLines(u: DiffUnit): string[] {
  const lines: string[] = [];
  let oldBuf: string[] = [];
  let newBuf: string[] = [];
  let dirty = false;
  const flush = () => {
    if (dirty) {
      for (const s of splitSentences(oldBuf)) lines.push(`-${s}`);
      for (const s of splitSentences(newBuf)) lines.push(`+${s}`);
    } else if (newBuf.length) lines.push(` ${newBuf.join(' ')}`);
    oldBuf = [];
    newBuf = [];
    dirty = false;
  };
  for (const ch of u.changes) {
    const words = ch.text.split(' ').filter(Boolean);
    for (const w of words) {
      if (ch.type !== 'insert') oldBuf.push(w);
      if (ch.type !== 'delete') newBuf.push(w);
      if (ch.type !== 'equal') dirty = true;
      else if (SENTENCE_END.test(w)) flush();
    }
  }
  if (oldBuf.length || newBuf.length) flush();
  return lines;
}

function splitSentences(words: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const w of words) {
    cur.push(w);
    if (SENTENCE_END.test(w)) {
      out.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}
