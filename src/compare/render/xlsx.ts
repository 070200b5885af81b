/**
 * `compare --format xlsx`: a workbook to hand to a client, written with exceljs (imported
 * only here, and this module only when xlsx is asked for). Four sheets:
 *  - the matrix: one row per notice, per section its status, words and findings
 *    (numbers as numbers); an unreadable notice is a row with its reason;
 *  - the key facts: one row per notice, one column per fact;
 *  - the similarity: notices × notices, 0..1;
 *  - the findings: one row per finding (notice, file, section, rule, severity, line,
 *    message), an unreadable input as an `input/unreadable` row, as lint reports it.
 * Every sheet has a frozen header row and first column and a filter on its header;
 * missing cells are red, empty ones yellow, cells with findings and vague or unclear
 * facts orange.
 */
import type { Comparison } from '../index.js';
import { noticeRows, type Row } from './csv.js';
import { T, factMark, factText, sectionName, type CompareRenderOptions } from './labels.js';

const FILL = {
  missing: 'FFFDE2E2',
  empty: 'FFFFF4D6',
  stated: 'FFE3EEF9',
  problem: 'FFFFE0B2',
  header: 'FFF4F4F4',
};

/** Text cells a spreadsheet would run as a formula are kept as text. */
function safe(v: string | number | null): string | number | null {
  return typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

export async function renderXlsx(c: Comparison, opts: CompareRenderOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const t = T[opts.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = `seloste ${opts.toolVersion ?? ''}`.trim();
  wb.created = opts.now ?? new Date();

  type Sheet = ReturnType<typeof wb.addWorksheet>;
  const sheet = (name: string, header: string[], rows: Row[], widths: number[] = []): Sheet => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    ws.addRow(header);
    for (const r of rows) ws.addRow(r.map(safe));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.header } };
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
    header.forEach((h, i) => {
      ws.getColumn(i + 1).width = widths[i] ?? Math.min(40, Math.max(10, h.length + 2));
    });
    return ws;
  };
  const fill = (ws: Sheet, row: number, col: number, argb: string) => {
    ws.getCell(row, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  };

  // 1. the matrix
  const { header, rows } = noticeRows(c, opts);
  const factCols = c.facts.length;
  const simCols = c.notices.length;
  const matrixHeader = header.slice(0, header.length - factCols - simCols);
  const matrix = sheet(
    t.sheets.matrix,
    matrixHeader,
    rows.map((r) => r.slice(0, matrixHeader.length)),
    [30, 30],
  );
  const first = 8; // first section column (1-based): after label … findings in all
  rows.forEach((_, k) => {
    const r = k + 2;
    if (k >= c.notices.length) {
      fill(matrix, r, 6, FILL.missing);
      return;
    }
    c.sections.forEach((s, j) => {
      const x = s.cells[k];
      const col = first + 3 * j;
      const status = x.status === 'present' ? null : FILL[x.status];
      if (status) for (const d of [0, 1]) fill(matrix, r, col + d, status);
      if (x.findings > 0) fill(matrix, r, col + 2, FILL.problem);
    });
  });

  // 2. the key facts
  const factHeader = [t.notice, ...c.facts.map((f) => t.factNames[f.id])];
  const facts = sheet(
    t.sheets.facts,
    factHeader,
    c.notices.map((n, i) => [n.label, ...c.facts.map((f) => factText(f.id, c.noticeFacts[i], t))]),
    [30, ...c.facts.map(() => 34)],
  );
  c.notices.forEach((_, i) => {
    c.facts.forEach((f, j) => {
      const mark = factMark(f.id, c.noticeFacts[i], t);
      if (mark) fill(facts, i + 2, j + 2, mark === 'missing' ? FILL.missing : FILL.problem);
    });
  });

  // 3. the similarity
  const sim = sheet(
    t.sheets.similarity,
    [t.notice, ...c.notices.map((n) => n.label)],
    c.notices.map((n, i) => [n.label, ...c.similarity[i]]),
    [30],
  );
  c.notices.forEach((_, i) => {
    for (let j = 0; j < c.notices.length; j++) sim.getCell(i + 2, j + 2).numFmt = '0.00';
  });

  // 4. the findings, one row per finding
  const findingRows: Row[] = [];
  c.notices.forEach((n, i) => {
    for (const f of c.findings[i] ?? []) {
      findingRows.push([
        n.label,
        n.file,
        f.section ? sectionName(f.section, opts) : null,
        f.ruleId,
        t.severities[f.severity] ?? f.severity,
        f.line,
        f.message,
      ]);
    }
  });
  for (const u of c.unreadable)
    findingRows.push([
      u.file.split(/[\\/]/).pop() ?? u.file,
      u.file,
      null,
      'input/unreadable',
      t.severities.error,
      null,
      u.reason,
    ]);
  const findings = sheet(
    t.sheets.findings,
    [t.notice, t.file, t.section, t.rule, t.severity, t.line, t.message],
    findingRows,
    [30, 30, 30, 24, 10, 6, 80],
  );
  findingRows.forEach((r, k) => {
    if (r[4] === t.severities.error) fill(findings, k + 2, 5, FILL.missing);
    else if (r[4] === t.severities.warning) fill(findings, k + 2, 5, FILL.problem);
  });

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
