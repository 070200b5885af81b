import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffNotices, type DiffResult } from '../../src/diff/index.js';
import { wordsOf } from '../../src/segment/words.js';
import { fixture, noticeOf, SEEDS } from '../helpers/notice.js';
import { noticeFromText } from './helpers.js';

const RENDERINGS: [keyof typeof SEEDS, string][] = [
  ['000', 'docs/000_tietosuojaseloste_headings.pdf'],
  ['000', 'docs/000_tietosuojaseloste_headings.docx'],
  ['001', 'docs/001_seinajoki_linear_headings.pdf'],
  ['001', 'docs/001_seinajoki_linear_headings.docx'],
  ['001', 'docs/001_seinajoki_table.pdf'],
  ['001', 'docs/001_seinajoki_table.docx'],
  ['001', 'docs/001_seinajoki_table.html'],
  ['002', 'docs/002_asiakasrekisteri_plain.pdf'],
  ['002', 'docs/002_asiakasrekisteri_plain.docx'],
  ['003', 'docs/003_imatra_numbered_headings.pdf'],
  ['003', 'docs/003_imatra_numbered_headings.docx'],
  ['004', 'docs/004_aanekoski_numbered_headings.pdf'],
  ['004', 'docs/004_aanekoski_numbered_headings.docx'],
];

