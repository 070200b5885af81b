import { describe, expect, it } from 'vitest';
import { dropPageFurniture, hyphenDecision, isPageNumber, rejoinHyphenation } from '../../src/ingest/pdf-lines.js';
import { loadCatalogue } from '../../src/segment/index.js';

/** The connectors of rules/sections.yaml, which src/api passes to ingest. */
const CONNECTORS = [...loadCatalogue().connectors];

const at = (texts: string[], page = 1) => texts.map((text) => ({ text, page }));

describe('page furniture', () => {
  it('recognises bare page numbers', () => {
    for (const s of ['3', '3/4', '3 / 4', 'Sivu 3 / 4', 'sivu 3', 'Page 3 of 4', '- 3 -', '(3)']) {
      expect(isPageNumber(s), s).toBe(true);
    }
    for (const s of ['3. Rekisterin nimi', '0159029-2', '05 6835 209', 'Sivu']) {
      expect(isPageNumber(s), s).toBe(false);
    }
  });

  it('drops running headers/footers and page numbers, keeps page mapping', () => {
    const body = ['Rekisterinpitäjä', 'Käsittelyn tarkoitus', 'Säilytysaika', 'Oikeudet'];
    const pages = [1, 2, 3, 4].map((p) => [
      'Esimerkki Oy – Tietosuojaseloste',
      body[p - 1],
      p === 2 ? 'Esimerkki Oy – Tietosuojaseloste mainitaan myös tekstissä' : `Lisää tekstiä ${p}`,
      `Päivitetty 1.1.2024`,
      `Sivu ${p} / 4`,
    ]);
    const out = dropPageFurniture(pages);
    expect(out.map((l) => l.text)).toEqual([
      'Rekisterinpitäjä',
      'Lisää tekstiä 1',
      'Käsittelyn tarkoitus',
      'Esimerkki Oy – Tietosuojaseloste mainitaan myös tekstissä',
      'Säilytysaika',
      'Lisää tekstiä 3',
      'Oikeudet',
      'Lisää tekstiä 4',
    ]);
    expect(out.map((l) => l.page)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('a one-page document keeps its first and last lines', () => {
    const out = dropPageFurniture([['Tietosuojaseloste', 'teksti', 'Päivitetty 2024']]);
    expect(out).toHaveLength(3);
  });
});

describe('hyphenation across line breaks', () => {
  it.each<[string, string, boolean, string]>([
    ['henkilökohtai', 'semman', false, 'join'],
    ['tietosuoja', 'asetusta', false, 'keep'],
    ['sähkö', 'ja', false, 'leave'],
    ['kaasu', 'tai', false, 'leave'],
    ['henkilö', 'että', false, 'leave'], // sekä henkilö- että yhteystiedot
    ['(tuovi.litmanen', 'tuomi@issoy.fi)', false, 'keep'],
    ['www.esimerkki', 'energia.fi', false, 'keep'],
    ['Chrome', 'selaimen', false, 'keep'],
    ['Litmanen', 'Tuomi', false, 'keep'],
    ['EU', 'alueella', false, 'keep'],
    ['COVID', '19', false, 'keep'],
    ['Henkilö', 'tietoja', true, 'join'],
  ])('%s- + %s (first word of the line: %s) → %s', (left, right, first, decision) => {
    expect(hyphenDecision(left, right, first, '', new Set(CONNECTORS))).toBe(decision);
  });

  it('the document’s own spelling decides (online-palvelu elsewhere → keep online-järjestelmä)', () => {
    expect(hyphenDecision('online', 'järjestelmä', false, 'myös online-palvelun kautta')).toBe('keep');
    expect(hyphenDecision('eväste', 'toiminnon', false, 'eväste-toiminnon käyttö')).toBe('keep');
  });

  it('moves the fragment up and keeps page numbers per line', () => {
    const lines = [
      ...at(['Tietoja käytetään henkilökohtai-', 'semman sisällön tuottamiseen. Rikottu tietosuoja-']),
      ...at(
        ['asetusta, sähkö-', 'ja kaasusopimus', 'tuovi.litmanen-', 'tuomi@issoy.fi', 'Google Analytics -', 'palveluun'],
        2,
      ),
    ];
    const out = rejoinHyphenation(lines, CONNECTORS);
    expect(out.map((l) => `${l.page}:${l.text}`)).toEqual([
      '1:Tietoja käytetään henkilökohtaisemman',
      '1:sisällön tuottamiseen. Rikottu tietosuoja-asetusta,',
      '2:sähkö-',
      '2:ja kaasusopimus',
      '2:tuovi.litmanen-tuomi@issoy.fi',
      '2:Google Analytics -',
      '2:palveluun',
    ]);
  });
});

describe('a line-end hyphen with something after it (issue 14)', () => {
  const joined = (first: string) =>
    rejoinHyphenation(at([`Tietoja käytetään ${first}`, 'semman sisällön tuottamiseen.'])).map((l) => l.text);

  it('trailing spaces, a tab, or an invisible character after the hyphen: still rejoined', () => {
    for (const end of ['-   ', '-\t', '- \t ', '-\u200b', '-\u00a0']) {
      expect(joined(`henkilökohtai${end}`), JSON.stringify(end)).toEqual([
        'Tietoja käytetään henkilökohtaisemman',
        'sisällön tuottamiseen.',
      ]);
    }
  });

  it('a Unicode hyphen (U+2010) is a hyphen; a soft hyphen (U+00AD) always joins', () => {
    expect(joined('henkilökohtai\u2010')).toEqual(['Tietoja käytetään henkilökohtaisemman', 'sisällön tuottamiseen.']);
    expect(joined('henkilökohtai\u00ad ')).toEqual(['Tietoja käytetään henkilökohtaisemman', 'sisällön tuottamiseen.']);
    const kept = rejoinHyphenation(at(['Rikottu tietosuoja\u2010\t', 'asetusta.'])).map((l) => l.text);
    expect(kept).toEqual(['Rikottu tietosuoja-asetusta.']);
  });

  it('the break itself, trailing spaces and all, is no evidence for its own spelling', () => {
    // `online-` before a word elsewhere keeps the hyphen; a bare broken `online-` line is not such a place.
    const lines = at(['Käytämme online-  ', 'järjestelmää ja', 'online-palvelua.']);
    expect(rejoinHyphenation(lines).map((l) => l.text)).toEqual([
      'Käytämme online-järjestelmää',
      'ja',
      'online-palvelua.',
    ]);
    const alone = at(['Käytämme verkko-\t', 'järjestelmää.']);
    expect(rejoinHyphenation(alone).map((l) => l.text)).toEqual(['Käytämme verkkojärjestelmää.']);
  });
});
