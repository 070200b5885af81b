import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_RENDERERS, compareNotices, loadFactRules, type Comparison } from '../../src/compare/index.js';
import { csvCell } from '../../src/compare/render/csv.js';
import { jaccard, similarityMatrix } from '../../src/compare/similarity.js';
import { wordsOf } from '../../src/segment/words.js';
import { ConfigError } from '../../src/model/errors.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { linterWith, noticeOf, SEEDS } from '../helpers/notice.js';

const catalogue = loadCatalogue();
const opts = {
  lang: 'fi' as const,
  color: false,
  sectionLabel: (id: string, l: 'fi' | 'en') => catalogue.byId.get(id)?.[l] ?? id,
};
const ORDER = ['000', '001', '002', '003', '004'] as const;

async function compareFiles(files: string[], unreadable: { file: string; reason: string }[] = []): Promise<Comparison> {
  const linter = linterWith();
  const inputs = [];
  for (const f of files) {
    const notice = await noticeOf(f);
    inputs.push({ notice, findings: linter.lint(notice) });
  }
  return compareNotices(inputs, {
    sectionIds: loadCatalogue().sections.map((s) => s.id),
    factRules: loadFactRules(),
    unreadable,
  });
}

const seeds = () => compareFiles(ORDER.map((s) => SEEDS[s]));
const cell = (c: Comparison, id: string, i: number) => c.sections.find((s) => s.id === id)!.cells[i];
const fact = <T>(c: Comparison, id: string, i: number) => c.facts.find((f) => f.id === id)!.values[i] as T;

describe('compare on the five seeds', () => {
  it('labels: controller name and business ID, else the file name', async () => {
    const c = await seeds();
    expect(c.notices.map((n) => n.label)).toEqual([
      '000_a454ac08de0ff13f.txt',
      'Seinäjoen Energia Oy 0974008-0',
      '002_4b4a33e3b28bb923.txt',
      'Imatran Seudun Sähkö Oy 0159029-2',
      'Äänekosken Energia Oy 0917763-8',
    ]);
    expect(c.notices[1].date).toBe('6.10.2021');
  });

  it('one row per canonical section: present / empty / missing, words, findings', async () => {
    const c = await seeds();
    expect(c.sections.map((s) => s.id)).toEqual(loadCatalogue().sections.map((s) => s.id));
    expect(c.sections.every((s) => s.cells.length === 5)).toBe(true);
    expect(cell(c, 'controller', 0)).toMatchObject({ status: 'missing', words: 0 });
    expect(cell(c, 'controller', 0).rules).toContain('section/required');
    expect(cell(c, 'controller', 1)).toMatchObject({ status: 'present', words: 8 });
    expect(cell(c, 'consent', 1)).toMatchObject({ status: 'empty', words: 0 });
    expect(cell(c, 'consent', 1).findings).toBeGreaterThanOrEqual(1);
    expect(cell(c, 'rights', 4).status).toBe('present');
    expect(cell(c, 'transfers', 4).status).toBe('present'); // combined heading in 004
  });

  it('key facts side by side', async () => {
    const c = await seeds();
    // issue 17: retention carries criteria and whether anything is said at all
    expect(fact(c, 'retention', 0)).toEqual({ periods: [], criteria: [], vague: true, stated: true });
    expect(fact(c, 'retention', 2)).toEqual({ periods: ['10 vuotta'], criteria: [], vague: false, stated: true });
    expect(fact<{ periods: string[] }>(c, 'retention', 3).periods).toEqual(['kymmenen (10) vuotta', 'yksi (1) vuosi']);
    expect(fact<{ criteria: string[] }>(c, 'retention', 3).criteria).toEqual([
      'asiakassuhteen ajan',
      'sähkömarkkinalain mukaan',
    ]);
    expect(fact(c, 'transfers', 1)).toEqual({ outsideEea: 'no', services: ['Google Analytics', 'Google'] });
    expect(fact<{ outsideEea: string }>(c, 'transfers', 4).outsideEea).toBe('no');
    expect(fact<{ statement: string }>(c, 'profiling', 0).statement).toBe('no');
    expect(fact<{ mentions: string[] }>(c, 'profiling', 4).mentions).toContain('profilointi');
    expect(fact(c, 'cookies', 0)).toEqual({ used: true, tools: ['Matomo'] });
    expect(fact(c, 'contact', 1)).toEqual({ emails: ['tietosuojavastaava@sen.fi', 'irene.mullola@sen.fi'], dpo: true });
    expect(fact<{ emails: string[] }>(c, 'contact', 0).emails).not.toContain('tietosuoja@om.fi');
    expect(fact(c, 'date', 1)).toBe('6.10.2021');
  });

  it('the similarity matrix shows that 000, 001 and 002 share a template', async () => {
    const c = await seeds();
    const m = c.similarity;
    expect(m).toHaveLength(5);
    for (let i = 0; i < 5; i++) {
      expect(m[i][i]).toBe(1);
      for (let j = 0; j < 5; j++) expect(m[i][j]).toBe(m[j][i]);
    }
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ])
      expect(m[i][j]).toBeGreaterThan(0.5);
    for (const [i, j] of [
      [0, 3],
      [1, 4],
      [3, 4],
      [2, 3],
    ])
      expect(m[i][j]).toBeLessThan(0.1);
    expect(c.templates).toEqual([[0, 1, 2]]);
  });

  it("the matrix is the Jaccard index of the notices' word 3-gram sets, to two decimals", async () => {
    const notices = await Promise.all(ORDER.map((s) => noticeOf(SEEDS[s])));
    const keys = notices.map((n) => wordsOf(n.text).map((w) => w.key));
    const sets = keys.map((k) => new Set(k.slice(2).map((_, i) => k.slice(i, i + 3).join(' '))));
    const m = similarityMatrix(keys);
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 5; j++) if (i !== j) expect(m[i][j]).toBe(Math.round(jaccard(sets[i], sets[j]) * 100) / 100);
    expect(similarityMatrix([['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'e'], []])).toEqual([
      [1, 0.33, 0],
      [0.33, 1, 0],
      [0, 0, 1],
    ]);
  });
});

