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
import { itVoikko } from '../helpers/voikko.js';

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

/**
 * Every field of every kind, also those no rule of fi-gdpr uses yet, on a one-rule pack
 * written as a lawyer would write it: rule YAML + text → findings.
 */
describe('every option of every kind', () => {
  const head = (kind: string, extra = '') =>
    `id: t/x\nkind: ${kind}\nseverity: warning\nmessage: {fi: "löytyi {match}", en: "found {match}"}\ndescription: {fi: a, en: b}\n${extra}`;
  const lintOne = (yaml: string, text: string, settings: Partial<typeof DEFAULT_SETTINGS> = {}) =>
    new Linter(loadPack(packWith({ 'r.yaml': yaml })), loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY, ...settings }).lint(notice(text));
  const matched = (text: string, fs: { range: [number, number] }[]) => fs.map((f) => notice(text).text.slice(f.range[0], f.range[1]));
  const TWO = 'Rekisterin nimi\n\nAsiakasrekisteri, luonnos.\n\nHenkilötietojen säilytysaika\n\nLuonnos säilytetään.';

  describe('existence', () => {
    it('patterns: a phrase with * endings, a /regex/, and {pattern, suggestion}', () => {
      const yaml = head('existence', 'patterns:\n  - "luonno*"\n  - "/\\\\d{3}-\\\\d{4}/"\n  - {pattern: "asiakasrekisteri", suggestion: "asiakkaiden rekisteri"}\n');
      const text = 'Luonnoksen asiakasrekisteri, puh. 555-1234.';
      const fs = lintOne(yaml, text);
      expect(matched(text, fs)).toEqual(['Luonnoksen', 'asiakasrekisteri', '555-1234']);
      expect(fs[1].suggestion).toBe('asiakkaiden rekisteri');
    });
    it('scope: only in the sections named', () => {
      const fs = lintOne(head('existence', 'scope: [retention]\npatterns: [luonno*]\n'), TWO);
      expect(fs.map((f) => f.section)).toEqual(['retention']);
    });
    it('once: match (default) every match, line the first of each line, notice the first of all', () => {
      const text = 'luonnos ja luonnos\nluonnos';
      expect(lintOne(head('existence', 'patterns: [luonnos]\n'), text)).toHaveLength(3);
      expect(lintOne(head('existence', 'once: line\npatterns: [luonnos]\n'), text)).toHaveLength(2);
      expect(lintOne(head('existence', 'once: notice\npatterns: [luonnos]\n'), text)).toHaveLength(1);
    });
    it('near: a match counts only within `within` characters of another pattern', () => {
      const yaml = head('existence', 'patterns: ["Ratapihantie 9"]\nnear: {patterns: [tietosuojavaltuut*], within: 40}\n');
      expect(lintOne(yaml, 'Tietosuojavaltuutettu, Ratapihantie 9.')).toHaveLength(1);
      expect(lintOne(yaml, `Tietosuojavaltuutettu.${' Muuta tekstiä.'.repeat(5)} Ratapihantie 9.`)).toEqual([]);
    });
    it('templates: a template\'s fingerprint is reported with messages.template naming it', () => {
      const yaml = head(
        'existence',
        'messages: {template: {fi: "mallipohja {template}: {match}", en: "template {template}: {match}"}}\npatterns: [XXX]\n' +
          'templates:\n  - {name: Malli A, patterns: ["(esim. nimi)"]}\n',
      );
      expect(lintOne(yaml, 'Yhteyshenkilö (esim. nimi), XXX').map((f) => f.message)).toEqual(['mallipohja Malli A: (esim. nimi)', 'löytyi XXX']);
    });
    it('near(N) in a pattern: the groups\' words within N words, in any order, in one sentence', () => {
      const yaml = head('existence', 'patterns: ["near(3): poist* | tiedo*"]\n');
      expect(lintOne(yaml, 'Tiedot poistetaan vuoden kuluttua.')).toHaveLength(1);
      expect(lintOne(yaml, 'Poistamme kaikki vanhentuneet asiakkaiden tiedot.')).toEqual([]); // four words apart
      expect(lintOne(yaml, 'Poistamme ne. Tiedot ovat turvassa.')).toEqual([]); // another sentence
    });
  });

  describe('substitution', () => {
    it('swap: an exact word, and a stem with * that keeps the ending and the case', () => {
      const yaml = head('substitution', 'swap:\n  oikues: oikeus\n  reksiter*: rekister*\n');
      const fs = lintOne(yaml, 'Oikues tarkastaa. REKSITERIN tiedot, reksiteriin.');
      expect(fs.map((f) => f.suggestion)).toEqual(['Oikeus', 'REKISTERIN', 'rekisteriin']);
    });
    it('the longest stem a word begins with decides; a stem shorter than four letters is never one', () => {
      const yaml = head('substitution', 'swap:\n  rek*: x*\n  reks*: rekis*\n  reksiter*: rekister*\n  reksiterinpitäj*: rekisterinpitäj*\n');
      const fs = lintOne(yaml, 'reksiterinpitäjä reksiteriin reksi rek rekx');
      expect(fs.map((f) => f.suggestion)).toEqual(['rekisterinpitäjä', 'rekisteriin', 'rekisi']);
    });
    it('scope: only in the sections named', () => {
      const fs = lintOne(head('substitution', 'scope: [retention]\nswap: {luonnos: vedos}\n'), TWO);
      expect(fs.map((f) => [f.section, f.suggestion])).toEqual([['retention', 'Vedos']]);
    });
  });

  describe('must-mention', () => {
    const yaml = (extra: string) =>
      head('must-mention', `message: {fi: "puuttuu {section}", en: "missing {section}"}\n`.replace(/^/, '') + extra).replace(
        'message: {fi: "löytyi {match}", en: "found {match}"}\n',
        '',
      );
    it('scope + items[].patterns + pointAt: a vague phrase is pointed at; silent when the scope section is absent', () => {
      const y = yaml('scope: [retention]\nitems: [{patterns: ["/\\\\d+ vuotta/"]}]\npointAt: [toistaiseksi]\n');
      const text = 'Henkilötietojen säilytysaika\n\nTiedot säilytetään toistaiseksi.';
      expect(matched(text, lintOne(y, text))).toEqual(['toistaiseksi']);
      expect(lintOne(y, 'Henkilötietojen säilytysaika\n\nTiedot säilytetään 6 vuotta.')).toEqual([]);
      expect(lintOne(y, 'Rekisterin nimi\n\nAsiakkaat.')).toEqual([]);
    });
    it('items[].section names the finding, items[].sections: a heading satisfies the item, anchor: where to point', () => {
      const y = yaml('items:\n  - {section: right_erasure, sections: [right_erasure], patterns: ["poisto-oikeu*"]}\nanchor: [rights]\n');
      const missing = 'Tietosuojaseloste\n\nRekisteröidyn oikeudet\n\nOikeus tarkastaa tiedot.';
      const [f] = lintOne(y, missing);
      expect(f.section).toBe('right_erasure');
      expect(f.message).toBe('puuttuu Oikeus tietojen poistamiseen');
      expect(matched(missing, [f])).toEqual(['Rekisteröidyn oikeudet']);
      expect(lintOne(y, 'Rekisteröidyn oikeudet\n\nOikeus tarkastaa tiedot.\n\nOikeus tietojen poistamiseen\n\nVoit pyytää.')).toEqual([]);
      expect(lintOne(y, 'Rekisteröidyn oikeudet\n\nSinulla on poisto-oikeus.')).toEqual([]);
    });
  });

  describe('required-section', () => {
    const y = head('required-section', 'groups:\n  - {sections: [retention], mentions: ["near(3): säilyt* | vuotta"]}\n  - {sections: ["right_*"]}\n');
    it('groups: a heading of the section, a mention in the text, or a finding per missing group', () => {
      expect(lintOne(y, 'Henkilötietojen säilytysaika\n\nKuusi vuotta.\n\nTarkastusoikeus\n\nOn.')).toEqual([]);
      expect(lintOne(y, 'Tiedot säilytetään kuusi vuotta.\n\nTarkastusoikeus\n\nOn.')).toEqual([]);
      expect(lintOne(y, 'Tietosuojaseloste\n\nRekisterin nimi\n\nAsiakkaat.').map((f) => f.section)).toEqual(['retention', 'right_']);
    });
  });

  describe('non-empty', () => {
    it('scope, and umbrellas: an umbrella heading may stand empty right above its children', () => {
      const y = head('non-empty', 'umbrellas: [{section: rights, children: [right_access]}]\n');
      const text = 'Rekisteröidyn oikeudet\n\nTarkastusoikeus\n\nVoit tarkastaa.\n\nSäännönmukaiset tietolähteet\n\nHenkilötietojen säilytysaika\n\nKuusi vuotta.';
      expect(lintOne(y, text).map((f) => f.section)).toEqual(['sources']);
      expect(lintOne(head('non-empty', 'scope: [retention]\n'), text)).toEqual([]);
      expect(lintOne(head('non-empty'), text).map((f) => f.section)).toEqual(['rights', 'sources']);
    });
  });

  describe('conditional', () => {
    const purpose = (p: string, rest = '') => `Henkilötietojen käsittelyn tarkoitus\n\n${p}${rest}`;
    const prof = (t: string) => `\n\nAutomaattinen päätöksenteko ja profilointi\n\n${t}`;
    const base = 'if: {scope: [purpose], patterns: [profiloi*]}\nthen:\n  scope: [profiling]\n';
    it('then.mustNotMatch: the then section must not say it', () => {
      const y = head('conditional', `${base}  mustNotMatch: [ei käytössä]\n`);
      expect(lintOne(y, purpose('Profiloimme asiakkaita.', prof('Ei käytössä.')))).toHaveLength(1);
      expect(lintOne(y, purpose('Profiloimme asiakkaita.', prof('Ostohistorian perusteella.')))).toEqual([]);
      expect(lintOne(y, purpose('Laskutus.', prof('Ei käytössä.')))).toEqual([]); // no condition
    });
    it('then.mustMatch: the then section must say it', () => {
      const y = head('conditional', `${base}  mustMatch: [vastusta*]\n`);
      expect(lintOne(y, purpose('Profiloimme asiakkaita.', prof('Ostohistorian perusteella.')))).toHaveLength(1);
      expect(lintOne(y, purpose('Profiloimme asiakkaita.', prof('Profilointia voi vastustaa.')))).toEqual([]);
    });
    it('then.exists: a missing then section is reported with messages.missing; skipEmpty: an empty one is not', () => {
      const y = head(
        'conditional',
        `messages: {missing: {fi: "puuttuu ({condition})", en: "missing ({condition})"}}\n${base}  exists: true\n  skipEmpty: true\n  mustNotMatch: [ei käytössä]\n`,
      );
      expect(lintOne(y, purpose('Profiloimme asiakkaita.')).map((f) => f.message)).toEqual(['puuttuu (Profiloimme)']);
      expect(lintOne(y, purpose('Profiloimme asiakkaita.', `${prof('')}\n\nRekisterin nimi\n\nAsiakkaat.`))).toEqual([]);
    });
    it('unless: the condition does not count when this is said too', () => {
      const y = head('conditional', `${base}  mustNotMatch: [ei käytössä]\nunless: {patterns: [suostumu*]}\n`);
      expect(lintOne(y, purpose('Profiloimme asiakkaita suostumuksella.', prof('Ei käytössä.')))).toEqual([]);
    });
  });

  describe('lexicon', () => {
    const y = (extra: string) => head('lexicon', `message: {fi: "{match} → {suggestion}", en: "{match} → {suggestion}"}\n${extra}`.replace(/^/, '')).replace('message: {fi: "löytyi {match}", en: "found {match}"}\n', '');
    it('stems, minStemLength, minWordLength, known', () => {
      const base = 'stems: [rekisterinpitäj]\n';
      expect(lintOne(y(base), 'Rekisterinptäjän tiedot.').map((f) => f.suggestion)).toEqual(['Rekisterinpitäjän']);
      expect(lintOne(y(`${base}minStemLength: 16\n`), 'Rekisterinptäjän tiedot.')).toEqual([]); // the stem is too short to compare
      expect(lintOne(y(`${base}minWordLength: 17\n`), 'Rekisterinptäjän tiedot.')).toEqual([]); // the word is too short to judge
      expect(lintOne(y(`${base}known: [rekisterinptäj]\n`), 'Rekisterinptäjän tiedot.')).toEqual([]);
    });
    it('neighbours: minLength, minCount, inflectionLetters, endingLength', () => {
      const text = 'henkilötietojen henkilötietojen henkilötietojen henkilötietojoen';
      const nb = (o: string) => y(`stems: [tietosuojavaltuut]\nneighbours: {${o}}\n`);
      expect(lintOne(nb('minLength: 12, minCount: 3'), text).map((f) => f.suggestion)).toEqual(['henkilötietojen']);
      expect(lintOne(nb('minLength: 17, minCount: 3'), text)).toEqual([]);
      expect(lintOne(nb('minLength: 12, minCount: 4'), text)).toEqual([]);
      expect(lintOne(nb('minLength: 12, minCount: 3, inflectionLetters: "o"'), text)).toEqual([]);
      expect(lintOne(nb('minLength: 12, minCount: 3, endingLength: 3'), text)).toEqual([]);
    });
    it('supersededBy: another rule\'s finding on the same word makes this one redundant', () => {
      const dir = packWith({
        'a.yaml': y('stems: [rekisterinpitäj]\nsupersededBy: [t/typo]\n'),
        'b.yaml': 'id: t/typo\nkind: substitution\nseverity: warning\nmessage: {fi: "{match}", en: "{match}"}\ndescription: {fi: a, en: b}\nswap: {rekisterinptäjän: rekisterinpitäjän}\n',
      });
      const fs = new Linter(loadPack(dir), loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY }).lint(notice('Rekisterinptäjän tiedot.'));
      expect(fs.map((f) => f.ruleId)).toEqual(['t/typo']);
    });
  });

  describe('code', () => {
    const date = (options: string) => head('code', `check: notice-date\n${options}messages: {missing: {fi: ei päivää, en: no date}}\n`);
    it('notice-date: maxAgeMonths, dateWords (patterns and @lists), missingSeverity', () => {
      const text = 'Tietosuojaseloste\n\nLaadittu 1.3.2025';
      expect(lintOne(date('options: {maxAgeMonths: 24, dateWords: [laadittu]}\n'), text)).toEqual([]);
      expect(matched(text, lintOne(date('options: {maxAgeMonths: 6, dateWords: [laadittu]}\n'), text))).toEqual(['1.3.2025']);
      expect(lintOne(date('options: {maxAgeMonths: 6, dateWords: ["@date-words"]}\n'), text)).toHaveLength(1);
      // without a date word, the date is not the notice's: no date at all, at the severity asked
      const [f] = lintOne(date('options: {dateWords: [päivitetty], missingSeverity: error}\n'), text);
      expect([f.message, f.severity]).toEqual(['ei päivää', 'error']);
    });
    itVoikko('spelling: acceptedWords and maxSuggestions', () => {
      const y = (o: string) =>
        head('code', `check: spelling\noptions: {${o}}\n`).replace('message: {fi: "löytyi {match}", en: "found {match}"}', 'message: {fi: "{match}: {suggestions}", en: "{match}: {suggestions}"}');
      const text = 'Tietoja käsitellään luottamuksellsesti ja tallennetaan datahubiin.';
      const all = lintOne(y('maxSuggestions: 1'), text);
      expect(all.map((f) => matched(text, [f])[0])).toEqual(['luottamuksellsesti', 'datahubiin']);
      expect(all[0].message.split(': ')[1].split(', ')).toHaveLength(1);
      expect(lintOne(y('acceptedWords: [datahub]'), text).map((f) => matched(text, [f])[0])).toEqual(['luottamuksellsesti']);
    });
    it('options from the config override the pack\'s', () => {
      const text = 'Tietosuojaseloste\n\nLaadittu 1.3.2025';
      const y = date('options: {maxAgeMonths: 24, dateWords: [laadittu]}\n');
      expect(lintOne(y, text, { options: new Map([['t/x', { maxAgeMonths: 3 }]]) })).toHaveLength(1);
    });
  });
});
