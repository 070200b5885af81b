import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError, type UnreadableCode } from '../../src/model/errors.js';
import { extract, readNotice } from '../../src/ingest/index.js';
import { REASONS } from '../../src/ingest/reasons.js';
import { fixture } from './helpers.js';

async function codeOf(promise: Promise<unknown>): Promise<UnreadableCode> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableInputError);
    const e = err as UnreadableInputError;
    expect(e.reason).toEqual(REASONS[e.code]);
    return e.code;
  }
  throw new Error('expected an UnreadableInputError');
}

describe('inputs that cannot be read', () => {
  it.each<[string, UnreadableCode]>([
    ['docs/003_imatra_encrypted_userpw.pdf', 'pdf-encrypted'],
    ['docs/003_imatra_image_only.pdf', 'pdf-no-text'],
    ['docs/000_tietosuojaseloste_truncated.pdf', 'pdf-damaged'],
    ['docs/004_aanekoski_truncated.docx', 'docx-damaged'],
    ['docs/empty_zero_bytes.pdf', 'empty'],
    ['docs/empty_zero_bytes.docx', 'empty'],
    ['ingest/not-a-docx.zip', 'zip-not-docx'],
    ['ingest/old-word.doc', 'doc-binary'],
    ['ingest/random.bin', 'binary'],
    ['ingest/zip-bomb.docx', 'docx-too-large'],
    ['does-not-exist.txt', 'not-found'],
    ['ingest', 'not-a-file'],
  ])('%s → %s', async (name, code) => {
    expect(await codeOf(readNotice(fixture(name)))).toBe(code);
  });

  it('the library error stays in `cause`', async () => {
    const err = await readNotice(fixture('docs/003_imatra_encrypted_userpw.pdf')).catch((e: unknown) => e);
    expect((err as Error).cause).toBeInstanceOf(Error);
    expect(((err as Error).cause as Error).name).toBe('PasswordException');
  });

  it('a text file named .pdf is read as text, with a warning', async () => {
    const r = await readNotice(fixture('docs/not_a_pdf_plaintext.pdf'));
    expect(r.format).toBe('text');
    expect(r.text).toContain('Äänekosken Energia Oy');
    expect(r.warnings).toEqual(['extension .pdf but the bytes are text: read as text']);
  });

  it('a PDF named .docx is read as a PDF, with a warning', async () => {
    const bytes = new Uint8Array(await readFile(fixture('docs/000_tietosuojaseloste_headings.pdf')));
    const r = await extract(bytes, 'seloste.docx');
    expect(r.format).toBe('pdf');
    expect(r.warnings).toEqual(['extension .docx but the bytes are a PDF: read as pdf']);
  });

  it('limits: file size, PDF pages, DOCX entries and unpacked size', async () => {
    expect(await codeOf(readNotice(fixture('000_a454ac08de0ff13f.txt'), { maxBytes: 100 }))).toBe('too-large');
    expect(await codeOf(extract(new Uint8Array(200).fill(65), 'a.txt', { maxBytes: 100 }))).toBe('too-large');
    const pdf = fixture('docs/000_tietosuojaseloste_headings.pdf');
    expect(await codeOf(readNotice(pdf, { maxPages: 3 }))).toBe('pdf-too-many-pages');
    expect((await readNotice(pdf, { maxPages: 4 })).format).toBe('pdf');
    const docx = fixture('docs/000_tietosuojaseloste_headings.docx');
    expect(await codeOf(readNotice(docx, { maxDocxEntries: 3 }))).toBe('docx-too-large');
    expect(await codeOf(readNotice(docx, { maxDocxUncompressedBytes: 1000 }))).toBe('docx-too-large');
  });

  it('whitespace only is empty; symbols only have no text', async () => {
    expect(await codeOf(extract(new TextEncoder().encode(' \n\t\r\n'), 'a.txt'))).toBe('empty');
    expect(await codeOf(extract(new TextEncoder().encode('1234 -- 5678\n'), 'a.txt'))).toBe('no-text');
  });

  it('every code has a Finnish and an English sentence', () => {
    for (const [code, reason] of Object.entries(REASONS)) {
      expect(reason.fi, code).toMatch(/\S/);
      expect(reason.en, code).toMatch(/\S/);
      expect(reason.fi, code).not.toBe(reason.en);
    }
    expect(REASONS['pdf-encrypted'].fi).toBe('PDF on salasanasuojattu: poista suojaus tai anna suojaamaton versio');
    expect(REASONS['pdf-no-text'].en).toBe('no text layer (scanned image?) — run OCR first');
  });
});
