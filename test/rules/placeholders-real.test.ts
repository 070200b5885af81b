/**
 * text/placeholder on the kinds of template remnants real notices carry: instructions left
 * for the writer, questions in parentheses, a generic word where a name belongs, escaped
 * or bracketed template words, placeholder dates and business IDs, and the fingerprints
 * of widely copied templates (kept as data in the pack). Each with the correct text that
 * must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../src/segment/index.js';
import { linterWith } from '../helpers/notice.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const placeholders = (text: string, settings = {}) =>
  linterWith(settings)
    .lint(notice(text))
    .filter((f) => f.ruleId === 'text/placeholder');
const matched = (text: string) => placeholders(text).map((f) => text.slice(f.range[0], f.range[1]));

describe('instructions left for the writer', () => {
  it('"kerro tässä …" is found with the condition before it, to the end of the sentence', () => {
    const text = 'Tietoja ei luovuteta. Jos siirrät tietoja kumppaneille, kuvaa tässä siirron peruste ja vastaanottaja. Muuta ei ole.';
    expect(matched(text)).toEqual(['Jos siirrät tietoja kumppaneille, kuvaa tässä siirron peruste ja vastaanottaja.']);
  });
  it('"lisää tähän …" alone is found', () => {
    expect(matched('Yhteyshenkilö: lisää tähän nimi ja puhelinnumero')).toEqual(['lisää tähän nimi ja puhelinnumero']);
  });
  it('the same verbs speaking to the reader are not instructions', () => {
    expect(matched('Kerro meille palautteesi lomakkeella. Voit kertoa tässä lomakkeessa toiveesi. Lisää tietoa saat asiakaspalvelusta.')).toEqual([]);
    expect(matched('Lisää tähän liittyvää tietoa saat tietosuojavastaavalta.')).toEqual([]);
  });
});

describe('a question to the writer in parentheses', () => {
  it('"laki (mikä)" and "(kuinka kauan)" are found', () => {
    expect(matched('Käsittely perustuu lakiin (mikä). Tietoja säilytetään (kuinka kauan) ajan.')).toEqual(['(mikä)', '(kuinka kauan)']);
  });
  it('"(mihin perustuu)" after a legal basis is found', () => {
    expect(matched('- yleisen edun mukaisen tehtävän hoitaminen (mihin perustuu), tai')).toEqual(['(mihin perustuu)']);
  });
  it('a parenthesis that explains, or "(mikä tahansa …)", is ordinary Finnish', () => {
    const text = 'Tiedot (nimi, osoite ja puhelinnumero) saadaan asiakkaalta (mikä tahansa yhteydenotto riittää). Säilytämme ne kaksi vuotta (24 kk).';
    expect(matched(text)).toEqual([]);
  });
});

describe('a generic word where a name belongs', () => {
  it('"Tämä on Yrityksen … mukainen tietosuojaseloste" names the template it comes from', () => {
    const [f] = placeholders('Tämä on Yrityksen EU:n yleisen tietosuoja-asetuksen mukainen tietosuojaseloste.');
    expect(f.message).toContain('”Yrityksen”');
    expect(f.message).toContain('Suomen Yrittäjien');
    const [en] = placeholders('Tämä on Yrityksen EU:n yleisen tietosuoja-asetuksen mukainen tietosuojaseloste.', { lang: 'en' });
    expect(en.message).toMatch(/^Template placeholder left in the notice: “Yrityksen” \(template: /);
  });
  it('the same sentence with the company named is clean', () => {
    expect(matched('Tämä on yrityksen Esimerkkienergia Oy EU:n yleisen tietosuoja-asetuksen mukainen tietosuojaseloste.')).toEqual([]);
    expect(matched('Tämä on Esimerkkienergia Oy:n tietosuojaseloste.')).toEqual([]);
  });
});

describe('template fingerprints', () => {
  it('the example list of a legitimate interest is found, and the form label of the old model form', () => {
    const text = '- rekisterinpitäjän oikeutettu etu (esim. asiakassuhde, työsuhde, jäsenyys).\nMuut yhteystiedot (esim. puhelin virka-aikana, sähköpostiosoite)';
    expect(matched(text)).toEqual(['(esim. asiakassuhde, työsuhde, jäsenyys)', '(esim. puhelin virka-aikana, sähköpostiosoite)']);
  });
  it('examples the writer chose are not a fingerprint', () => {
    expect(matched('Oikeutettu etu syntyy asiakassuhteesta (esim. ostot ja palautukset).')).toEqual([]);
  });
});

describe('escaped or bracketed template words', () => {
  it('\\[suoramarkkinointi\\] as Markdown escapes it, and [suoramarkkinointi], are found', () => {
    expect(matched('Käytämme tietoja markkinointiin ja \\[suoramarkkinointi\\] tarkoituksiin.')).toEqual(['\\[suoramarkkinointi\\]']);
    expect(matched('Käytämme tietoja [suoramarkkinointi] tarkoituksiin.')).toEqual(['[suoramarkkinointi]']);
  });
  it('a Markdown link, inline or by reference, is not a placeholder', () => {
    expect(matched('Lue [tietosuojavaltuutetun ohjeet](https://tietosuoja.fi) tai [valitusohje][ohje].\n\n[ohje]: https://tietosuoja.fi/valitus')).toEqual([]);
  });
});

describe('placeholder dates and numbers', () => {
  it('XX.XX.20XX, pp.kk.vvvv and the example business ID 1234567-8 are found', () => {
    expect(matched('Laadittu XX.XX.20XX. Päivitetty pp.kk.vvvv.\nY-tunnus: 1234567-8')).toEqual(['XX.XX.20XX', 'pp.kk.vvvv', '1234567-8']);
  });
  it('real dates and business IDs are not', () => {
    expect(matched('Laadittu 13.02.2020. Y-tunnus: 0917763-8. Puhelin 040 123 4567.')).toEqual([]);
  });
});