const row = (r: DiffResult, id: string) => {
  const found = r.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no row for ${id}: ${r.sections.map((s) => s.id).join(', ')}`);
  return found;
};
const inserted = (r: DiffResult, id: string) =>
  row(r, id)
    .changes.filter((c) => c.type === 'insert')
    .map((c) => c.text);
const deleted = (r: DiffResult, id: string) =>
  row(r, id)
    .changes.filter((c) => c.type === 'delete')
    .map((c) => c.text);

describe('content normalisation', () => {
  it('ignores numbering, bullets, markup, hyphenation, case and reflow', () => {
    const a = wordsOf(
      '3. Henkilötietojen käsittelyn tarkoitus\n • asiakas-\nsuhteen <p>hoitaminen</p> ja   sähkö- ja kaasu\u00ADsopimukset.',
      true,
    );
    const b = wordsOf('HENKILÖTIETOJEN käsittelyn tarkoitus - asiakassuhteen hoitaminen ja sähkö- ja kaasusopimukset');
    expect(a.map((w) => w.key)).toEqual(b.map((w) => w.key));
  });

  it('keeps a number that is content ("10 vuotta" at a line start)', () => {
    expect(wordsOf('Säilytysaika\n10 vuotta').map((w) => w.text)).toEqual(['Säilytysaika', '10', 'vuotta']);
  });
});

describe('diff: the same notice as TXT, PDF, DOCX and HTML has no differences', () => {
  for (const [seed, rendering] of RENDERINGS) {
    it(`${seed} TXT vs ${rendering}`, async () => {
      const r = diffNotices(await noticeOf(SEEDS[seed]), await noticeOf(rendering));
      const changed = r.sections.filter((s) => s.status !== 'unchanged');
      expect(changed.map((s) => `${s.id}: ${s.status}`)).toEqual([]);
      expect(r.summary.wordsInserted + r.summary.wordsDeleted).toBe(0);
    });
  }
});

describe('diff on the seeds', () => {
  it('000 vs 001 (one company, two sources): mostly unchanged, and the real differences', async () => {
    const r = diffNotices(await noticeOf(SEEDS['000']), await noticeOf(SEEDS['001']));
    const unchangedOrMoved = r.sections.filter((s) => s.status === 'unchanged').length;
    expect(unchangedOrMoved).toBeGreaterThanOrEqual(8);
    // 001 has the date, controller and contact that 000 lacks
    for (const id of ['date', 'controller', 'contact', 'register_name']) expect(row(r, id).status).toBe('added');
    expect(row(r, 'retention').status).toBe('unchanged');
    expect(row(r, 'transfers').status).toBe('unchanged');
    // the analytics service changed: Matomo in 000, Google Analytics in 001
    expect(deleted(r, 'cookies').join(' ')).toContain('Matomo');
    expect(inserted(r, 'cookies').join(' ')).toContain('Google Analytics');
    // 001's typos are real text differences
    expect(inserted(r, 'right_complaint').join(' ')).toContain('vakainainen');
    expect(row(r, 'cookies').similarity).toBeGreaterThan(0.7);
    expect(r.sections.filter((s) => s.status === 'removed')).toEqual([]);
  });

  it('001 vs 002 (two companies, one template): the template is unchanged, their own details are changes', async () => {
    const r = diffNotices(await noticeOf(SEEDS['001']), await noticeOf(SEEDS['002']));
    for (const id of [
      'legitimate_interest',
      'data_categories',
      'transfers',
      'right_portability',
      'right_restriction',
      'other_rights',
    ]) {
      expect(row(r, id).status, id).toBe('unchanged');
    }
    // the placeholder left in 002 where 001 has its address
    expect(deleted(r, 'purpose').join(' ')).toContain('(asiakaspalvelu@sen.fi)');
    expect(inserted(r, 'purpose').join(' ')).toContain('(s-postiosoite)');
    // 002 states a retention period, 001 does not
    expect(row(r, 'retention').status).toBe('changed');
    expect(inserted(r, 'retention').join(' ')).toContain('10 vuotta asiakkuuden päättymisestä lukien');
    // 001's contact person has no counterpart in 002
    expect(row(r, 'contact').status).toBe('removed');
    expect(deleted(r, 'contact').join(' ')).toContain('tietosuojavastaava@sen.fi');
  });

  it('003 vs 004 (two structures): the shared sections are aligned, combined headings included', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf(SEEDS['004']));
    // 004 "Tietojen luovutukset ja … siirto EU:n tai ETA:n ulkopuolelle" meets 003's disclosures
    for (const id of [
      'controller',
      'purpose',
      'data_content',
      'sources',
      'disclosures',
      'transfers',
      'security',
      'retention',
    ]) {
      const s = row(r, id);
      expect(s.status, id).toBe('changed');
      expect(s.oldHeading, id).not.toBeNull();
      expect(s.newHeading, id).not.toBeNull();
    }
    expect(row(r, 'transfers').newHeading).toBe('Tietojen luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle');
    expect(row(r, 'disclosures').oldHeading).toBe('Henkilötietojen säännönmukaiset luovutukset');
    expect(row(r, 'rights').status).toBe('added');
    expect(row(r, 'register_name').status).toBe('removed');
    // each id once
    const ids = r.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('moved sections', () => {
  it('two sections swapped: moved, no content change', async () => {
    const r = diffNotices(await noticeOf(SEEDS['004']), await noticeOf('diff/004_swapped.txt'));
    expect(row(r, 'sources').status).toBe('moved');
    expect(row(r, 'security').status).toBe('moved');
    expect(row(r, 'retention').status).toBe('moved');
    expect(row(r, 'disclosures').status).toBe('unchanged');
    expect(r.summary).toMatchObject({ added: 0, removed: 0, changed: 0, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('the same content under another heading is moved', async () => {
    const old =
      'Rekisterinpitäjä\nEsimerkki Oy\n\nRekisterin tietosisältö\nNimi, osoite, puhelinnumero ja sähköpostiosoite sekä asiakasnumero.\n';
    const now =
      'Rekisterinpitäjä\nEsimerkki Oy\n\nKyseessä olevat henkilötietoryhmät\nNimi, osoite, puhelinnumero ja sähköpostiosoite sekä asiakasnumero.\n';
    const r = diffNotices(await noticeFromText('a.txt', old), await noticeFromText('b.txt', now));
    expect(row(r, 'data_content').status).toBe('moved');
    expect(row(r, 'data_categories').status).toBe('moved');
    expect(row(r, 'data_categories').oldHeading).toBe('Rekisterin tietosisältö');
    expect(row(r, 'controller').status).toBe('unchanged');
  });
});

describe('one known change is reported, and only that', () => {
  it('003 with its retention period changed', async () => {
    const r = diffNotices(await noticeOf(SEEDS['003']), await noticeOf('diff/003_retention_changed.txt'));
    expect(r.sections.filter((s) => s.status !== 'unchanged').map((s) => s.id)).toEqual(['retention']);
    expect(deleted(r, 'retention')).toEqual(['kymmenen (10)']);
    expect(inserted(r, 'retention')).toEqual(['kuusi (6)']);
  });

  const seed002 = readFileSync(fixture(SEEDS['002']), 'utf8').normalize('NFC');
  const edits: [string, string, string, string][] = [
    // [what, from, to, section]
    [
      'a word in a tab-separated table row',
      'Käsittelyn\toikeusperusteena\ton\tsopimus',
      'Käsittelyn\toikeusperusteena\ton\toikeutettu\tetu',
      'legitimate_interest',
    ],
    [
      'a sentence added to the cookies section',
      'Evästeiden\tkäytön\testäminen\tsaattaa\tvaikuttaa\tsivuston\ttoiminnallisuuteen.',
      'Evästeiden\tkäytön\testäminen\tsaattaa\tvaikuttaa\tsivuston\ttoiminnallisuuteen.\tEvästeet\tpoistetaan\tvuoden\tkuluttua.',
      'cookies',
    ],
    [
      'words removed from security',
      'palomuurilla,\tjoka\tsuojaa\tulkopuolelta\ttulevia\tyhteydenottoja\tjärjestelmään.',
      'palomuurilla.',
      'security',
    ],
  ];
  for (const [what, from, to, section] of edits) {
    it(`002 with ${what}`, async () => {
      expect(seed002.split(from).length - 1).toBe(1);
      const r = diffNotices(
        await noticeOf(SEEDS['002']),
        await noticeFromText('002-edited.txt', seed002.replace(from, to)),
      );
      expect(r.sections.filter((s) => s.status !== 'unchanged').map((s) => s.id)).toEqual([section]);
      const ins = wordsOf(to).map((w) => w.key);
      const del = wordsOf(from).map((w) => w.key);
      const changedWords = (type: string) =>
        row(r, section)
          .changes.filter((c) => c.type === type)
          .flatMap((c) => wordsOf(c.text).map((w) => w.key));
      expect(changedWords('insert').every((k) => ins.includes(k))).toBe(true);
      expect(changedWords('delete').every((k) => del.includes(k))).toBe(true);
      expect(changedWords('insert').length + changedWords('delete').length).toBeGreaterThan(0);
    });
  }
});

describe('the word diff is bounded', () => {
  function unrelated(seed: number, bytes: number): string {
    // pseudo-random Finnish-looking words: two texts with the same vocabulary, unrelated order
    const syl = ['ta', 'ki', 'lo', 'mä', 'sa', 'ne', 'hy', 'vö', 'ru', 'pe', 'ju', 'ka', 'tie', 'to', 'suo', 'ja'];
    let x = seed;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const parts: string[] = [];
    let len = 0;
    while (len < bytes) {
      const n = 2 + Math.floor(rnd() * 3);
      let w = '';
      for (let i = 0; i < n; i++) w += syl[Math.floor(rnd() * syl.length)];
      const word = rnd() < 0.08 ? `${w}.` : w;
      parts.push(word);
      len += word.length + 1;
      if (rnd() < 0.02) parts.push('\n');
    }
    return parts.join(' ');
  }

  it('two unrelated 200 KB texts answer in well under the limit', async () => {
    const a = await noticeFromText('a.txt', unrelated(1, 200_000));
    const b = await noticeFromText('b.txt', unrelated(2, 200_000));
    const t0 = performance.now();
    const r = diffNotices(a, b);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5000);
    expect(r.summary.wordsInserted).toBeGreaterThan(1000);
    expect(r.summary.wordsDeleted).toBeGreaterThan(1000);
  });

  it('two long versions of one notice stay precise (word level)', async () => {
    const base = readFileSync(fixture(SEEDS['000']), 'utf8');
    const long = Array.from({ length: 15 }, () => base).join('\n');
    const edited = long.replace('Matomo', 'Snoobi');
    const r = diffNotices(await noticeFromText('a.txt', long), await noticeFromText('b.txt', edited));
    expect(r.units.every((u) => u.granularity === 'word')).toBe(true);
    expect(r.summary).toMatchObject({ wordsInserted: 1, wordsDeleted: 1 });
  });
});
