/**
 * `seloste compare` through the built CLI: in process (`cli`, the CLI's own main), and end to end
 * (`seloste`, a child process) for a workbook written with -o and an unreadable input (exit 2, stderr).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SEED, TIMEOUT, cli, lines, removeDir, seloste, tempDir } from '../cli/run.js';

const opts = { timeout: TIMEOUT };
const ALL = Object.values(SEED);

describe('seloste compare', () => {
  it('csv of the five seeds, exit 0: `;` in Finnish, `,` in English, or --delimiter', opts, async () => {
    const r = await cli(['compare', '-f', 'csv', ...ALL]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toMatch(/^\uFEFFseloste;tiedosto;rekisterinpitäjä;/);
    expect(rows[2]).toMatch(
      /^Seinäjoen Energia Oy 0974008-0;fixtures\/001_50aa7928b2bf8345\.txt;Seinäjoen Energia Oy;0974008-0;6\.10\.2021;;\d+;on;8;0;/,
    );
    const en = await cli(['compare', '-f', 'csv', '--lang', 'en', ...ALL]);
    expect(en.stdout.split('\r\n')[0]).toMatch(/^\uFEFFnotice,file,controller,/);
    const tab = await cli(['compare', '-f', 'csv', '--delimiter', '\\t', SEED['003']]);
    expect(tab.stdout.split('\r\n')[0]).toMatch(/^\uFEFFseloste\ttiedosto\t/);
    const bad = await cli(['compare', '-f', 'csv', '--delimiter', 'ab', SEED['003']]);
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual([expect.stringContaining('--delimiter')]);
  });

  it(
    'xlsx to a file: a workbook with four sheets; the unreadable input listed in it and in csv and html',
    opts,
    async () => {
      const dir = tempDir();
      try {
        const out = join(dir, 'vertailu.xlsx');
        const r = await seloste([
          'compare',
          '-f',
          'xlsx',
          '-o',
          out,
          SEED['001'],
          'fixtures/docs/empty_zero_bytes.pdf',
        ]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(out);
        expect(wb.worksheets).toHaveLength(4);
        const h = wb.worksheets[3];
        expect(h.getCell(h.rowCount, 2).value).toBe('fixtures/docs/empty_zero_bytes.pdf');
        expect(h.getCell(h.rowCount, 4).value).toBe('input/unreadable');
        for (const format of ['csv', 'html', 'table', 'json']) {
          const x = await cli(['compare', '-f', format, SEED['001'], 'fixtures/docs/empty_zero_bytes.pdf']);
          expect(x.code, format).toBe(2);
          expect(x.stdout, format).toContain('fixtures/docs/empty_zero_bytes.pdf');
          expect(x.stdout, format).toContain('tiedosto on tyhjä');
        }
      } finally {
        removeDir(dir);
      }
    },
  );

  it('an unreadable input: reported on one line, the others still compared, exit 2', opts, async () => {
    const r = await seloste(['compare', '-f', 'json', SEED['003'], 'fixtures/docs/empty_zero_bytes.pdf', SEED['004']]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^seloste: fixtures\/docs\/empty_zero_bytes\.pdf: /);
    expect(JSON.parse(r.stdout).notices).toHaveLength(2);
  });
});
