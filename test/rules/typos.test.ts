/**
 * The typo rules without Voikko on the kinds of errors real notices show: a correction
 * must be a better word, never a non-word; the notice is its own dictionary for a long
 * word written once; and the commonest Finnish misspellings are in the typo list.
 */
import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../src/segment/index.js';
import { linterWith } from '../helpers/notice.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const typos = (text: string) =>
  linterWith()
    .lint(notice(text))
    .filter((f) => f.ruleId === 'text/typo' || f.ruleId === 'text/probable-typo')
    .map((f) => `${text.slice(f.range[0], f.range[1])} → ${f.suggestion}`);

describe('text/probable-typo never corrects a word into a non-word', () => {
  it('"Organisatoriset" (organisatorinen) is a word, not a typo of organisaatio-', () => {
    expect(typos('Organisatoriset ja tekniset suojatoimet. Organisatorisen vastuun kantaa hallitus.')).toEqual([]);
  });
  it('a typo inside the stem is still found: reksiterinpitäjän, rekisterinpitjän, tietosuovaltuutetun', () => {
    expect(typos('Rekisterinpitjän osoite.')).toEqual(['Rekisterinpitjän → Rekisterinpitäjän']);
    expect(typos('Valitus tietosuovaltuutetulle.')).toEqual(['tietosuovaltuutetulle → tietosuojavaltuutetulle']);
  });
});

describe('text/probable-typo: the domain words real notices misspell', () => {
  it('henkilötieto, suostumus, säilytysaika and tietoturva with a letter missing', () => {
    expect(typos('Henkiötietoja säilytetään. Suotumuksen voi perua. Säiltysajan jälkeen tietourvan vuoksi ne poistetaan.')).toEqual([
      'Henkiötietoja → Henkilötietoja',
      'Suotumuksen → Suostumuksen',
      'Säiltysajan → Säilytysajan',
      'tietourvan → tietoturvan',
    ]);
  });
  it('their neighbours in the vocabulary are words (henkilötunnus, henkilöstön, tietoturvallisuus, suostuminen)', () => {
    expect(typos('Henkilötunnus, henkilöstön tiedot, henkilötyövuosi, tietoturvallisuus, suostuminen ja säilytystila.')).toEqual([]);
  });
});

describe('text/probable-typo: the notice as its own dictionary', () => {
  const thrice = 'Henkilötietojen käsittely. Henkilötietojen säilytys. Henkilötietojen luovutus. ';
  it('a stray letter in a long word written once, next to the word written three times', () => {
    expect(typos(`${thrice}Arkaluonteisten henkilötietojoen kohdalla kysytään suostumus.`)).toEqual(['henkilötietojoen → henkilötietojen']);
  });
  it('a missing letter, and two letters swapped, inside the word', () => {
    expect(typos(`${thrice}Henkiltietojen oikaisu.`)).toEqual(['Henkiltietojen → Henkilötietojen']);
    expect(typos(`${thrice}Henkilötiteojen oikaisu.`)).toEqual(['Henkilötiteojen → Henkilötietojen']);
  });
  it('not when the notice writes the word fewer than three times', () => {
    expect(typos('Henkilötietojen käsittely. Arkaluonteisten henkilötietojoen kohdalla kysytään suostumus.')).toEqual([]);
  });
  it('other forms of the same word are not typos of it (plural i, endings, long letters, genitive n)', () => {
    const text =
      'Markkinointievästeitä käytetään. Markkinointievästeitä voi estää. Markkinointievästeitä on kahta lajia. ' +
      'Tietoa markkinointievästeistä saat alta. ' +
      'Asiakasrekisterissä on nimi. Asiakasrekisterissä on osoite. Asiakasrekisterissä on puhelin. Tiedot asiakasrekistereissä. ' +
      'Tiedot asiakasrekisterin. Tiedot asiakasrekisterin. Tiedot asiakasrekisterin. Tiedot asiakasrekisteriin. ' +
      'Henkilötietona, henkilötietona ja henkilötietona sekä henkilötietonsa ja henkilötiedoin.';
    expect(typos(text)).toEqual([]);
  });
  it('shorter words are never compared: they have too many real neighbours (henkilöstöä / henkilöstä)', () => {
    expect(typos('Henkilöstä kerätään nimi. Henkilöstä kerätään osoite. Henkilöstä kerätään puhelin. Henkilöstöä koulutetaan.')).toEqual([]);
  });
});

describe('text/typo: the commonest Finnish misspellings', () => {
  it('the i of -ottaa/-oittaa verbs: kehoitetaan, ilmottaa, rajotus', () => {
    expect(typos('Käyttäjää kehoitetaan ilmottamaan muutoksista. Käsittelyn rajotus on mahdollinen.')).toEqual([
      'kehoitetaan → kehotetaan',
      'ilmottamaan → ilmoittamaan',
      'rajotus → rajoitus',
    ]);
  });
  it('the correct forms, and words that only begin alike (helpoiten, rajoton, osittain), are not', () => {
    expect(typos('Käyttäjää kehotetaan ilmoittamaan muutoksista helpoiten sähköpostilla. Käsittelyn rajoitus on rajoton osittain.')).toEqual([]);
  });
});
