/** Each kind on small texts written to pin one behaviour: rule YAML + text → findings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/model/errors.js';
import { businessIdCheckDigit } from '../../src/rules/checks/business-id.js';
import { DEFAULT_SETTINGS, Linter } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';
import { linterWith, TODAY } from '../helpers/notice.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const lint = (text: string, settings = {}) => linterWith(settings).lint(notice(text));
const rule = (text: string, id: string, settings = {}) => lint(text, settings).filter((f) => f.ruleId === id);

function packWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-pack-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('text/probable-typo (lexicon)', () => {
  it('flags a word a small edit from a domain stem, with the corrected word', () => {
    const [f] = rule('Rekisterinptäjän yhteystiedot ovat alla.', 'text/probable-typo');
    expect(f.suggestion).toBe('Rekisterinpitäjän');
  });
  it('flags an extra letter in front (yorganisaation is in the typo list; xorganisaation is not)', () => {
    expect(rule('Tiedot ovat xorganisaation käytössä.', 'text/probable-typo').map((f) => f.suggestion)).toEqual(['organisaation']);
  });
  it('does not flag correct inflections and compounds', () => {
    const text =
      'Rekisteröidyllä on oikeus. Rekisteröityjen ryhmät. Rekisterinpitäjäorganisaation asiakasrekisterin tiedot. ' +
      'Tietosuojavaltuutetulle, valvontaviranomaiselle, yhteyshenkilölle, suoramarkkinointikielto, sähköpostitse, ' +
      'organisaatioiden, vastaanottajaryhmät, oikeusperusteena, yhteistyökumppaneiden, palveluntarjoajille, lainsäädännön, tietojärjestelmien.';
    expect(rule(text, 'text/probable-typo')).toEqual([]);
  });
  it('stays silent on a word the typo list already corrects', () => {
    expect(rule('Reksiterinpitäjän osoite.', 'text/probable-typo')).toEqual([]);
    expect(rule('Reksiterinpitäjän osoite.', 'text/typo')).toHaveLength(1);
  });
  it('accepts words from the config', () => {
    expect(rule('Tiedot ovat xorganisaation käytössä.', 'text/probable-typo', { acceptedWords: new Set(['xorganisaation']) })).toEqual([]);
  });
});

describe('controller/business-id', () => {
  it('computes the check digit like the Finnish Tax Administration', () => {
    expect(businessIdCheckDigit('0974008')).toBe(0);
    expect(businessIdCheckDigit('0159029')).toBe(2);
    expect(businessIdCheckDigit('0917763')).toBe(8);
  });
  it('reports a wrong check digit with the right one as suggestion', () => {
    const [f] = rule('Esimerkki Oy (Y-tunnus 0917763-9)', 'controller/business-id');
    expect(f.suggestion).toBe('0917763-8');
    expect(f.excerpt).toContain('0917763-9');
  });
  it('leaves dates and phone numbers alone', () => {
    expect(rule('Päivitetty 6.10.2021, puh. 029 566 6700, 1234-5', 'controller/business-id')).toEqual([]);
  });
});

describe('contact/email', () => {
  it('reports addresses that cannot receive mail', () => {
    const got = rule('Ota yhteyttä: tietosuoja@yritys, info@@yritys.fi tai a..b@yritys.fi.', 'contact/email').map((f) => f.message);
    expect(got).toHaveLength(3);
  });
  it('accepts ordinary addresses, also at the end of a sentence and after mailto:', () => {
    expect(rule('Lähetä viesti osoitteeseen tuovi.litmanen-tuomi@issoy.fi. Tai mailto:tietosuoja@om.fi', 'contact/email')).toEqual([]);
  });
});

describe('notice/date', () => {
  it('a recent date is fine; the age is configurable', () => {
    const text = 'Tietosuojaseloste\n\nPäivitetty 3.11.2025';
    expect(rule(text, 'notice/date')).toEqual([]);
    expect(rule(text, 'notice/date', { options: new Map([['notice/date', { maxAgeMonths: 6 }]]) })).toHaveLength(1);
  });
  it('a notice without a date gets an info, not an error', () => {
    const [f] = rule('Tietosuojaseloste\n\nRekisterinpitäjä\n\nEsimerkki Oy', 'notice/date');
    expect(f.severity).toBe('info');
  });
});

describe('text/placeholder', () => {
  it('finds common template leftovers', () => {
    const text = 'Rekisterinpitäjä: [yrityksen nimi], yhteyshenkilö Etunimi Sukunimi, puh. XXX. Lorem ipsum. <nimi>';
    expect(rule(text, 'text/placeholder').map((f) => f.message.match(/”(.*)”/)![1])).toEqual(['[yrityksen nimi]', 'Etunimi Sukunimi', 'XXX', 'Lorem ipsum', '<nimi>']);
  });
  it('adds the phrases a config gives it', () => {
    expect(rule('Asiakas: [asiakkaan tunnus]', 'text/placeholder', { phrases: new Map([['text/placeholder', ['[asiakkaan tunnus]']]]) })).toHaveLength(1);
  });
});

describe('transfers/no-safeguard', () => {
  it('a transfer outside the EU/EEA needs its safeguard', () => {
    const text = 'Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja siirretään palveluntarjoajalle EU:n ja ETA:n ulkopuolelle.';
    expect(rule(text, 'transfers/no-safeguard')).toHaveLength(1);
    expect(rule(`${text} Siirto perustuu komission vakiolausekkeisiin.`, 'transfers/no-safeguard')).toEqual([]);
  });
});

describe('severity overrides and packs', () => {
  it('--rule overrides a severity and off removes the rule', () => {
    const text = 'Lorem ipsum';
    expect(rule(text, 'text/placeholder', { severity: new Map([['text/placeholder', 'info']]) })[0].severity).toBe('info');
    expect(rule(text, 'text/placeholder', { severity: new Map([['text/placeholder', 'off']]) })).toEqual([]);
  });
  it('an unknown rule id in the settings is a config error naming it', () => {
    expect(() => new Linter(loadPack('fi-gdpr'), loadCatalogue(), { ...DEFAULT_SETTINGS, severity: new Map([['no/such', 'error']]) })).toThrow(/no\/such/);
  });
  it('a broken rule file names the file and the key', () => {
    const dir = packWith({ 'bad.yaml': 'id: x/y\nkind: existence\nseverity: loud\nmessage: {fi: a, en: b}\ndescription: {fi: a, en: b}\npatterns: [a]\n' });
    expect(() => loadPack(dir)).toThrow(ConfigError);
    expect(() => loadPack(dir)).toThrow(/bad\.yaml:3: rule x\/y: severity: expected one of .*, got "loud"$/);
  });
  it('an unknown kind is named', () => {
    const dir = packWith({ 'k.yaml': 'id: x/y\nkind: magic\n' });
    expect(() => loadPack(dir)).toThrow(/k\.yaml:2: rule x\/y: kind: expected one of .*got "magic"$/);
  });
  it('a phrase added to a pack is a YAML edit, not code', () => {
    const dir = packWith({
      'own.yaml': 'id: own/word\nkind: existence\nseverity: error\nmessage: {fi: "kielletty {match}", en: "banned {match}"}\ndescription: {fi: a, en: b}\npatterns: [kielletty sana]\n',
    });
    const linter = new Linter(loadPack(dir), loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY });
    expect(linter.lint(notice('Tässä on Kielletty  sana.')).map((f) => f.message)).toEqual(['kielletty Kielletty  sana']);
  });
  it('every pack rule has both languages and documentation', () => {
    for (const d of loadPack('fi-gdpr')) {
      expect(d.message.fi && d.message.en && d.description.fi && d.description.en).toBeTruthy();
    }
  });
});

describe('findings', () => {
  it('carry 1-based positions into the normalised text and a short excerpt', () => {
    const [f] = rule('Rivi yksi\nToinen rivi: Lorem ipsum tässä', 'text/placeholder');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([2, 14, 2, 25]);
    expect(f.excerpt).toBe('Toinen rivi: Lorem ipsum tässä');
  });
  it('lint is deterministic', () => {
    const text = 'Rekisterinpitäjä\n\nLorem ipsum, reksiterinpitäjän XXX.';
    expect(lint(text)).toEqual(lint(text));
  });
});

describe('section/required reads the text too', () => {
  it('a notice that states in a sentence that data are not disclosed has no missing recipients section', () => {
    const text = 'Rekisterinpitäjä\n\nEsimerkki Oy\n\nRekisterin tietosisältö\n\nNimi. Henkilötietoja ei luovuteta ulkopuolisille.';
    const missing = rule(text, 'section/required').map((f) => f.section);
    expect(missing).not.toContain('recipients');
    expect(missing).toContain('sources');
  });
});

describe('the validated pack is cached until a file changes', () => {
  it('an edit to a rule file is seen on the next load, and a broken edit is reported', () => {
    const rule = (phrase: string) =>
      `id: own/word\nkind: existence\nseverity: error\nmessage: {fi: "x {match}", en: "x {match}"}\ndescription: {fi: a, en: b}\npatterns: [${phrase}]\n`;
    const dir = packWith({ 'own.yaml': rule('ensimmäinen') });
    expect((loadPack(dir)[0].patterns as string[])[0]).toBe('ensimmäinen');
    writeFileSync(join(dir, 'own.yaml'), rule('toinen sana'));
    expect((loadPack(dir)[0].patterns as string[])[0]).toBe('toinen sana');
    writeFileSync(join(dir, 'own.yaml'), rule('x').replace('severity: error', 'severity: loud'));
    expect(() => loadPack(dir)).toThrow(/own\.yaml:3: rule own\/word: severity: /);
  });
});

describe('rights and sections stated in running text (patterns see ä and ö as letters)', () => {
  const base = 'Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa tietonsa ja vaatia virheellisen tiedon oikaisemista.';
  it('a right explained as not applying is still stated ("käsittelyä ei voi pyytää rajoittamaan")', () => {
    const missing = rule(`${base} Henkilötietojen käsittelyä ei myöskään voi pyytää rajoittamaan, koska käsittely perustuu lakiin.`, 'rights/missing').map((f) => f.section);
    expect(missing).not.toContain('right_restriction');
    expect(missing).toContain('right_portability');
  });
  it('rights in plain words count: "otteen … sinua koskevista tiedoista" (access), "virheellisiä henkilötietoja, siitä voi ilmoittaa" (rectification)', () => {
    const plain =
      'Rekisteröidyn oikeudet\n\nHalutessasi toimitamme sinulle otteen rekisterissämme olevista sinua koskevista tiedoista. ' +
      'Jos tiedot sisältävät virheellisiä henkilötietoja, siitä voi ilmoittaa rekisterinpitäjälle.';
    const missing = rule(plain, 'rights/missing').map((f) => f.section);
    expect(missing).not.toContain('right_access');
    expect(missing).not.toContain('right_rectification');
    expect(missing).toContain('right_portability');
    // a mere mention of wrong data is no right
    const security = rule('Rekisteröidyn oikeudet\n\nOikeus tarkastaa tiedot.\n\nTietoturva\n\nJärjestelmä estää virheellisten tietojen tallentamisen.', 'rights/missing');
    expect(security.map((f) => f.section)).toContain('right_rectification');
  });
  it('sources named in a sentence count ("henkilötiedot saadaan … pätevyydentoteajilta")', () => {
    const text = `${base}\n\nHenkilötietojen käyttötarkoitus\n\nValvonta. Laatijoiden henkilötiedot saadaan lähtökohtaisesti pätevyydentoteajilta.`;
    expect(rule(text, 'section/required').map((f) => f.section)).not.toContain('sources');
  });
  it('"Henkilön yhteystiedot" (a data field) is not the contact section', () => {
    const n = notice('Rekisterinpitäjä\n\nEsimerkki ry\n\nHenkilön yhteystiedot\n\nPuhelinnumero.');
    expect(n.segments.flatMap((s) => s.ids)).not.toContain('contact');
  });
});
