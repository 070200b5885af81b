/**
 * Issue 14.3: what one document may cost in memory is bounded where it is read. The
 * rules' memory follows the text (48 MB of finding-dense text took 1.36 GB to lint), so
 * the text a document holds is limited, whatever its format; the XML a DOCX unpacks to
 * and the streams a PDF inflates to are limited before mammoth or pdf.js hold them.
 * (The full sizes and the peak RSS measured are in BENCHMARKS.md; these are their small forms.)
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toIngestLimits } from '../../src/api/config.js';
import { readBatch, type BatchItem } from '../../src/api/read-batch.js';
import { extractDocx, MAX_DOCX_XML_BYTES } from '../../src/ingest/docx.js';
import { extract, INGEST_DEFAULTS } from '../../src/ingest/index.js';
import { extractPdf, MAX_PDF_INFLATED_BYTES } from '../../src/ingest/pdf.js';
import { UnreadableInputError } from '../../src/model/errors.js';
import { fixture } from './helpers.js';

const MB = 1024 * 1024;
const DOCX = fixture('docs/000_tietosuojaseloste_headings.docx');
const para = 'Henkilötietoja käsitellään asiakassuhteen hoitamiseksi. ';

async function failure(p: Promise<unknown>): Promise<UnreadableInputError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnreadableInputError);
  return err as UnreadableInputError;
}

describe('the text one document may hold', () => {
  it('is 20 MB by default, set in the config as limits.maxTextMB', () => {
    expect(INGEST_DEFAULTS.maxTextBytes).toBe(20 * MB);
    expect(toIngestLimits({ limits: { maxTextMB: 2.5 } })).toMatchObject({ maxTextBytes: 2.5 * MB });
  });

  it('past it, text, Markdown and HTML are "too large" with the size of the text, the limit and the key that raises it', async () => {
    const body = `${para}\n\n`.repeat(100); // about 5.8 KB
    const inputs: Record<string, string> = {
      'a.txt': `Rekisterinpitäjä\n\n${body}`,
      'a.md': `# Rekisterinpitäjä\n\n${body}`,
      'a.html': `<!doctype html><html><body><h1>Rekisterinpitäjä</h1><p>${body}</p></body></html>`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const bytes = new TextEncoder().encode(text);
      const err = await failure(extract(bytes, name, { maxTextBytes: 4096 }));
      expect(err.code, name).toBe('too-large');
      expect(err.reason.en, name).toMatch(
        /^the file holds too much text to check \(0\.00\d+ MB of text; the limit is 0\.0039 MB\);.* limits\.maxTextMB$/,
      );
      expect(err.reason.fi, name).toContain('tiedostossa on liikaa tekstiä tarkistettavaksi');
      // and with room, the same bytes are read
      expect((await extract(bytes, name, { maxTextBytes: 64 * 1024 })).text).toContain('Rekisterinpitäjä');
    }
  });

  it('a DOCX read on a worker thread brings its reason back with the figures', async () => {
    const items: BatchItem[] = [];
    for await (const item of readBatch([DOCX], { workers: 1, limits: { maxTextBytes: 1000 } })) items.push(item);
    expect(items[0].error?.code).toBe('too-large');
    expect(items[0].error?.reason.en).toMatch(/MB of text; the limit is 0\.00095 MB\)/);
  });
});

describe('the XML a DOCX unpacks to', () => {
  it('is limited before mammoth parses it, by the sizes declared and by what really inflates', async () => {
    expect(MAX_DOCX_XML_BYTES).toBe(8 * MB);
    const bytes = new Uint8Array(readFileSync(DOCX));
    const limits = { maxUncompressedBytes: 200 * MB, maxEntries: 5000 };
    const err = await failure(extractDocx(bytes, limits, 10_000));
    expect(err.code).toBe('docx-too-large');
    expect(err.reason.en).toContain('MB of XML; the limit is 1 MB');
    expect((await extractDocx(bytes, limits)).text).toContain('Rekisterinpitäjä');
  });

  it('a part that lies about its size is stopped while it inflates', async () => {
    const zip = await JSZip.loadAsync(readFileSync(DOCX));
    const doc = await zip.file('word/document.xml')!.async('string');
    const i = doc.indexOf('<w:body>') + '<w:body>'.length;
    // 2 MB of paragraphs: more than the limit used below, though the central directory is not rewritten to say so
    const big = `${doc.slice(0, i)}${`<w:p><w:r><w:t>${para}</w:t></w:r></w:p>`.repeat(30_000)}${doc.slice(i)}`;
    zip.file('word/document.xml', big);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    declareSize(bytes, 'word/document.xml', 1000);
    // the declared sizes pass the 1 MB limit; the real inflation is then counted against it
    const err = await failure(extractDocx(bytes, { maxUncompressedBytes: 200 * MB, maxEntries: 5000 }, MB));
    expect(err.code).toBe('docx-too-large');
  });
});

/** Rewrites the uncompressed size an entry declares, in its local header and the central directory (a lying archive). */
function declareSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = (i: number, n: number) => Buffer.from(zip.subarray(i, i + n)).toString('latin1');
  let patched = 0;
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && at(i + 30, view.getUint16(i + 26, true)) === name) {
      view.setUint32(i + 22, size, true);
      patched++;
    } else if (sig === 0x02014b50 && at(i + 46, view.getUint16(i + 28, true)) === name) {
      view.setUint32(i + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(2);
}

describe('the streams a PDF inflates to', () => {
  /** One page whose content stream is Flate-compressed and `padding` spaces longer than its text. */
  function inflatingPdf(padding: number): Uint8Array {
    const packed = deflateSync(
      Buffer.concat([
        Buffer.from('BT /F1 12 Tf 50 750 Td (Rekisterinpitaja) Tj ET\n', 'latin1'),
        Buffer.alloc(padding, 0x20),
      ]),
    );
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      Buffer.concat([
        Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
        packed,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    ];
    const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
    objects.forEach((o, n) =>
      parts.push(
        Buffer.from(`${n + 1} 0 obj\n`, 'latin1'),
        typeof o === 'string' ? Buffer.from(o, 'latin1') : o,
        Buffer.from('\nendobj\n', 'latin1'),
      ),
    );
    parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
    return new Uint8Array(Buffer.concat(parts));
  }

  it('a content stream past 64 MB is refused by default before pdf.js holds it (two workers at 256 MB each reached 1.45 GB)', async () => {
    expect(MAX_PDF_INFLATED_BYTES).toBe(64 * MB);
    const err = await failure(extractPdf(inflatingPdf(65 * MB), 500));
    expect(err.code).toBe('out-of-memory');
  });
});
