/**
 * Headings as real notices lay them out: found by layout first (a Markdown heading, a
 * numbering 1…N, a line set apart like the other headings), then named by concept. Each
 * case is a small notice written for the rule it pins.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import type { Format } from '../../src/model/notice.js';
import { buildNotice, ConceptClassifier, HeadingMatcher, loadCatalogue } from '../../src/segment/index.js';

async function segmentsOf(text: string, name = 't.txt') {
  const n = buildNotice(name, await extract(new TextEncoder().encode(text), name));
  return n.segments.map((s) => ({
    ids: s.ids.join('+'),
    heading: s.heading,
    text: n.text.slice(s.contentStart, s.end).trim(),
  }));
}
const plain = (text: string, format: Format = 'text') =>
  buildNotice('t.txt', { format, text, linePages: null, headingLines: [], warnings: [] });

describe('headings asked as questions or put in other words', () => {
  const numbered = [
    'Tietosuojaseloste',
    '',
    '1. Rekisterinpitäjä',
    '',
    'Esimerkki Oy, Katu 1, 00100 Helsinki.',
    '',
    '2. Mitä tietoja käsittelemme?',
    '',
    'Nimi, sähköpostiosoite ja puhelinnumero.',
    '',
    '3. Mistä saamme tiedot?',
    '',
    'Saamme tiedot sinulta itseltäsi, kun teet tilauksen.',
    '',
    '4. Kuinka kauan tietoja säilytetään?',
    '',
    'Tiedot säilytetään kaksi vuotta asiakkuuden päättymisestä.',
    '',
    '5. Kenelle tietoja luovutetaan?',
    '',
    'Tietoja ei luovuteta kolmansille osapuolille.',
    '',
    '6. Tietojen antamisen vaatimus',
    '',
    'Tietojen antaminen on edellytys sopimuksen tekemiselle.',
  ].join('\n');

  it('a numbered sequence makes each numbered line a heading, named by what it asks', async () => {
    const segs = await segmentsOf(numbered);
    expect(segs.map((s) => s.ids)).toEqual([
      'preamble',
      'controller',
      'data_content',
      'sources',
      'retention',
      'disclosures',
      'statutory_requirement',
    ]);
    // the text under a question heading no longer falls into the section before it
    expect(segs[1].text).toBe('Esimerkki Oy, Katu 1, 00100 Helsinki.');
  });

  it('the concepts classify a heading by its words, the head of the phrase deciding a tie', () => {
    const c = new ConceptClassifier(loadCatalogue());
    expect(c.classify('Mitä tietoja käsittelemme?')).toEqual(['data_content']);
    expect(c.classify('Kuinka kauan tietoja säilytetään?')).toEqual(['retention']);
    expect(c.classify('Kenelle tietoja luovutetaan?')).toEqual(['disclosures']);
    expect(c.classify('Kuka muu käsittelee tietojasi?')).toEqual(['recipients']);
    expect(c.classify('Rekisterinpitäjän edustaja')).toEqual(['contact']);
    expect(c.classify('Tietojen suojaus ja säilytysajat')).toEqual(['security', 'retention']);
    expect(c.classify('Evästeistä')).toEqual(['cookies']); // a plain word matches its inflected forms (Snowball stem)
    expect(c.classify('Tekijänoikeudet')).toBeNull();
  });

  it('a genitive before another heading phrase modifies it: "Rekisterinpitäjän yhteyshenkilöt" is the contact only', () => {
    const m = new HeadingMatcher(loadCatalogue());
    expect(m.match('Rekisterinpitäjän yhteyshenkilöt')?.map((p) => p.ids)).toEqual([['contact']]);
    expect(m.match('Rekisterinpitäjä ja yhteyshenkilö')?.map((p) => p.ids)).toEqual([['controller', 'contact']]);
  });

  it('"4.1" under "4." is a sub-heading: named by its words, or of its parent\'s section when they name none', () => {
    const n = plain(
      [
        '1. Rekisterinpitäjä',
        'Esimerkki Oy.',
        '2. Käsiteltävät henkilötiedot',
        'Käsittelemme seuraavia tietoja.',
        '2.1 Asiakkaan perustiedot',
        'Nimi ja osoite.',
        '2.2 Laskutus ja maksut',
        'Laskun tiedot.',
        '3. Tietojen säilytysaika',
        'Kuusi vuotta.',
      ].join('\n'),
      'pdf',
    );
    expect(n.segments.map((s) => [s.ids.join('+'), s.heading])).toEqual([
      ['controller', 'Rekisterinpitäjä'],
      ['data_categories', 'Käsiteltävät henkilötiedot'],
      ['data_categories', 'Asiakkaan perustiedot'],
      ['data_categories', 'Laskutus ja maksut'],
      ['retention', 'Tietojen säilytysaika'],
    ]);
  });

  it("a numbered list inside a section is not the document's numbering", async () => {
    const text = [
      'Rekisterinpitäjä',
      '',
      'Esimerkki Oy.',
      '',
      'Tietojen säilytysaika',
      '',
      'Poistamme tiedot pyynnöstä. Tähän on kaksi poikkeusta:',
      '',
      '1. Tilaus on kesken',
      'Säilytämme tilauksen tiedot, kunnes se on toimitettu.',
      '',
      '2. Lasku on maksamatta',
      'Säilytämme laskun tiedot, kunnes se on maksettu.',
      '',
      '3. Reklamaatio on käsittelyssä',
      'Säilytämme tiedot, kunnes asia on ratkaistu.',
    ].join('\n');
    expect((await segmentsOf(text)).map((s) => s.ids)).toEqual(['controller', 'retention']);
  });
});

describe('Markdown headings outside the catalogue', () => {
  const md = [
    '# Käyttöehdot ja tietosuojakäytäntö',
    '',
    '## Rekisterinpitäjä',
    '',
    '**Esimerkki Oy**',
    'Y-tunnus: 1234567-1',
    '',
    '## Tekijänoikeudet',
    '',
    'Palvelun sisältö on suojattu tekijänoikeudella.',
    '',
    '## Rekisteriin tallennettavat tiedot',
    '',
    'Tallennamme seuraavat tiedot.',
    '',
    '### Allergiat (valinnainen)',
    '',
    'Tietoa käytetään osallistujan terveyden suojelemiseen.',
    '',
  ].join('\n');

  it('become segments of their own (other) and end the section before them', async () => {
    const segs = await segmentsOf(md, 'notice.md');
    expect(segs.map((s) => [s.ids, s.heading])).toEqual([
      ['preamble', null], // the title names the notice itself
      ['controller', 'Rekisterinpitäjä'],
      ['other', 'Tekijänoikeudet'],
      ['data_categories', 'Rekisteriin tallennettavat tiedot'],
      ['data_categories', 'Allergiat (valinnainen)'], // a sub-heading keeps its parent's section
    ]);
    expect(segs[1].text).not.toContain('tekijänoikeudella');
  });

  it('a bold value under a heading ("**Esimerkki Oy**") is content, not a heading', async () => {
    const segs = await segmentsOf(md, 'notice.md');
    expect(segs.find((s) => s.ids === 'controller')?.text).toContain('Esimerkki Oy');
  });

  it('a heading whose text comes under its sub-headings is not reported empty', async () => {
    const text =
      '## 4. Käsittelyn tarkoitus ja oikeusperuste\n\n### Käsittelyn tarkoitus\n\nAsiakassuhteen hoito.\n\n### Käsittelyn oikeusperuste\n\nSopimus.\n';
    const segs = await segmentsOf(text, 'n.md');
    expect(segs.map((s) => s.ids)).toEqual(['purpose+legal_basis', 'purpose', 'legal_basis']);
  });
});

describe("lines set apart like the document's headings", () => {
  const apart = [
    'Rekisterinpitäjä',
    '',
    'Esimerkkienergia Oy',
    'Y-tunnus: 2468135-7',
    '',
    'Käsittelyn tarkoitus',
    '',
    'Käsittelemme tietoja asiakassuhteen hoitamiseksi.',
    '',
    'Tietojen säilytysaika',
    '',
    'Tiedot säilytetään kuusi vuotta.',
    '',
    'Määritelmät',
    '',
    '”Palvelu” tarkoittaa verkkokauppaa.',
    '',
    'Käsittelemme seuraavia tietoja:',
    '',
    '- nimi',
    '- osoite',
    '',
    'Rekisteröidyn oikeudet',
    '',
    'Sinulla on oikeus tarkastaa tietosi.',
  ].join('\n');

  it('are headings where the document lays its headings out so; a name above an address is not', async () => {
    const segs = await segmentsOf(apart);
    expect(segs.map((s) => s.heading)).toEqual([
      'Rekisterinpitäjä',
      'Käsittelyn tarkoitus',
      'Tietojen säilytysaika',
      'Määritelmät',
      'Rekisteröidyn oikeudet',
    ]);
    expect(segs[3].ids).toBe('other');
  });

  it('a sentence that introduces a list ("Käsittelemme seuraavia tietoja:") is not a heading', async () => {
    const segs = await segmentsOf(apart);
    expect(segs.some((s) => s.heading?.startsWith('Käsittelemme'))).toBe(false);
  });

  it('a line that goes on in lower case below is a sentence wrapped by the layout', () => {
    const n = plain(
      'Rekisterinpitäjä\n\nEsimerkki Oy.\n\nTietojen säilytysaika\n\nTiedot säilytetään vuoden.\n\nRekisterin suojaus\n\nTietoja suojataan.\n\n' +
        'Asiakastapahtumissa kerättävät yhteystiedot ja muut asiakastiedot\n\nsäilytetään lukituissa tiloissa.\n',
    );
    expect(n.segments.map((s) => s.heading)).toEqual([
      'Rekisterinpitäjä',
      'Tietojen säilytysaika',
      'Rekisterin suojaus',
    ]);
  });
});

describe('bold headings and PDF lines', () => {
  it('where a document sets its catalogue headings in bold, a bold question names its section', () => {
    const lines = [
      'Rekisterinpitäjä',
      'Esimerkki Oy, Katu 1, Helsinki.',
      '',
      'Käsittelyn tarkoitus',
      'Asiakassuhteen hoitaminen ja laskutus.',
      '',
      'Mistä saamme tietosi?',
      'Saamme tiedot sinulta itseltäsi tilauksen yhteydessä.',
      '',
      'Tietojen säilytysaika',
      'Kuusi vuotta asiakkuuden päättymisestä.',
      '',
      'Rekisteröidyn oikeudet',
      'Sinulla on oikeus tarkastaa tietosi.',
    ];
    const bold = [0, 3, 6, 9, 12];
    const n = buildNotice('t.docx', {
      format: 'docx',
      text: lines.join('\n'),
      linePages: null,
      headingLines: bold,
      headingLevels: bold.map(() => 0),
      warnings: [],
    });
    expect(n.segments.map((s) => s.ids.join('+'))).toEqual(['controller', 'purpose', 'sources', 'retention', 'rights']);
  });

  it('bold questions in Markdown, with no # headings, are the headings where three or more name a section', async () => {
    const md = [
      'Tietosuojaseloste',
      '',
      '**Kuka vastaa tietojesi käsittelystä?**',
      '',
      'Esimerkki Oy, Katu 1, Helsinki.',
      '',
      '**Mihin käytämme tietojasi?**',
      '',
      'Tilausten toimittamiseen.',
      '',
      '**Mistä saamme tiedot?**',
      '',
      'Sinulta itseltäsi.',
      '',
      '**Kuinka kauan tietoja säilytetään?**',
      '',
      'Kuusi vuotta.',
      '',
    ].join('\n');
    expect((await segmentsOf(md, 'q.md')).map((s) => s.ids)).toEqual([
      'preamble',
      'controller',
      'purpose',
      'sources',
      'retention',
    ]);
  });

  it("in PDF text a short line after a sentence's end, above a paragraph, is set apart like a heading", () => {
    const text = [
      'Rekisterinpitäjä',
      'Esimerkki Oy, Katu 1, 00100 Helsinki.',
      'Käsittelyn tarkoitus',
      'Käsittelemme tietoja asiakassuhteen hoitamiseksi ja laskutukseen.',
      'Tietojen säilytysaika',
      'Tiedot säilytetään kuusi vuotta asiakkuuden päättymisestä.',
      'Evästeet',
      'Sivustomme käyttää evästeitä kävijämäärien laskemiseen ja sivujen kehittämiseen.',
      'Evästeiden hallinta',
      'Voit estää evästeet selaimesi asetuksista milloin tahansa haluat.',
    ].join('\n');
    const n = plain(text, 'pdf');
    expect(n.segments.map((s) => s.heading)).toEqual([
      'Rekisterinpitäjä',
      'Käsittelyn tarkoitus',
      'Tietojen säilytysaika',
      'Evästeet',
      'Evästeiden hallinta',
    ]);
  });
});

describe('labels run into their values with a colon', () => {
  it('where the layout runs through the document, each label starts its section, its value the content', () => {
    const n = plain(
      [
        'Rekisterinpitäjä: Esimerkki Oy, Katu 1, Helsinki',
        'Käsittelyn tarkoitus: asiakassuhteen hoito ja laskutus.',
        'Säännönmukaiset tietolähteet: asiakas itse.',
        'Rekisteröidyn oikeudet: tarkastusoikeus, oikeus vaatia tiedon korjaamista ja vastustamisoikeus.',
      ].join('\n'),
    );
    expect(n.segments.map((s) => [s.ids.join('+'), s.heading, n.text.slice(s.contentStart, s.end).trim()])).toEqual([
      ['controller', 'Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, Helsinki'],
      ['purpose', 'Käsittelyn tarkoitus', 'asiakassuhteen hoito ja laskutus.'],
      ['sources', 'Säännönmukaiset tietolähteet', 'asiakas itse.'],
      ['rights', 'Rekisteröidyn oikeudet', 'tarkastusoikeus, oikeus vaatia tiedon korjaamista ja vastustamisoikeus.'],
    ]);
  });
  it('a single "Nimi: …" or "Yhteystiedot: …" line inside a section does not start one', () => {
    const n = plain(
      'Rekisterinpitäjä\n\nEsimerkki Oy.\nYhteystiedot: info@esimerkki.fi\n\nKäsittelyn tarkoitus\n\nLaskutus.\n',
    );
    expect(n.segments.map((s) => s.heading)).toEqual(['Rekisterinpitäjä', 'Käsittelyn tarkoitus']);
  });
});
