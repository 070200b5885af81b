/**
 * `compare --format table` (default): for the terminal. Notices are columns #1..#n
 * (a legend gives their labels); sections show words, "tyhjä"/"empty" or "—", with the
 * number of findings after "!"; facts are listed per fact, one line per notice; then
 * the similarity matrix and the groups that share a template.
 */
import { Chalk } from 'chalk';
import { joinChunks } from '../../util/chunks.js';
import { oneLine } from '../../util/terminal.js';
import type { Comparison } from '../index.js';
import { T, factText, sectionName, type CompareRenderOptions } from './labels.js';

/** As chunks, one line at a time. */
export function* renderTableChunks(c: Comparison, opts: CompareRenderOptions): Generator<string> {
  const ch = new Chalk({ level: opts.color ? 1 : 0 });
  const t = T[opts.lang];
  const cols = c.notices.map((_, i) => `#${i + 1}`);
  // Labels, file names and facts come from the notices: escaped before any colour is added.
  for (const [i, n] of c.notices.entries())
    yield `${ch.bold(cols[i])}  ${oneLine(n.label)}  ${ch.dim(oneLine(n.file))}\n`;
  for (const u of c.unreadable) yield `${ch.red('✗')}  ${oneLine(u.file)}  ${ch.dim(oneLine(u.reason))}\n`;
  yield '\n';
  const names = c.sections.map((s) => sectionName(s.id, opts));
  const nameWidth = Math.max(t.section.length, ...names.map((n) => n.length));
  const cells = c.sections.map((s) =>
    s.cells.map((x) => {
      const base =
        x.status === 'missing'
          ? '—'
          : x.status === 'empty' || x.status === 'stated'
            ? t.status[x.status]
            : String(x.words);
      return x.findings ? `${base} !${x.findings}` : base;
    }),
  );
  const width = cols.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  yield `${ch.bold(`${t.section.padEnd(nameWidth)}  ${cols.map((h, i) => h.padStart(width[i])).join('  ')}`)}\n`;
  for (const [r, s] of c.sections.entries()) {
    const line = cells[r]
      .map((v, i) => {
        const padded = v.padStart(width[i]);
        const st = s.cells[i].status;
        return st === 'missing' ? ch.red(padded) : st === 'empty' ? ch.yellow(padded) : padded;
      })
      .join('  ');
    yield `${names[r].padEnd(nameWidth)}  ${line}\n`;
  }
  yield `\n${ch.bold(t.facts)}\n`;
  for (const f of c.facts) {
    yield `  ${t.factNames[f.id]}\n`;
    for (const [i, nf] of c.noticeFacts.entries()) yield `    ${cols[i]}: ${oneLine(factText(f.id, nf, t))}\n`;
  }
  yield `\n${ch.bold(t.similarity)}\n`;
  yield `      ${cols.map((h) => h.padStart(5)).join(' ')}\n`;
  for (const [i, row] of c.similarity.entries())
    yield `${cols[i].padEnd(5)} ${row.map((x) => x.toFixed(2).padStart(5)).join(' ')}\n`;
  yield '\n';
  if (c.templates.length === 0) yield `${t.noTemplates}\n`;
  for (const g of c.templates) yield `${t.templates}: ${g.map((i) => cols[i]).join(', ')}\n`;
}

export function renderTable(c: Comparison, opts: CompareRenderOptions): string {
  return joinChunks(renderTableChunks(c, opts));
}
