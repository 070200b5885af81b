/**
 * text/spelling (Voikko) on what real notices contain besides Finnish prose: English and
 * Swedish phrases, suspended and acronym compounds, names, an obfuscated address; and the
 * typos Voikko accepts as compounds of other words. `seloste init` switches the rule on
 * where libvoikko is installed.
 */
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../src/cli/commands/init.js';
import type { Finding } from '../../src/model/finding.js';
import { buildNotice } from '../../src/segment/index.js';
import { linterWith } from '../helpers/notice.js';
import { parse } from 'yaml';
import { describeVoikko } from '../helpers/voikko.js';

const notice = (text: string) =>
  buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const ON = new Map([['text/spelling', 'warning' as const]]);
const lint = (text: string, lang: 'fi' | 'en' = 'fi') => linterWith({ severity: ON, lang }).lint(notice(text));
const spelt = (findings: Finding[], text: string) =>
  findings.filter((f) => f.ruleId === 'text/spelling').map((f) => text.slice(f.range[0], f.range[1]));
const spelling = (text: string) => spelt(lint(text), text);

describeVoikko('what is not a Finnish typo', () => {
  it('English and Swedish phrases: opt out, local storage, 6th floor, på svenska, E-mail', () => {
    const text =
      'Voit estää seurannan asettamalla opt out -evästeen. Selaimen tallennustilaa (local storage) käytetään.\n' +
      'Osoite: Esimerkkikatu 24, 6th floor, 00130 Helsinki\nKundregister på svenska\nE-mail: tietosuoja(at)esimerkki.fi';
    expect(spelling(text)).toEqual([]);
  });
  it('one unknown word among Finnish ones is still checked', () => {
    const text = 'Voit estää seurannan asettamalla kieltävän evästteen selaimeesi.';
    expect(spelling(text)).toEqual(['evästteen']);
  });
  it('suspended compounds: vapaaehtois- ja luottamustoimet, ilmoittautumis-, osallistumis- ja maksutiedot', () => {
    expect(
      spelling('Keräämme vapaaehtois- ja luottamustoimien tiedot sekä ilmoittautumis-, osallistumis- ja maksutiedot.'),
    ).toEqual([]);
  });
  it('acronym compounds in any case (ip-osoitteen, EU-alueen, sms-viesti) and compounds where one vowel meets itself', () => {
    expect(
      spelling('Tallennamme ip-osoitteen EU-alueen palvelimelle ja lähetämme sms-viestin sähköposti-osoitteeseen.'),
    ).toEqual([]);
  });
  it('a compound written apart where Finnish writes one word is still reported (eväste-toiminnon)', () => {
    expect(spelling('Sivusto käyttää eväste-toiminnon tietoja.')).toEqual(['eväste-toiminnon']);
  });
  it('a name alone on its line (the register name) and the web host’s [email protected]', () => {
    expect(spelling('Rekisterin nimi\n\nTieki\n\nYhteystiedot: [email protected]')).toEqual([]);
  });
});

describeVoikko('typos Voikko accepts as compounds of other words', () => {
  it('Varisnais-Suomen next to Varsinais-Suomen elsewhere in the notice (varis + nais + Suomen)', () => {
    const text = 'Varisnais-Suomen yhdistys ry\n\nToimimme Varsinais-Suomen alueella.';
    const findings = lint(text);
    expect(spelt(findings, text)).toEqual(['Varisnais-Suomen']);
    const f = findings.find((x) => x.ruleId === 'text/spelling')!;
    expect(f.suggestion).toBe('Varsinais-Suomen');
    expect(f.message).toBe(
      'Todennäköinen kirjoitusvirhe: ”Varisnais-Suomen” (seloste kirjoittaa muualla ”Varsinais-Suomen”).',
    );
    expect(lint(text, 'en').find((x) => x.ruleId === 'text/spelling')!.message).toMatch(
      /^Probable misspelling: “Varisnais-Suomen”/,
    );
  });
  it('not without the neighbour in the notice, and not for two forms of one word', () => {
    expect(spelling('Varisnais-Suomen yhdistys ry')).toEqual([]);
    expect(spelling('Tietoja saadaan tiedoista. Tietoja saadaan tiedosta. Rekisterin ja rekisteriin.')).toEqual([]);
  });
  it('a typo the typo rules report is reported once, by them', () => {
    const text =
      'Henkilötietojen käsittely. Henkilötietojen säilytys. Henkilötietojen luovutus. Henkilötietojoen kohdalla.';
    const ids = lint(text)
      .filter((f) => text.slice(f.range[0], f.range[1]) === 'Henkilötietojoen')
      .map((f) => f.ruleId);
    expect(ids).toEqual(['text/probable-typo']);
  });
});

describe('seloste init', () => {
  it('switches text/spelling on in the written config when libvoikko is found, and only then', () => {
    const on = parse(starterConfig(true));
    expect(on.rules).toEqual({ 'text/spelling': 'warning' });
    const off = parse(starterConfig(false));
    expect(off.rules).toBeNull(); // `rules:` with only commented examples under it, read as empty (test/cli/init.test.ts)
    expect(starterConfig(false)).toContain('apt-get install libvoikko1 voikko-fi');
  });
});
