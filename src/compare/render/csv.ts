/**
 * `compare --format csv`: one table a consultant sorts and sums in a spreadsheet. One row
 * per notice (an unreadable one too, with its reason); columns: label, file, controller,
 * business ID, date, the reason it could not be read, findings in all, then for each
 * section its status, words and findings (numbers in their own columns), each key fact,
 * and the similarity to each notice.
 *
 * The separator follows the language as spreadsheets there expect it (`;` for Finnish,
 * whose Excel uses the comma as the decimal sign; `,` for English) or `--delimiter`;
 * decimals use the language's sign. UTF-8 with a BOM (so Excel reads ä and ö), CRLF,
 * RFC 4180 quoting, and text cells a spreadsheet would run as a formula (= + - @) are
 * prefixed with an apostrophe.
 */
import { joinChunks } from '../../util/chunks.js';
import type { Comparison } from '../index.js';
import { T, factText, sectionName, type CompareRenderOptions } from './labels.js';

export function csvCell(v: string | number, delimiter = ','): string {
  if (typeof v === 'number') return String(v);
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const special = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter.replace(/[\\^\]-]/g, '\\$&')}]`);
  return special.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The separator of a language's spreadsheets. */
export function defaultDelimiter(lang: 'fi' | 'en'): string {
  return lang === 'fi' ? ';' : ',';
}

/** A table of cells: strings, numbers, or null for an empty cell. */
export type Row = (string | number | null)[];

/** The header and one row per notice (then one per unreadable input): shared by csv and xlsx. */
export function noticeRows(c: Comparison, opts: CompareRenderOptions): { header: string[]; rows: Row[] } {
  const t = T[opts.lang];
  const header = [t.notice, t.file, t.controller, t.businessId, t.date, t.error, t.totalFindings];
  for (const s of c.sections) {
    const name = sectionName(s.id, opts);
    header.push(`${name}: ${t.statusCol}`, `${name}: ${t.wordsCol}`, `${name}: ${t.findingsCol}`);
  }
  for (const f of c.facts) header.push(t.factNames[f.id]);
  for (const n of c.notices) header.push(`${t.similarity}: ${n.label}`);
  const rows: Row[] = c.notices.map((n, i) => {
    const row: Row = [n.label, n.file, n.controller, n.businessId, n.date, null, c.findings[i]?.length ?? 0];
    for (const s of c.sections) {
      const x = s.cells[i];
      row.push(t.status[x.status], x.words, x.findings);
    }
    for (const f of c.facts) row.push(factText(f.id, c.noticeFacts[i], t));
    row.push(...c.similarity[i]);
    return row;
  });
  for (const u of c.unreadable) {
    const row: Row = [u.file.split(/[\\/]/).pop() ?? u.file, u.file, null, null, null, u.reason, null];
    while (row.length < header.length) row.push(null);
    rows.push(row);
  }
  return { header, rows };
}

/** As chunks, one row (CRLF-ended) at a time, the BOM first. */
export function* renderCsvChunks(c: Comparison, opts: CompareRenderOptions): Generator<string> {
  const delimiter = opts.delimiter ?? defaultDelimiter(opts.lang);
  const decimal = opts.lang === 'fi' && delimiter !== ',' ? ',' : '.';
  const { header, rows } = noticeRows(c, opts);
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    // a decimal with the language's sign is text to this writer, a number to the spreadsheet
    if (typeof v === 'number' && !Number.isInteger(v)) return String(v).replace('.', decimal);
    return csvCell(v, delimiter);
  };
  yield '\uFEFF';
  for (const r of [header, ...rows]) yield `${r.map(cell).join(delimiter)}\r\n`;
}

export function renderCsv(c: Comparison, opts: CompareRenderOptions): string {
  return joinChunks(renderCsvChunks(c, opts));
}
