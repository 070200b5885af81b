import { describe, expect, it } from 'vitest';
import { readNotice } from '../../src/ingest/index.js';
import { fixture, lines } from './helpers.js';

const DOCS: [string, 'pdf' | 'docx' | 'html', number, string][] = [
  ['000_tietosuojaseloste_headings.pdf', 'pdf', 4, 'Henkilötietojen säilyttämisaika'],
  ['000_tietosuojaseloste_headings.docx', 'docx', 0, 'Henkilötietojen säilyttämisaika'],
  ['001_seinajoki_linear_headings.pdf', 'pdf', 5, 'Rekisterinpitäjä'],
  ['001_seinajoki_linear_headings.docx', 'docx', 0, 'Seinäjoen Energia Oy'],
  ['001_seinajoki_table.pdf', 'pdf', 4, 'Laatimispäivä 6.10.2021'],
  ['001_seinajoki_table.docx', 'docx', 0, 'Seinäjoen Energia Oy'],
  ['001_seinajoki_table.html', 'html', 0, 'Seinäjoen Energia Oy'],
  ['002_asiakasrekisteri_plain.pdf', 'pdf', 6, 'Rekisterin käyttötarkoitus'],
  ['002_asiakasrekisteri_plain.docx', 'docx', 0, 'Rekisterin käyttötarkoitus'],
  ['003_imatra_numbered_headings.pdf', 'pdf', 4, '1. Rekisterinpitäjä ja yhteyshenkilö'],
  ['003_imatra_numbered_headings.docx', 'docx', 0, '1. Rekisterinpitäjä ja yhteyshenkilö'],
  ['003_imatra_encrypted_ownerpw_only.pdf', 'pdf', 4, '1. Rekisterinpitäjä ja yhteyshenkilö'],
  ['004_aanekoski_numbered_headings.pdf', 'pdf', 3, 'Äänekosken Energia Oy'],
  ['004_aanekoski_numbered_headings.docx', 'docx', 0, 'Äänekosken Energia Oy'],
];

describe('PDF, DOCX and HTML renderings of the seeds', () => {
  it.each(DOCS)('%s → %s', async (name, format, pages, phrase) => {
    const r = await readNotice(fixture(`docs/${name}`));
    expect(r.format).toBe(format);
    expect(r.warnings).toEqual([]);
    expect(r.text).toContain(phrase);
    expect(r.text).toMatch(/henkilötiet/);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.text).not.toMatch(/-- \d+ of \d+ --/);
    expect(r.text).not.toContain('\uF0B7');
    expect(r.text).not.toMatch(/[ \t]+$/m);
    if (format === 'pdf') {
      expect(r.linePages).toHaveLength(lines(r.text).length);
      const lp = r.linePages as number[];
      expect(Math.min(...lp)).toBe(1);
      expect(Math.max(...lp)).toBe(pages);
      // Pages only ever go forward.
      expect(lp.every((p, i) => i === 0 || p >= lp[i - 1])).toBe(true);
    } else {
      expect(r.linePages).toBeNull();
    }
  });
});

