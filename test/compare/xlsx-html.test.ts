/**
 * Issue 17, points 2 and 3: the xlsx workbook (opened with a reader, four sheets, frozen
 * headers, filters, colour) and the HTML report for many notices (notices as rows, legend,
 * date and version, finding counts that open to the findings).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_RENDERERS,
  compareNotices,
  loadFactRules,
  type CompareInput,
  type Comparison,
} from '../../src/compare/index.js';
import { renderXlsx } from '../../src/compare/render/xlsx.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { linterWith, noticeOf, SEEDS } from '../helpers/notice.js';

const catalogue = loadCatalogue();
const opts = {
  lang: 'fi' as const,
  color: false,
  sectionLabel: (id: string, l: 'fi' | 'en') => catalogue.byId.get(id)?.[l] ?? id,
  toolVersion: '9.9.9',
  now: new Date('2026-12-01T12:00:00Z'),
};

async function inputsOf(files: string[]): Promise<CompareInput[]> {
  const linter = linterWith();
  return Promise.all(
    files.map(async (f) => {
      const notice = await noticeOf(f);
      return { notice, findings: linter.lint(notice), coverage: linter.coverage(notice) };
    }),
  );
}
const compare = (inputs: CompareInput[], unreadable: { file: string; reason: string }[] = []): Comparison =>
  compareNotices(inputs, { sectionIds: catalogue.sections.map((s) => s.id), factRules: loadFactRules(), unreadable });

describe('compare --format xlsx', () => {
  it('the seeds: four sheets a reader opens, frozen and filtered, numbers as numbers, colour for missing and problems', async () => {
    const c = compare(await inputsOf(Object.values(SEEDS)), [{ file: 'rikki.pdf', reason: 'tiedosto on tyhjä' }]);
    const bytes = await renderXlsx(c, opts);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Osiot', 'Keskeiset tiedot', 'Samankaltaisuus', 'Havainnot']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
    }
    // the matrix: a row per notice and one for the unreadable, with its reason
    const m = wb.getWorksheet('Osiot')!;
    expect(m.rowCount).toBe(7);
    const head = (m.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => head.indexOf(name) + 1;
    expect(m.getCell(3, 1).value).toBe('Seinäjoen Energia Oy 0974008-0');
    expect(m.getCell(3, col('Rekisterinpitäjä: sanat')).value).toBe(8);
    expect(m.getCell(2, col('Rekisterinpitäjä: tila')).value).toBe('puuttuu');
    const fill = (r: number, k: number) =>
      (m.getCell(r, k).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill(2, col('Rekisterinpitäjä: tila'))).toBe('FFFDE2E2');
    expect(fill(2, col('Rekisterinpitäjä: havainnot'))).toBe('FFFFE0B2');
    expect(fill(3, col('Rekisterinpitäjä: tila'))).toBeUndefined();
    expect(m.getCell(7, col('ei luettavissa')).value).toBe('tiedosto on tyhjä');
    // the facts
    const f = wb.getWorksheet('Keskeiset tiedot')!;
    expect(f.getCell(1, 2).value).toBe('Säilytysaika');
    expect(f.getCell(4, 2).value).toBe('10 vuotta');
    const factFill = (r: number, k: number) =>
      (f.getCell(r, k).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(f.getCell(2, 2).value).toBe('epämääräinen');
    expect(factFill(2, 2)).toBe('FFFFE0B2'); // vague retention: a problem
    expect(factFill(4, 2)).toBeUndefined();
    expect(f.getCell(2, 7).value).toBe('ei mainita'); // 000 has no date
    expect(factFill(2, 7)).toBe('FFFDE2E2');
    // the similarity: numbers, 1 on the diagonal
    const s = wb.getWorksheet('Samankaltaisuus')!;
    expect(s.getCell(2, 2).value).toBe(1);
    expect(typeof s.getCell(2, 3).value).toBe('number');
    // the findings: one row per finding, plus the unreadable one
    const h = wb.getWorksheet('Havainnot')!;
    expect((h.getRow(1).values as unknown[]).slice(1)).toEqual([
      'seloste',
      'tiedosto',
      'Osio',
      'sääntö',
      'vakavuus',
      'rivi',
      'viesti',
    ]);
    const total = c.findings.reduce((n, list) => n + list.length, 0);
    expect(total).toBeGreaterThan(20);
    expect(h.rowCount).toBe(1 + total + 1);
    const first = c.findings[1][0];
    const rowOf = (h.getSheetValues() as unknown[][]).findIndex(
      (r) => r?.[1] === 'Seinäjoen Energia Oy 0974008-0' && r?.[7] === first.message,
    );
    expect(rowOf).toBeGreaterThan(1);
    expect(h.getCell(rowOf, 4).value).toBe(first.ruleId);
    expect(h.getCell(h.rowCount, 4).value).toBe('input/unreadable');
  });
});

describe('compare --format html for many notices', () => {
  it('50 notices: notices as rows, sections as numbered columns with their names listed, legend, date, version', async () => {
    const seeds = await inputsOf(Object.values(SEEDS));
    const many = Array.from({ length: 50 }, (_, i) => seeds[i % 5]);
    const h = COMPARE_RENDERERS.html(compare(many, [{ file: '/a/b/rikki.docx', reason: 'salattu' }]), opts);
    const matrix = h.slice(h.indexOf('<h2>Osiot</h2>'), h.indexOf('<h2>Keskeiset tiedot</h2>'));
    const rows = matrix.match(/<tr><th><span class="lbl"/g) ?? [];
    expect(rows).toHaveLength(50);
    expect(matrix).toContain(`<th title="Rekisterinpitäjä">1</th>`);
    expect(matrix).toContain('<li>Rekisterinpitäjä</li>');
    // short labels: the path only as a tooltip
    expect(h).toContain('<span class="lbl" title="');
    expect(h).not.toMatch(/<th>[^<]*\/work\//);
    expect(h).toContain('Selite');
    expect(h).toContain('50 selostetta · Laadittu 2026-12-01 · seloste 9.9.9');
    expect(h).toContain('<li><code>/a/b/rikki.docx</code>: salattu</li>');
    // each finding count opens to the findings
    const details = matrix.match(/<details class="f"><summary[^>]*>(\d+)<\/summary><ul>(.*?)<\/ul><\/details>/g) ?? [];
    expect(details.length).toBeGreaterThan(50);
    // each notice's findings in all, those outside any section too, open from the second column
    const totals = [
      ...matrix.matchAll(/<td class="num total">(?:0|<details class="f"><summary[^>]*>(\d+)<\/summary>)/g),
    ].map((m) => Number(m[1] ?? 0));
    expect(totals).toHaveLength(50);
    expect(totals.slice(0, 5)).toEqual(seeds.map((s) => s.findings.length));
    for (const d of details.slice(0, 20)) {
      const n = Number(/<summary[^>]*>(\d+)/.exec(d)![1]);
      expect((d.match(/<li /g) ?? []).length).toBe(n);
    }
  });

  it('a few notices: notices as columns, English with --lang en', async () => {
    const c = compare(await inputsOf([SEEDS['001'], SEEDS['003']]));
    const h = COMPARE_RENDERERS.html(c, { ...opts, lang: 'en' });
    expect(h).toContain('Legend');
    expect(h).toContain('2 notices · Made 2026-12-01 · seloste 9.9.9');
    expect(h).toMatch(/<tr><th>Section<\/th><th><span class="lbl"[^>]*>Seinäjoen Energia Oy 0974008-0<\/span><\/th>/);
  });
});
