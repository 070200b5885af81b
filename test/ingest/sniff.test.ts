import { describe, expect, it } from 'vitest';
import { looksBinary, sniffText } from '../../src/ingest/sniff.js';

describe('sniffing', () => {
  it('HTML only when the document opens as HTML', () => {
    expect(sniffText('\n  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffText('<html lang="fi"><p>x</p></html>')).toBe('html');
    expect(sniffText('Otsikko\n\nTeksti <p>jäänne</p> <ul style="x">- a</ul>')).toBe('text');
  });

  it('Markdown needs several signals, or one plus a .md name', () => {
    expect(sniffText('# Otsikko\n\nTeksti\n\n## Toinen\n')).toBe('markdown');
    expect(sniffText('**Rekisterinpitäjä**\nTeksti [linkki](https://a.fi)\n')).toBe('markdown');
    expect(sniffText('# Otsikko\n\nTeksti\n')).toBe('text');
    expect(sniffText('# Otsikko\n\nTeksti\n', 'markdown')).toBe('markdown');
    expect(sniffText('- luettelo\n- toinen\n1. kohta\n')).toBe('text');
  });

  it('binary: control bytes, but not a few NULs or UTF-16 with a BOM', () => {
    const text = new TextEncoder().encode(`Tietosuojaseloste\u0000 rekisteri\u0000\n${'Rekisteri\n'.repeat(20)}`);
    expect(looksBinary(text)).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]))).toBe(false);
    expect(looksBinary(new Uint8Array(100).map((_, i) => i % 7))).toBe(true);
  });
});
