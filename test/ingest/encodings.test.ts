import { describe, expect, it } from 'vitest';
import { extract, readNotice } from '../../src/ingest/index.js';
import { decodeText } from '../../src/ingest/text.js';
import { fixture, lines } from './helpers.js';

const EXPECTED = [
  'Tietosuojaseloste',
  '',
  'Rekisterinpitäjä',
  'Äänekosken Energia Oy, Kotakennääntie 31, 44100 Äänekoski',
  '',
  'Henkilötietojen käsittelyn tarkoitus',
  'Käsittelemme henkilötietoja EU:n tietosuoja-asetuksen mukaisesti.',
  '',
].join('\n');

describe('text encodings and line ends', () => {
  it.each(['utf16le-bom.txt', 'utf16be-bom.txt', 'windows-1252-crlf.txt', 'cr-line-ends.txt'])(
    '%s decodes to the same text',
    async (name) => {
      const r = await readNotice(fixture(`ingest/${name}`));
      expect(r.format).toBe('text');
      expect(r.text).toBe(EXPECTED);
      expect(r.warnings).toEqual([]);
    },
  );

  it('UTF-16 without its BOM (LE and BE) is read as text, not refused as binary', async () => {
    for (const [name, encoding] of [['utf16le-bom.txt', 'utf-16le'], ['utf16be-bom.txt', 'utf-16be']] as const) {
      const bomless = (await import('node:fs')).readFileSync(fixture(`ingest/${name}`)).subarray(2);
      const r = await extract(new Uint8Array(bomless), 'x.txt');
      expect(r.text).toBe(EXPECTED);
      expect(decodeText(new Uint8Array(bomless)).encoding).toBe(encoding);
    }
  });

  it('reports the detected encoding', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa4])).encoding).toBe('utf-8');
    expect(decodeText(new Uint8Array([0x41, 0xe4, 0x0d, 0x0a, 0xf6])).text).toBe('Aä\nö');
    expect(decodeText(new Uint8Array([0x41, 0xe4])).encoding).toBe('windows-1252');
  });

  it('UTF-8 with BOM: the BOM is not part of the text', async () => {
    const bytes = new TextEncoder().encode('\uFEFFTietosuojaseloste\r\nRekisterinpitäjä\r\n');
    const r = await extract(bytes, 'x.txt');
    expect(r.text).toBe('Tietosuojaseloste\nRekisterinpitäjä\n');
  });

  it('a few NUL bytes are dropped with a warning', async () => {
    const r = await readNotice(fixture('ingest/stray-nul.txt'));
    expect(r.format).toBe('text');
    expect(lines(r.text)[2]).toBe('Rekisterinpitäjä');
    expect(r.warnings).toEqual(['dropped 2 NUL bytes from the text']);
  });
});
