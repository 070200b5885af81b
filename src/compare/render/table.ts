/**
 * `compare --format table` (default): for the terminal. Notices are columns #1..#n
 * (a legend gives their labels); sections show words, "tyhjä"/"empty" or "—", with the
 * number of findings after "!"; facts are listed per fact, one line per notice; then
 * the similarity matrix and the groups that share a template.
 */
import { Chalk } from 'chalk';
import { oneLine } from '../../util/terminal.js';
import type { Comparison } from '../index.js';
import { T, factText, sectionName, type CompareRenderOptions } from './labels.js';

export function renderTable(c: Comparison, opts: CompareRenderOptions): string {
  const ch = new Chalk({ level: opts.color ? 1 : 0 });
  const t = T[opts.lang];
  const out: string[] = [];
  const cols = c.notices.map((_, i) => `#${i + 1}`);
  // Labels, file names and facts come from the notices: escaped before any colour is added.
  c.notices.forEach((n, i) => out.push(`${ch.bold(cols[i])}  ${oneLine(n.label)}  ${ch.dim(oneLine(n.file))}`));
  for (const u of c.unreadable) out.push(`${ch.red('✗')}  ${oneLine(u.file)}  ${ch.dim(oneLine(u.reason))}`);
  out.push('');
  const names = c.sections.map((s) => sectionName(s.id, opts));
  const nameWidth = Math.max(t.section.length, ...names.map((n) => n.length));
  const cells = c.sections.map((s) =>
    s.cells.map((x) => {
      const base = x.status === 'missing' ? '—' : x.status === 'empty' || x.status === 'stated' ? t.status[x.status] : String(x.words);
      return x.findings ? `${base} !${x.findings}` : base;
    }),
  );
  const width = cols.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  out.push(ch.bold(`${t.section.padEnd(nameWidth)}  ${cols.map((h, i) => h.padStart(width[i])).join('  ')}`));
  c.sections.forEach((s, r) => {
    const line = cells[r]
      .map((v, i) => {
        const padded = v.padStart(width[i]);
        const st = s.cells[i].status;
        return st === 'missing' ? ch.red(padded) : st === 'empty' ? ch.yellow(padded) : padded;
      })
      .join('  ');
    out.push(`${names[r].padEnd(nameWidth)}  ${line}`);
  });
  out.push('', ch.bold(t.facts));
  for (const f of c.facts) {
    out.push(`  ${t.factNames[f.id]}`);
    c.noticeFacts.forEach((nf, i) => out.push(`    ${cols[i]}: ${oneLine(factText(f.id, nf, t))}`));
  }
  out.push('', ch.bold(t.similarity));
  out.push(`      ${cols.map((h) => h.padStart(5)).join(' ')}`);
  c.similarity.forEach((row, i) => out.push(`${cols[i].padEnd(5)} ${row.map((x) => x.toFixed(2).padStart(5)).join(' ')}`));
  out.push('');
  if (c.templates.length === 0) out.push(t.noTemplates);
  for (const g of c.templates) out.push(`${t.templates}: ${g.map((i) => cols[i]).join(', ')}`);
  return `${out.join('\n')}\n`;
}
