/**
 * Issue 14, the two correctness bugs on the PDF path: an address that a narrow table
 * cell broke before its last dot, and a line-end hyphen followed by spaces or a tab.
 * A small PDF is written here byte by byte, so the whole path (pdf.js, page lines,
 * rejoining, normalisation, the rule) is what is tested.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNotice } from '../../src/ingest/index.js';
import { buildNotice } from '../../src/segment/index.js';
import { linterWith } from '../helpers/notice.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
const emails = (text: string) => linterWith().lint(notice(text)).filter((f) => f.ruleId === 'contact/email').map((f) => f.excerpt.replace(/^…|…$/g, ''));

/** A one-page PDF with these lines of text (Helvetica, WinAnsi: Latin-1 bytes). */
function pdfWith(lines: string[]): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 11 Tf 14 TL 50 760 Td\n${lines.map((l) => `(${esc(l)}) Tj T*`).join('\n')}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('contact/email: an address broken over two lines at a dot', () => {
  it('"tietosuoja@om" + ".fi" on the next line is one valid address', () => {
    expect(emails('Rekisterinpitäjä\nSähköposti\ttietosuoja@om\n.fi\nPuhelin 029 566 6700')).toEqual([]);
    expect(emails('Yhteystiedot: etunimi.sukunimi@esimerkki-\nyhtio\n  .fi, muuten')).toHaveLength(1); // a break inside the name is not this case
    expect(emails('Yhteystiedot: tietosuoja@kaupunki.esimerkki\n  .fi.')).toEqual([]);
  });

  it('genuinely malformed addresses are still reported', () => {
    expect(emails('Sähköposti: info@yritys\nSeuraava rivi alkaa tästä.')).toEqual(['Sähköposti: info@yritys']);
    expect(emails('Sähköposti: info@yritys\n.')).toEqual(['Sähköposti: info@yritys']);
    expect(emails('Sähköposti: info@yritys\n.f1')).toEqual(['Sähköposti: info@yritys']);
    expect(emails('Sähköposti: info@@yritys\n.fi')).toEqual(['Sähköposti: info@@yritys']);
    expect(emails('Sähköposti: info@yritys.\n.fi')).toEqual(['Sähköposti: info@yritys.']);
  });
});

describe('the PDF path: a table cell that broke an address, and hyphens with trailing spaces or a tab', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and lints as the notice says', async () => {
    const file = join(dir, 'split.pdf');
    writeFileSync(
      file,
      pdfWith([
        'Rekisterinpitäjä',
        'Tietoja käytetään henkilökohtai-   ',
        'semman palvelun tuottamiseen.',
        'Tiedot luovutetaan viran-\t',
        'omaisille vain lain nojalla.',
        'Sähköposti tietosuoja@om',
        '.fi',
      ]),
    );
    const extracted = await readNotice(file);
    expect(extracted.text).toContain('Tietoja käytetään henkilökohtaisemman');
    expect(extracted.text).toContain('Tiedot luovutetaan viranomaisille');
    expect(extracted.text).toContain('Sähköposti tietosuoja@om\n.fi');
    const found = linterWith().lint(buildNotice(file, extracted));
    expect(found.filter((f) => f.ruleId === 'contact/email')).toEqual([]);
  });
});
