/**
 * `compare --format csv`: one sheet a consultant opens in a spreadsheet. Columns:
 * row kind, row name, then one column per notice. Rows: the notice labels and files,
 * one row per section, one per fact, then the similarity matrix. UTF-8 with a BOM
 * (so Excel reads ä and ö), CRLF, RFC 4180 quoting, and cells that a spreadsheet would
 * run as a formula (= + - @) are prefixed with an apostrophe.
 */
import type { Comparison } from '../index.js';
import { T, cellText, factText, sectionName, type CompareRenderOptions } from './labels.js';

export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(c: Comparison, opts: CompareRenderOptions): string {
  const t = T[opts.lang];
  const rows: (string | number)[][] = [];
  rows.push([t.kind, t.notice, ...c.notices.map((n) => n.label)]);
  rows.push([t.file, '', ...c.notices.map((n) => n.file)]);
  for (const s of c.sections) rows.push([t.section, sectionName(s.id, opts), ...s.cells.map((x) => cellText(x, t))]);
  for (const f of c.facts) rows.push([t.fact, t.factNames[f.id], ...c.noticeFacts.map((nf) => factText(f.id, nf, t))]);
  c.similarity.forEach((row, i) => rows.push([t.similarity, c.notices[i].label, ...row.map((x) => x.toFixed(2))]));
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
