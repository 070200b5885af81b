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
    for (const [name, encoding] of [
      ['utf16le-bom.txt', 'utf-16le'],
      ['utf16be-bom.txt', 'utf-16be'],
    ] as const) {
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

  // Issue 13: one invalid byte used to turn the whole file into Windows-1252 (mojibake).
  const utf8 = (s: string) => [...Buffer.from(s, 'utf8')];
  it.each([
    [
      'a stray 0xFF',
      [...utf8('Rekisterinpitäjä\n'), 0xff, ...utf8('\nSäilytys\n')],
      'Rekisterinpitäjä\n\uFFFD\nSäilytys\n',
      1,
    ],
    [
      'C3 28',
      [...utf8('Rekisterinpitäjä '), 0xc3, 0x28, ...utf8(' säilytys\n')],
      'Rekisterinpitäjä \uFFFD( säilytys\n',
      1,
    ],
    ['a character cut at the end', [...utf8('Rekisterinpitäjä\n'), 0xc3], 'Rekisterinpitäjä\n\uFFFD', 1],
  ])('%s: UTF-8 with U+FFFD and one warning', (_name, bytes, text, n) => {
    const r = decodeText(new Uint8Array(bytes as number[]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(text);
    expect(r.warnings).toEqual([`${n} byte was not valid UTF-8 and was replaced with \uFFFD`]);
  });

  it('NUL bytes inside a character are dropped before decoding: ä stays ä', () => {
    const r = decodeText(new Uint8Array([...utf8('Rekisterinpit'), 0xc3, 0x00, 0xa4, ...utf8('jä\n')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('Rekisterinpitäjä\n');
    expect(r.warnings).toEqual(['dropped 1 NUL byte from the text']);
  });

  it('Windows-1252 only when the bytes say so as a whole; a mixture says it was read so', () => {
    const cp = new Uint8Array([...utf8('Rekisterinpit'), 0xe4, 0x6a, 0xe4, 0x0a]);
    expect(decodeText(cp)).toEqual({ text: 'Rekisterinpitäjä\n', encoding: 'windows-1252', warnings: [] });
    const mixed = new Uint8Array([...utf8('ä '), 0xe4, 0x20, 0xf6, 0x20, 0xe5]);
    const r = decodeText(mixed);
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings).toEqual(['not UTF-8 as a whole: read as Windows-1252']);
  });
});
