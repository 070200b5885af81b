/**
 * `diff --format text` (default): one line per section with its status, then the
 * changed words in their context. With colour deletions are red and struck through,
 * insertions green and underlined; without colour they read [-deleted-] {+inserted+}.
 */
import { Chalk } from 'chalk';
import { oneLine } from '../../model/terminal.js';
import type { Change, DiffResult, DiffUnit } from '../types.js';
import { STATUS, TEXT, idsLabel, similarityLabel, type DiffRenderOptions } from './labels.js';

/** words of unchanged text shown on each side of a change */
const CONTEXT = 6;

export function renderText(result: DiffResult, opts: DiffRenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const t = TEXT[opts.lang];
  const st = STATUS[opts.lang];
  // File names, headings and words come from the notices: control characters are escaped.
  const out: string[] = [c.bold(`${oneLine(result.old.file)} → ${oneLine(result.new.file)}`), ''];
  const width = Math.max(...Object.values(st).map((s) => s.length));
  const paint: Record<DiffUnit['status'], (s: string) => string> = {
    added: c.green,
    removed: c.red,
    changed: c.yellow,
    moved: c.cyan,
    unchanged: c.dim,
  };
  for (const u of result.units) {
    const heading = oneLine(u.new?.heading ?? u.old?.heading ?? t.noHeading);
    const sim = u.status === 'added' || u.status === 'removed' ? '' : `  (${t.similarity} ${similarityLabel(u.similarity)})`;
    const where = u.old && u.new ? `${u.old.line}→${u.new.line}` : String((u.new ?? u.old)!.line);
    const head = `${paint[u.status](st[u.status].padEnd(width))}  ${c.bold(idsLabel(u.ids, opts))}  ${c.dim(`[${where}]`)}  “${heading}”${c.dim(sim)}`;
    out.push(head);
    if (u.status === 'unchanged') continue;
    const notes: string[] = [];
    if (u.moved && u.status === 'changed') notes.push(t.alsoMoved);
    if (u.old && u.new && u.old.heading !== u.new.heading && (u.status === 'moved' || u.moved)) notes.push(`${t.movedFrom} “${oneLine(u.old.heading ?? t.noHeading)}”`);
    if (u.granularity !== 'word') notes.push(t.coarse[u.granularity]);
    for (const n of notes) out.push(`    ${c.dim(n)}`);
    if (u.status === 'moved') continue;
    const body = renderChanges(u.changes, c);
    for (const line of wrap(body, 100)) out.push(`    ${line}`);
  }
  const s = result.summary;
  out.push('');
  out.push(
    `${c.bold(`${t.summary}:`)} ${s.added} ${st.added}, ${s.removed} ${st.removed}, ${s.changed} ${st.changed}, ` +
      `${s.moved} ${st.moved}, ${s.unchanged} ${st.unchanged} (${t.sections}); ` +
      `${s.wordsInserted} ${t.wordsInserted}, ${s.wordsDeleted} ${t.wordsDeleted}`,
  );
  if (s.added + s.removed + s.changed + s.moved === 0) out.push(t.noDifferences);
  return `${out.join('\n')}\n`;
}

function renderChanges(changes: Change[], c: InstanceType<typeof Chalk>): string {
  const parts: string[] = [];
  changes.forEach((raw, k) => {
    const ch = { ...raw, text: oneLine(raw.text) };
    if (ch.type === 'delete') parts.push(c.level ? c.red.strikethrough(ch.text) : `[-${ch.text}-]`);
    else if (ch.type === 'insert') parts.push(c.level ? c.green.underline(ch.text) : `{+${ch.text}+}`);
    else parts.push(c.dim(context(ch.text, k > 0, k < changes.length - 1)));
  });
  return parts.join(' ');
}

/** An unchanged run keeps a few words next to the changes and elides the rest. */
function context(text: string, before: boolean, after: boolean): string {
  const words = text.split(' ');
  if (words.length <= 2 * CONTEXT + 1) return text;
  const head = before ? words.slice(0, CONTEXT).join(' ') : '';
  const tail = after ? words.slice(-CONTEXT).join(' ') : '';
  return [head, '…', tail].filter(Boolean).join(' ');
}

/** Wraps at spaces; ANSI codes are not counted as width. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let visible = 0;
  for (const word of text.split(' ')) {
    const w = word.replace(/\u001b\[[0-9;]*m/g, '').length;
    if (visible > 0 && visible + 1 + w > width) {
      lines.push(line);
      line = word;
      visible = w;
    } else {
      line = line ? `${line} ${word}` : word;
      visible += (visible ? 1 : 0) + w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
