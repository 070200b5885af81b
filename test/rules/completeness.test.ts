/**
 * A required item or a right is addressed wherever and however the notice states it:
 * in a sentence, in its own word order, with Finnish inflection and possessive endings,
 * or as a right the notice says does not apply. Each case is a small text written for it.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/rules/patterns.js';
import { buildNotice } from '../../src/segment/index.js';
import { linterWith } from '../helpers/notice.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const missing = (text: string) =>
  linterWith()
    .lint(notice(text))
    .filter((f) => /^(section\/required|rights\/missing|retention\/no-period)$/.test(f.ruleId))
    .map((f) => `${f.ruleId}:${f.section}`);

describe('near(N): words of each group within N words, any order, one sentence', () => {
  const test = (pattern: string, text: string) => {
    const re = compilePatterns([pattern]);
    re.lastIndex = 0;
    return re.test(text);
  };
  it('finds the groups in either order within the distance', () => {
    expect(test('near(4): siirt* | toisel*', 'oikeus siirtää kyseiset tiedot toiselle rekisterinpitäjälle')).toBe(true);
    expect(test('near(4): siirt* | toisel*', 'toiselle rekisterinpitäjälle voidaan siirtää')).toBe(true);
    expect(test('near(1): siirt* | toisel*', 'siirtää kyseiset tiedot toiselle')).toBe(false);
  });
  it('does not reach over a full stop', () => {
    expect(test('near(4): siirt* | toisel*', 'Voit siirtää. Toiselle ei.')).toBe(false);
  });
  it('matches whole words from their beginning: "jaeta" is not "ETA"', () => {
    expect(test('near(8): EU* ETA* | ulkopuol*', 'ei jaeta tai tallenneta sovelluksen ulkopuolelle')).toBe(false);
    expect(test('near(8): EU* ETA* | ulkopuol*', 'EU:n tai ETA:n ulkopuolelle')).toBe(true);
  });
  it('an ending is written *so', () => {
    expect(test('near(2): käytä* | *kumppaneita', 'Käytämme yhteistyökumppaneita')).toBe(true);
  });
});

// A notice with every heading but the one a test leaves out; the text under it says the rest.
const HEADINGS: Record<string, string> = {
  controller: 'Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki.',
  purpose: 'Henkilötietojen käsittelyn tarkoitus\n\nAsiakassuhteen hoitaminen.',
  legal_basis: 'Käsittelyn oikeusperuste\n\nSopimus.',
  data_content: 'Rekisterin tietosisältö\n\nNimi ja osoite.',
  sources: 'Säännönmukaiset tietolähteet\n\nAsiakas itse.',
  disclosures: 'Tietojen säännönmukaiset luovutukset\n\nEi luovutuksia.',
  transfers: 'Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei siirretä.',
  retention: 'Henkilötietojen säilytysaika\n\nKuusi vuotta sopimuksen päättymisestä.',
  profiling: 'Automaattinen päätöksenteko ja profilointi\n\nEi käytössä.',
  rights:
    'Rekisteröidyn oikeudet\n\nRekisteröidyllä on tarkastusoikeus, oikeus vaatia tiedon korjaamista, oikeus tietojen poistamiseen, ' +
    'rajoittamisoikeus, oikeus siirtää tiedot järjestelmästä toiseen ja vastustamisoikeus.',
  right_complaint: 'Oikeus tehdä valitus valvontaviranomaiselle\n\nTietosuojavaltuutetulle.',
};
const without = (id: string, extra: string) =>
  Object.entries(HEADINGS)
    .filter(([k]) => k !== id)
    .map(([, v]) => v)
    .join('\n\n') + `\n\nLisätietoja\n\n${extra}\n`;

describe('required items stated in the text, in Finnish word order and inflection', () => {
  it('the complete notice has nothing missing', () => {
    expect(missing(without('', ''))).toEqual([]);
  });
  it('a legitimate interest stated with a possessive ending ("Oikeutettu etumme on …") is a legal basis', () => {
    expect(missing(without('legal_basis', 'Oikeutettu etumme on asiakassuhteen hoitaminen.'))).toEqual([]);
  });
  it('consent asked for the processing is a legal basis; "suostumukseen perustuvia tietoja" is not', () => {
    expect(missing(without('legal_basis', 'Jotta voimme käsitellä tietojasi, tarvitsemme siihen suostumuksesi.'))).toEqual([]);
    expect(missing(without('legal_basis', 'Suostumukseen perustuvia asiakastietoja säilytetään vuoden.'))).toEqual(['section/required:legal_basis']);
  });
  it('a transfer said as "siirtyvät Yhdysvaltoihin" is a statement about transfers', () => {
    expect(missing(without('transfers', 'Analytiikan tiedot siirtyvät Yhdysvaltoihin vakiosopimuslausekkein.'))).toEqual([]);
  });
  it('processors named ("Käytämme palveluntarjoajia") or "Emme luovuta tietojasi" state the recipients', () => {
    expect(missing(without('disclosures', 'Käytämme seuraavia palveluntarjoajia tietojen käsittelyssä.'))).toEqual([]);
    expect(missing(without('disclosures', 'Emme luovuta tai jaa tietojasi kolmansille osapuolille.'))).toEqual([]);
  });
  it('data given to the data subject ("Tiedot luovutetaan asiakkaalle") is no statement about recipients', () => {
    expect(missing(without('disclosures', 'Tiedot luovutetaan asiakkaalle ymmärrettävässä muodossa.'))).toEqual(['section/required:recipients']);
  });
  it('a controller named as keeping the register ("Esimerkki ry pitää henkilörekisteriä")', () => {
    expect(missing(without('controller', 'Esimerkki ry pitää henkilörekisteriä jäsenistään.'))).toEqual([]);
    // someone keeping data up to date is not a controller named
    expect(missing(without('controller', 'Työntekijät käyttävät asiakasrekisteriä ja ylläpitää sen tietoja.'))).toEqual(['section/required:controller']);
  });
  it('a controller named in the opening words ("Tämä on Esimerkki Oy:n tietosuojaseloste")', () => {
    expect(missing(without('controller', 'Tämä on Esimerkki Oy:n tietosuojaseloste.'))).toEqual([]);
    expect(missing(without('controller', 'Esimerkki Software Oy (Y-tunnus 2345678-0, jäljempänä ”me”) käsittelee tietojasi.'))).toEqual([]);
  });
  it('a purpose said as "Käytämme tietojasi …", a transfer statement as where the data are kept', () => {
    expect(missing(without('purpose', 'Käytämme tietojasi tilausten toimittamiseen.'))).toEqual([]);
    expect(missing(without('transfers', 'Tiedot säilytetään Suomessa sijaitsevilla palvelimilla.'))).toEqual([]);
  });
  it('"Tietoja voidaan luovuttaa viranomaisille" states recipients; "tiedot, jotka asiakas luovuttaa" does not', () => {
    expect(missing(without('disclosures', 'Tietoja voidaan luovuttaa viranomaisille lain nojalla.'))).toEqual([]);
    expect(missing(without('disclosures', 'Tallennamme ne tiedot, jotka asiakas luovuttaa kirjautuessaan.'))).toEqual(['section/required:recipients']);
  });
  it('the complaint right as turning to the supervisory authority', () => {
    expect(missing(without('right_complaint', 'Sinulla on oikeus kääntyä valvontaviranomaisen puoleen.'))).toEqual([]);
  });
  it('data named with what is done to them are the categories ("voi sisältää nimesi ja sähköpostiosoitteesi")', () => {
    expect(missing(without('data_content', 'Palaute voi sisältää nimesi ja sähköpostiosoitteesi.'))).toEqual([]);
  });
  it('data collected automatically state their source', () => {
    expect(missing(without('sources', 'Osa tiedoista kerätään automaattisesti verkkopalvelussamme.'))).toEqual([]);
  });
  it('storage as long as a relationship lasts is a criterion; "as long as necessary" is not', () => {
    expect(missing(without('retention', 'Säilytämme tietoja asiakassuhteen ajan.'))).toEqual([]);
    expect(missing(without('retention', 'Tietoja säilytetään niin kauan kuin jäsenyys on voimassa.'))).toEqual([]);
    const vague = without('', '').replace('Kuusi vuotta sopimuksen päättymisestä.', 'Vain niin kauan kuin on tarpeen.');
    expect(missing(vague)).toEqual(['retention/no-period:retention']);
  });
  it('an event that ends the storage is a retention criterion; a minimum alone is not', () => {
    expect(missing(without('retention', 'Tiedot poistetaan, kun käyttöoikeus sovellukseen päättyy.'))).toEqual([]);
    expect(missing(without('retention', 'Säilytämme osallistujien nimiä vähintään vuoden ajan.'))).toEqual(['section/required:retention']);
  });
});

describe('legal-basis/legitimate-interest-mismatch reads the interest in its inflected forms', () => {
  const mismatch = (body: string) =>
    linterWith()
      .lint(notice(`Oikeutetun edun peruste\n\n${body}\n`))
      .filter((f) => f.ruleId === 'legal-basis/legitimate-interest-mismatch');
  it('"Oikeutettu etumme on …" with a contract named states the interest', () => {
    expect(mismatch('Oikeutettu etumme on asiakassopimuksen mukaisten palvelujen kehittäminen.')).toEqual([]);
  });
  it('a contract alone, or a first name, is still no interest', () => {
    expect(mismatch('Asiakassopimus.')).toHaveLength(1);
    expect(mismatch('Sopimus; etunimi ja sukunimi.')).toHaveLength(1);
  });
});

describe('rights stated in a sentence, or said not to apply', () => {
  const RIGHTS_HEAD = 'Rekisteröidyn oikeudet\n\n';
  const rightsText = (body: string) => without('rights', '').replace('Lisätietoja\n\n', '') + `\n\n${RIGHTS_HEAD}${body}\n`;
  const allRights = () =>
    ({
      access: 'Sinulla on oikeus tarkastaa tietosi.',
      rectification: 'Voit vaatia virheellisen tiedon korjaamista.',
      erasure: '',
      restriction: 'Voit pyytää käsittelyn rajoittamista.',
      portability: '',
      objection: 'Voit vastustaa käsittelyä.',
    }) as Record<string, string>;
  it('erasure and portability in plain sentences', () => {
    const parts = allRights();
    parts.erasure = 'Rekisteröidyllä on oikeus pyytää häntä koskevien henkilötietojen poistamiseen.';
    parts.portability = 'Voit siirtää kyseiset tiedot toiselle rekisterinpitäjälle.';
    expect(missing(rightsText(Object.values(parts).join(' ')))).toEqual([]);
  });
  it('a right the notice says does not apply is addressed, not missing', () => {
    const parts = allRights();
    parts.erasure = 'Rekisteröidyllä ei ole oikeutta pyytää tietojensa poistamista, koska käsittely perustuu lakiin.';
    parts.portability = 'Rekisteröidyllä ei ole oikeutta saada tietojaan siirretyksi toiseen järjestelmään.';
    expect(missing(rightsText(Object.values(parts).join(' ')))).toEqual([]);
  });
  it('a right left out is still reported', () => {
    const parts = allRights();
    parts.erasure = 'Rekisteröidyllä on oikeus pyytää tietojensa poistamista.';
    expect(missing(rightsText(Object.values(parts).join(' ')))).toEqual(['rights/missing:right_portability']);
  });
  it('a company\'s access to statistics is not the data subject\'s right of access', () => {
    const parts = allRights();
    parts.access = 'Palvelu antaa meille pääsyn seuraaviin tietoihin: kävijämäärät.';
    parts.erasure = 'Voit pyytää tietojesi poistamista.';
    parts.portability = 'Voit siirtää tiedot toiselle rekisterinpitäjälle.';
    expect(missing(rightsText(Object.values(parts).join(' ')))).toEqual(['rights/missing:right_access']);
  });
});
