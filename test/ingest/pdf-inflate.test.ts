/** Issue 14: a PDF whose streams inflate to far more than the file is refused before pdf.js holds it. */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../../src/model/errors.js';
import { extractPdf, inflatedSize } from '../../src/ingest/pdf.js';

/** A one-page PDF whose content stream is Flate-compressed and `padding` bytes longer than its text. */
function inflatingPdf(padding: number): Uint8Array {
  const content = Buffer.concat([
    Buffer.from('BT /F1 12 Tf 50 750 Td (Rekisterinpitaja Esimerkki Oy) Tj ET\n', 'latin1'),
    Buffer.alloc(padding, 0x20),
  ]);
  const packed = deflateSync(content);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  add('%PDF-1.4\n');
  const objects: (string | Buffer[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    [
      Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream', 'latin1'),
    ],
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  objects.forEach((o, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n`);
    if (typeof o === 'string') add(o);
    else o.forEach(add);
    add('\nendobj\n');
  });
  const xref = length;
  add(
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`,
  );
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

describe('PDF streams that inflate far beyond the file', () => {
  const MB = 1024 * 1024;
  const pdf = inflatingPdf(3 * MB);

  it('are counted without holding more than the limit', () => {
    expect(pdf.length).toBeLessThan(20_000);
    expect(inflatedSize(pdf, 16 * MB)).toBeGreaterThan(3 * MB);
    expect(inflatedSize(pdf, MB)).toBe(MB + 1);
  });

  it('past the limit the PDF is unreadable (out of memory), under it the text is read', async () => {
    const err = await extractPdf(pdf, 500, undefined, MB).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableInputError);
    expect((err as UnreadableInputError).code).toBe('out-of-memory');
    expect((await extractPdf(pdf, 500, undefined, 16 * MB)).text).toContain('Rekisterinpitaja Esimerkki Oy');
  });
});
