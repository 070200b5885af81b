/**
 * The well-formedness check that runs before mammoth: a broken part is "damaged Word
 * document" in milliseconds instead of seconds of xmldom recovery (fuzz: up to 17 s),
 * and nothing that Word writes is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { isWellFormedXml } from '../../src/ingest/xml-check.js';
import type { UnreadableInputError } from '../../src/model/errors.js';
import { fixture } from '../helpers/notice.js';

describe('isWellFormedXml', () => {
  it('accepts what Word writes', () => {
    for (const xml of [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="urn:x"><w:body><w:p w:rsidR="00A1"><w:r><w:t xml:space="preserve">Rekisterinpitäjä &amp; yhteystiedot</w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
      '<a><!-- <b> is not a tag here --><![CDATA[ <c> & </d> ]]><e x=\'1 > 0\' y="a&amp;b"/></a>',
      '<!DOCTYPE a><a/>',
      '<a>\n  <b>text</b>\n</a>\n',
    ])
      expect(isWellFormedXml(xml), xml).toBe(true);
  });

  it('refuses what does not nest or close', () => {
    for (const xml of [
      '<a><b></a></b>',
      '<a>',
      '<a></a><b></b>',
      '</a>',
      '<a><b x="1></b></a>',
      '<a><b x=1></b></a>',
      '<a><b <c/></b></a>',
      '<a/>text<',
      '',
    ]) {
      expect(isWellFormedXml(xml), xml).toBe(false);
    }
  });

  it('every DOCX fixture passes, and a DOCX whose styles.xml lost one ">" is damaged, fast', async () => {
    const { default: JSZip } = await import('jszip');
    for (const name of [
      'docs/000_tietosuojaseloste_headings.docx',
      'docs/001_seinajoki_table.docx',
      'docs/002_asiakasrekisteri_plain.docx',
      'clean/puhdas_tietosuojaseloste.docx',
    ]) {
      const bytes = new Uint8Array(readFileSync(fixture(name)));
      expect((await extract(bytes, name)).format).toBe('docx');
      const zip = await JSZip.loadAsync(bytes);
      const styles = await zip.file('word/styles.xml')!.async('string');
      const at = styles.indexOf('>', styles.length >> 1);
      zip.file('word/styles.xml', styles.slice(0, at) + styles.slice(at + 1));
      const broken = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const t = performance.now();
      const err = await extract(broken, name).catch((e: unknown) => e);
      expect((err as UnreadableInputError).code, name).toBe('docx-damaged');
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});
