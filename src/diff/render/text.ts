/**
 * `diff --format text` (default): first what changed in substance (when the caller linted
 * both notices), then one line per section with its status (a moved one with its places,
 * "4 → 6"), then the changed words in their context, paragraphs and list items kept on
 * their own lines; the summary last, counted as the sections above are listed. With colour
 * deletions are red and struck through, insertions green and underlined; without colour
 * they read [-deleted-] {+inserted+}.
 */
import { Chalk } from 'chalk';
import { oneLine } from '../../util/terminal.js';
import type { Change, DiffResult, DiffUnit, Substance } from '../types.js';
import {
  STATUS,
  TEXT,
  groupFindings,
  idsLabel,
  movedText,
  similarityLabel,
  summaryText,
  type DiffRenderOptions,
} from './labels.js';

/** words of unchanged text shown on each side of a change */
const CONTEXT = 6;

type Paint = InstanceType<typeof Chalk>;

export function renderText(result: DiffResult, opts: DiffRenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const t = TEXT[opts.lang];
  const st = STATUS[opts.lang];
  // File names, headings and words come from the notices: control characters are escaped.
  const out: string[] = [c.bold(`${oneLine(result.old.file)} → ${oneLine(result.new.file)}`), ''];
  if (result.substance) out.push(...substanceLines(result.substance, opts, c), '');
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
    const sim =
      u.status === 'added' || u.status === 'removed' ? '' : `  (${t.similarity} ${similarityLabel(u.similarity)})`;
    const where = u.old && u.new ? `${u.old.line}→${u.new.line}` : String((u.new ?? u.old)!.line);
    const head = `${paint[u.status](st[u.status].padEnd(width))}  ${c.bold(idsLabel(u.ids, opts))}  ${c.dim(`[${where}]`)}  “${heading}”${c.dim(sim)}`;
    out.push(head);
    if (u.status === 'unchanged') continue;
    const notes: string[] = [];
    const moved = movedText(u, opts.lang);
    if (moved) notes.push(`${st.moved}: ${moved}`);
    else if (u.moved && u.status === 'changed') notes.push(t.alsoMoved);
    if (u.old && u.new && u.old.heading !== u.new.heading && (u.status === 'moved' || u.moved))
      notes.push(`${t.movedFrom} “${oneLine(u.old.heading ?? t.noHeading)}”`);
    if (u.granularity !== 'word') notes.push(t.coarse[u.granularity]);
    for (const n of notes) out.push(`    ${c.dim(n)}`);
    if (u.status === 'moved') continue;
    for (const line of renderChanges(u.changes, c).split('\n')) {
      if (line.trim() === '') {
        if (out[out.length - 1] !== '') out.push('');
        continue;
      }
      for (const piece of wrap(line, 100)) out.push(`    ${piece}`);
    }
  }
  out.push('');
  out.push(`${c.bold(`${t.summary}:`)} ${summaryText(result.summary, opts.lang)}`);
  const s = result.summary;
  if (s.added + s.removed + s.changed + s.moved === 0) out.push(t.noDifferences);
  return `${out.join('\n')}\n`;
}

/** "What changed in substance": facts from → to, findings new and resolved. */
export function substanceLines(sub: Substance, opts: DiffRenderOptions, c: Paint): string[] {
  const t = TEXT[opts.lang];
  const out = [c.bold(t.substance)];
  if (sub.facts.length + sub.newFindings.length + sub.resolvedFindings.length === 0)
    return [...out, `  ${t.noSubstance}`];
  for (const f of sub.facts) out.push(`  ${f.name}: ${oneLine(f.from)} → ${oneLine(f.to)}`);
  const list = (title: string, items: Substance['newFindings'], mark: (s: string) => string) => {
    if (items.length === 0) return;
    out.push(`  ${title} (${items.length}):`);
    for (const g of groupFindings(items, opts.lang))
      out.push(`    ${mark(g.ruleId)}  ${oneLine(g.message)}  ${c.dim(g.where)}`);
  };
  list(t.newFindings, sub.newFindings, c.red);
  list(t.resolvedFindings, sub.resolvedFindings, c.green);
  return out;
}

function renderChanges(changes: Change[], c: Paint): string {
  let out = '';
  changes.forEach((raw, k) => {
    const text = raw.text
      .split('\n')
      .map((l) => oneLine(l))
      .join('\n');
    let piece: string;
    if (raw.type === 'delete') piece = mark(text, (s) => (c.level ? c.red.strikethrough(s) : `[-${s}-]`));
    else if (raw.type === 'insert') piece = mark(text, (s) => (c.level ? c.green.underline(s) : `{+${s}+}`));
    else piece = c.dim(context(text, k > 0, k < changes.length - 1));
    out += k === 0 ? piece : `${raw.brk ?? ' '}${piece}`;
  });
  return out;
}

/** Marks each line of a run on its own, so a marker never spans a line break. */
function mark(text: string, f: (s: string) => string): string {
  return text
    .split(/(\n+)/)
    .map((part) => (part.startsWith('\n') || part === '' ? part : f(part)))
    .join('');
}

/** An unchanged run keeps a few words next to the changes and elides the rest. */
function context(text: string, before: boolean, after: boolean): string {
  const tokens = text.split(/([ \n]+)/); // words at even indices, separators at odd
  const words = Math.ceil(tokens.length / 2);
  if (words <= 2 * CONTEXT + 1) return text;
  const head = before ? tokens.slice(0, 2 * CONTEXT - 1).join('') : '';
  const tail = after ? tokens.slice(tokens.length - (2 * CONTEXT - 1)).join('') : '';
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
