import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../src/ingest/index.js';
import { fixture, lines } from './helpers.js';

const SEEDS = [
  '000_a454ac08de0ff13f.txt',
  '001_50aa7928b2bf8345.txt',
  '002_4b4a33e3b28bb923.txt',
  '003_98cc76d9ec6c475c.txt',
  '004_05ecfa6f8211a144.txt',
];

describe('seed notices (.txt)', () => {
  it.each(SEEDS)('%s reads as NFC text with the source line count', async (name) => {
    const r = await readNotice(fixture(name));
    const source = await readFile(fixture(name), 'utf8');
    expect(r.format).toBe('text');
    expect(r.linePages).toBeNull();
    expect(r.warnings).toEqual([]);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(lines(r.text)).toHaveLength(lines(source.replace(/\r\n?/g, '\n')).length);
    expect(r.text).not.toMatch(/[ \t]+$/m);
    expect(r.text).not.toMatch(/[\u00A0\uF0B7]/);
  });

  it('002: decomposed ä is composed and the tab-after-every-word spacing collapsed', async () => {
    const r = await readNotice(fixture('002_4b4a33e3b28bb923.txt'));
    expect(r.text).toContain('Rekisterin käyttötarkoitus on organisaation asiakasrekisterin ylläpitäminen,');
    expect(r.text).not.toContain('a\u0308');
    // TAB + spaces mid-line was a table cell boundary: it stays a (single) TAB.
    expect(lines(r.text)).toContain('Oikeutetun edun peruste\tKäsittelyn oikeusperusteena on sopimus');
    const tabs = r.text.match(/\t/g)?.length ?? 0;
    expect(tabs).toBeLessThan(20);
  });

  it('001: tabs are cell separators and stay; leftover HTML tags stay', async () => {
    const r = await readNotice(fixture('001_50aa7928b2bf8345.txt'));
    const ls = lines(r.text);
    expect(ls[4]).toBe('Laatimispäivä\t6.10.2021');
    expect(ls).toContain('Rekisterin nimi\tAsiakasrekisteri');
    expect(r.text).toContain('<p>tietolähteet</p>\t<p>');
    expect(r.text).toContain('<ul style=');
  });

  it('004: NBSP becomes a space', async () => {
    const r = await readNotice(fixture('004_05ecfa6f8211a144.txt'));
    expect(r.text).toMatch(/^1 +Rekisterinpitäjä ja yhteystiedot rekisteriasioissa$/m);
    expect(r.text).toContain('Äänekosken Energia Oy (0917763-8)');
  });
});