describe('compare renderers', () => {
  it('json: the SPEC §6 shape', async () => {
    const j = JSON.parse(COMPARE_RENDERERS.json(await seeds(), opts));
    expect(j.version).toBe(1);
    expect(Object.keys(j.notices[0])).toEqual(['file', 'label', 'controller', 'businessId', 'date']);
    expect(j.sections[0].cells[0]).toMatchObject({
      status: expect.any(String),
      words: expect.any(Number),
      findings: expect.any(Number),
    });
    expect(j.facts.map((f: { id: string }) => f.id)).toEqual([
      'retention',
      'transfers',
      'profiling',
      'cookies',
      'contact',
      'date',
    ]);
    expect(j.facts.every((f: { values: unknown[] }) => f.values.length === 5)).toBe(true);
    expect(j.similarity).toHaveLength(5);
  });

  it('csv: one row per notice, `;` for Finnish, numbers in their own columns (BOM, CRLF, quoting)', async () => {
    const csv = COMPARE_RENDERERS.csv(await seeds(), opts);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows).toHaveLength(6);
    expect(rows[0].slice(0, 7)).toEqual([
      'seloste',
      'tiedosto',
      'rekisterinpitäjä',
      'y-tunnus',
      'päiväys',
      'ei luettavissa',
      'havainnot yhteensä',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '000_a454ac08de0ff13f.txt',
      'Seinäjoen Energia Oy 0974008-0',
      '002_4b4a33e3b28bb923.txt',
      'Imatran Seudun Sähkö Oy 0159029-2',
      'Äänekosken Energia Oy 0917763-8',
    ]);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const col = (name: string) => rows[0].indexOf(name);
    // numbers are numbers, in their own columns
    expect(rows[1][col('Rekisterinpitäjä: tila')]).toBe('puuttuu');
    expect(rows[1][col('Rekisterinpitäjä: sanat')]).toBe('0');
    expect(rows[1][col('Rekisterinpitäjä: havainnot')]).toBe('1');
    expect(rows[2][col('Rekisterinpitäjä: sanat')]).toBe('8');
    for (const r of rows.slice(1)) expect(r[col('havainnot yhteensä')]).toMatch(/^\d+$/);
    expect(rows.slice(1).map((r) => r[col('Säilytysaika')])).toEqual([
      'epämääräinen',
      'epämääräinen',
      '10 vuotta',
      'kymmenen (10) vuotta; yksi (1) vuosi; asiakassuhteen ajan; sähkömarkkinalain mukaan',
      '10 vuotta',
    ]);
    // similarity with the Finnish decimal comma; 1 on the diagonal
    const sim = rows[0].findIndex((h) => h.startsWith('Samankaltaisuus: '));
    expect(rows[1][sim]).toBe('1');
    expect(rows[1][sim + 1]).toMatch(/^0,\d+$/);
    expect(csvCell('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b', ',')).toBe('a;b');
  });

  it('csv: `,` and a decimal point in English, or the --delimiter given', async () => {
    const c = await seeds();
    const en = parseCsv(COMPARE_RENDERERS.csv(c, { ...opts, lang: 'en' }).slice(1), ',');
    expect(en[0].slice(0, 3)).toEqual(['notice', 'file', 'controller']);
    expect(en.every((r) => r.length === en[0].length)).toBe(true);
    const sim = en[0].findIndex((h) => h.startsWith('Similarity: '));
    expect(en[1][sim + 1]).toMatch(/^0\.\d+$/);
    const tab = COMPARE_RENDERERS.csv(c, { ...opts, delimiter: '\t' });
    expect(parseCsv(tab.slice(1), '\t')[0][1]).toBe('tiedosto');
  });

  it('every format lists an unreadable notice with its reason', async () => {
    const c = await compareFiles([SEEDS['003'], SEEDS['004']], [{ file: 'x/rikki.pdf', reason: 'tiedosto on tyhjä' }]);
    expect(JSON.parse(COMPARE_RENDERERS.json(c, opts)).unreadable).toEqual([
      { file: 'x/rikki.pdf', reason: 'tiedosto on tyhjä' },
    ]);
    const rows = parseCsv(COMPARE_RENDERERS.csv(c, opts).slice(1), ';');
    expect(rows).toHaveLength(4);
    expect(rows[3].slice(0, 2)).toEqual(['rikki.pdf', 'x/rikki.pdf']);
    expect(rows[3][rows[0].indexOf('ei luettavissa')]).toBe('tiedosto on tyhjä');
    expect(COMPARE_RENDERERS.table(c, opts)).toMatch(/x\/rikki\.pdf +tiedosto on tyhjä/);
    expect(COMPARE_RENDERERS.html(c, opts)).toContain('<li><code>x/rikki.pdf</code>: tiedosto on tyhjä</li>');
  });

  it('table: English with --lang en, the template group named', async () => {
    const t = COMPARE_RENDERERS.table(await seeds(), { ...opts, lang: 'en' });
    expect(t).toContain('Shared template: #1, #2, #3');
    expect(t).toContain('Key facts');
    expect(t).not.toMatch(/\u001b\[/);
  });

  it('html: self-contained and every piece of document text escaped', async () => {
    const c = await compareFiles([SEEDS['004'], 'diff/hostile.txt']);
    const h = COMPARE_RENDERERS.html(c, opts);
    expect(h).not.toMatch(/<script|<img|<link|src=|url\(/i);
    expect(h).toContain('D&#39;Angelo Oy 1234567-8');
  });
});

describe('rules/facts.yaml is validated when loaded', () => {
  it('a broken file names the file and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-facts-'));
    const file = join(dir, 'facts.yaml');
    writeFileSync(file, 'version: 1\ncontroller: { companyForms: [], businessId: "x" }\n');
    expect(() => loadFactRules(file)).toThrow(ConfigError);
    expect(() => loadFactRules(file)).toThrow(/facts\.yaml:2: controller\.companyForms: /);
  });
});

function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cur);
      cur = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cur);
      rows.push(row);
      row = [];
      cur = '';
      i++;
    } else cur += ch;
  }
  return rows;
}
