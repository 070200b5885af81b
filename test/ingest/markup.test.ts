import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../src/ingest/index.js';
import { htmlToLines } from '../../src/ingest/html.js';
import { markdownToLines } from '../../src/ingest/markdown.js';
import { fixture, lines } from './helpers.js';

describe('Markdown', () => {
  it('notice.md: one output line per source line, headings marked, syntax dropped', async () => {
    const r = await readNotice(fixture('ingest/notice.md'));
    const source = await readFile(fixture('ingest/notice.md'), 'utf8');
    const ls = lines(r.text);
    expect(r.format).toBe('markdown');
    expect(ls).toHaveLength(lines(source).length);
    expect(ls.slice(0, 5)).toEqual(['', '', '', '', '']); // front matter
    expect(r.headingLines.map((i) => ls[i])).toEqual([
      'Asiakasrekisterin tietosuojaseloste',
      '1. Rekisterinpitäjä',
      'Henkilötietojen käsittelyn tarkoitus',
    ]);
    expect(r.headingLines[0]).toBe(5);
    expect(ls[10]).toBe('Lisätietoja verkkosivuillamme ja rekisteriasioissa.');
    expect(ls[14]).toBe('Käsittelemme tietoja asiakassuhteen hoitamiseksi ja laskutusta varten:');
    expect(ls.slice(16, 19)).toEqual(['• asiakassuhteen hoitaminen', '• laskutus ja perintä', '  • maksumuistutukset']);
    expect(ls[20]).toBe('Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Merkki [1] ja snake_case_nimi säilyvät.');
    expect(ls[22]).toBe(''); // reference definition
  });

  it('setext headings, tables, code and e-mail addresses', () => {
    const md = [
      'Tietosuojaseloste',
      '=================',
      '| Tieto | Peruste |',
      '|---|---|',
      '| Nimi | sopimus |',
      '```',
      '# ei otsikko',
      '```',
      'Yhteys: `tietosuoja@example.fi`, <https://example.fi>, etu_suku@example.fi',
    ].join('\n');
    const r = markdownToLines(md);
    expect(lines(r.text)).toEqual([
      'Tietosuojaseloste',
      '',
      'Tieto\tPeruste',
      '',
      'Nimi\tsopimus',
      '',
      '# ei otsikko',
      '',
      'Yhteys: tietosuoja@example.fi, https://example.fi, etu_suku@example.fi',
    ]);
    expect(r.headingLines).toEqual([0]);
  });
});

describe('HTML', () => {
  it('notice.html: head/script/style/noscript/template dropped, entities decoded, structure kept', async () => {
    const r = await readNotice(fixture('ingest/notice.html'));
    const ls = lines(r.text);
    expect(r.format).toBe('html');
    expect(r.text).not.toMatch(/otsikkorivi|color|document\.write|JavaScript|piilotettu/);
    expect(ls).toContain('Rekisterinpitäjä on Esimerkki Oy & sen tytäryhtiöt. Hinta €0, "lainaus".');
    expect(r.headingLines.map((i) => ls[i])).toEqual([
      'Tietosuojaseloste',
      'Henkilötietojen käsittelyn tarkoitus',
      'Rekisterin nimi\tAsiakasrekisteri',
      'Säilytysaika\t10 vuotta',
    ]);
    expect(ls).toContain('Toinen rivi samassa kappaleessa.');
    const li = ls.indexOf('• asiakassuhteen hoitaminen');
    expect(ls.slice(li, li + 4)).toEqual([
      '• asiakassuhteen hoitaminen',
      '  • laskutus',
      '  • perintä',
      '• markkinointi',
    ]);
    expect(ls[ls.indexOf('Rekisterin nimi\tAsiakasrekisteri') + 1]).toBe('Toinen kappale oikeassa solussa.');
    expect(ls).toContain('Tieto\tLähde\tPeruste');
  });

  it('a long bold paragraph is emphasis, not a heading; bold inside a sentence is not either', () => {
    const long = 'Tämä on pitkä lihavoitu kappale jossa on selvästi enemmän kuin kaksitoista sanaa yhteensä tässä';
    const r = htmlToLines(
      `<p><b>${long}</b></p><p>Teksti <b>lihava</b> jatkuu</p><ol><li>yksi</li><li>kaksi</li></ol>`,
    );
    expect(r.headingLines).toEqual([]);
    expect(lines(r.text)).toEqual([long, '', 'Teksti lihava jatkuu', '', '1. yksi', '2. kaksi']);
  });

  it('a CMS fragment that opens with block tags is HTML; seed 001 with leftover tags is not', async () => {
    const frag = new TextEncoder().encode(
      '<h2>Rekisterin nimi</h2>\n<p>Asiakasrekisteri</p>\n<p>Toinen</p><p>Kolmas</p>',
    );
    const { extract } = await import('../../src/ingest/index.js');
    expect((await extract(frag, 'x.txt')).format).toBe('html');
    expect((await readNotice(fixture('001_50aa7928b2bf8345.txt'))).format).toBe('text');
  });
});