describe('PDF specifics', () => {
  it('000: words intact, the compound hyphen kept across the page-4 line break', async () => {
    const r = await readNotice(fixture('docs/000_tietosuojaseloste_headings.pdf'));
    // LibreOffice does not hyphenate: these come out whole, and must stay whole.
    expect(r.text).toContain('henkilökohtaisemman');
    expect(r.text).toContain('tietosuoja-asetuksen');
    // The PDF breaks `tietosuoja-` | `asetusta` at a line end (page 4): same vowel, hyphen kept.
    const i = lines(r.text).findIndex((l) => l.endsWith('on rikottu tietosuoja-asetusta,'));
    expect(i).toBeGreaterThan(0);
    expect(r.linePages?.[i]).toBe(4);
    expect(lines(r.text)[i + 1]).toMatch(/^niin sinulla on oikeus/);
  });

  it('003: an e-mail broken at its hyphen is pulled together with the hyphen', async () => {
    const r = await readNotice(fixture('docs/003_imatra_numbered_headings.pdf'));
    expect(r.text).toContain('(tuovi.litmanen-tuomi@issoy.fi)');
    expect(r.text).not.toMatch(/litmanen-\n/);
  });

  it('001 table: a capitalised name part keeps its hyphen (Chrome-selaimen)', async () => {
    const r = await readNotice(fixture('docs/001_seinajoki_table.pdf'));
    expect(r.text).toContain('Chrome-selaimen');
    // `Google Analytics -` + `palveluun`: a spaced dash is not a broken word.
    expect(r.text).toMatch(/Google Analytics -\npalveluun/);
  });

  it('002: a lower-case break is rejoined without the hyphen', async () => {
    // The source writes `eväste-toiminnon`; at a line end nothing tells it from a
    // typesetter's hyphen, and the standard spelling is one word.
    const r = await readNotice(fixture('docs/002_asiakasrekisteri_plain.pdf'));
    expect(r.text).toContain('mahdollistavat evästetoiminnon');
    expect(r.text).toContain('tietosuoja-asetusta');
  });

  it('Word list bullets (U+F0B7) become •', async () => {
    const r = await readNotice(fixture('docs/003_imatra_numbered_headings.pdf'));
    expect(r.text).toMatch(/^\s*• asiakassuhteen, palveluiden/m);
  });
});

describe('DOCX structure', () => {
  it('000: the Word headings are heading lines', async () => {
    const r = await readNotice(fixture('docs/000_tietosuojaseloste_headings.docx'));
    expect(r.headingLines).toHaveLength(20);
    const ls = lines(r.text);
    expect(ls[r.headingLines[0]]).toBe('Oikeusperuste ja henkilötietojen käsittelyn tarkoitus');
    expect(r.headingLines.map((i) => ls[i])).toContain('Henkilötietojen säilyttämisaika');
  });

  it('003: Title and Heading 1 are headings; bullets nest', async () => {
    const r = await readNotice(fixture('docs/003_imatra_numbered_headings.docx'));
    const ls = lines(r.text);
    const headings = r.headingLines.map((i) => ls[i]);
    expect(headings[0]).toBe('Tietosuojaseloste');
    expect(headings).toContain('2. Rekisterin nimi');
    expect(ls).toContain('• laskutus, maksujen valvonta ja perintä');
  });

  it('004: a TAB inside a numbered Heading 1 is a space, not a cell boundary', async () => {
    const r = await readNotice(fixture('docs/004_aanekoski_numbered_headings.docx'));
    const headings = r.headingLines.map((i) => lines(r.text)[i]);
    expect(headings).toContain('1 Rekisterinpitäjä ja yhteystiedot rekisteriasioissa');
    expect(headings).toContain('Asiakkaan perustiedot');
  });

  it.each(['docs/001_seinajoki_table.docx', 'docs/001_seinajoki_table.html'])(
    '%s: table rows become label<TAB>content heading lines',
    async (name) => {
      const r = await readNotice(fixture(name));
      const ls = lines(r.text);
      const headings = r.headingLines.map((i) => ls[i]);
      expect(headings).toContain('Laatimispäivä\t6.10.2021');
      expect(headings).toContain('Rekisterin nimi\tAsiakasrekisteri');
      expect(headings).toContain('Suostumus');
      // Further paragraphs of the right cell follow as their own lines.
      const i = ls.findIndex((l) => l.startsWith('Oikeusperuste ja henkilötietojen käsittelyn tarkoitus.'));
      expect(ls[i]).toMatch(/\tRekisterin käyttötarkoitus on/);
      expect(ls[i + 1]).toMatch(/^Rekisterin tietoja voidaan käyttää/);
    },
  );

  it('002: soft line breaks (<w:br/>) separate lines instead of gluing words', async () => {
    const r = await readNotice(fixture('docs/002_asiakasrekisteri_plain.docx'));
    expect(r.headingLines).toEqual([]);
    expect(r.text).not.toContain('AsiakasrekisteriOikeusperuste');
    expect(lines(r.text).slice(0, 2)).toEqual(['Rekisterin nimi Asiakasrekisteri', 'Oikeusperuste ja henkilötietojen']);
  });
});
