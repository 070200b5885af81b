/** Issue 16.4: a suggestion replaces exactly the span that must change, and reads right when applied. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { lintFixture } from '../helpers/notice.js';
import { linterWith } from '../helpers/notice.js';
import { buildNotice } from '../../src/segment/index.js';

const apply = (text: string, f: Finding) => text.slice(0, f.range[0]) + f.suggestion + text.slice(f.range[1]);

function lintString(text: string): Finding[] {
  return linterWith().lint(buildNotice('x.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] }));
}

describe('suggestions right when applied', () => {
  it('Väestörekisterikeskus keeps its case in the new name', () => {
    const cases: [string, string][] = [
      ['Väestörekisterikeskuksen', 'Digi- ja väestötietoviraston'],
      ['Väestörekisterikeskuksesta', 'Digi- ja väestötietovirastosta'],
      ['Väestörekisterikeskukseen', 'Digi- ja väestötietovirastoon'],
      ['Väestörekisterikeskus', 'Digi- ja väestötietovirasto'],
      ['väestörekisterikeskukselta', 'Digi- ja väestötietovirastolta'],
    ];
    for (const [old, right] of cases) {
      const text = `Osoitteet saadaan ${old} rekisteristä.`;
      const f = lintString(text).find((x) => x.ruleId === 'text/outdated-reference')!;
      expect(f.suggestion).toBe(right);
      expect(f.safe).toBe(true);
      expect(apply(text, f)).toBe(`Osoitteet saadaan ${right} rekisteristä.`);
    }
  });

  it("the Ombudsman's old address: a PO box stays a postal address, a street becomes the visiting address", async () => {
    const postal = 'Tietosuojavaltuutetun toimisto, PL 800, Ratapihantie 9, 00521 Helsinki.';
    const f = lintString(postal).find((x) => x.ruleId === 'authority/outdated-address')!;
    expect(apply(postal, f)).toBe('Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki.');
    const visiting = 'Tietosuojavaltuutetun toimisto, Ratapihantie 9, 00520 Helsinki.';
    const g = lintString(visiting).find((x) => x.ruleId === 'authority/outdated-address')!;
    expect(apply(visiting, g)).toBe('Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki.');
    for (const seed of ['000_a454ac08de0ff13f.txt', '002_4b4a33e3b28bb923.txt']) {
      const h = (await lintFixture(seed)).find((x) => x.ruleId === 'authority/outdated-address')!;
      expect(h.suggestion).toBe('00531 Helsinki');
    }
  });

  it('a replaced law or arrangement is a suggestion for a person, never applied by fix', async () => {
    const text = 'Käsittely perustuu henkilötietolakiin (523/1999) ja Privacy Shield -järjestelyyn.';
    const fs = lintString(text).filter((x) => x.ruleId === 'text/outdated-reference');
    expect(fs.length).toBe(2);
    for (const f of fs) expect(f.safe).toBeUndefined();
  });
});
