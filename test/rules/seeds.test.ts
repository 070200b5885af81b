/**
 * SPEC §4: what the default pack must find on each seed, and where it must stay
 * silent. A row that says "—" or "none" is pinned as silence on every seed.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { lintFixture, SEEDS } from '../helpers/notice.js';

const cache = new Map<string, Promise<Finding[]>>();
const findingsOf = (name: string) => {
  if (!cache.has(name)) cache.set(name, lintFixture(name));
  return cache.get(name)!;
};
const seed = (s: keyof typeof SEEDS) => findingsOf(SEEDS[s]);
const of = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

describe('section/required', () => {
  it('000 has no controller', async () => {
    expect(of(await seed('000'), 'section/required').map((f) => f.section)).toEqual(['controller']);
  });
  it('003 has no legal basis, no profiling statement and no complaint right', async () => {
    expect(of(await seed('003'), 'section/required').map((f) => f.section)).toEqual(['legal_basis', 'profiling', 'right_complaint']);
  });
  it('001 and 004 have every required section', async () => {
    expect(of(await seed('001'), 'section/required')).toEqual([]);
    expect(of(await seed('004'), 'section/required')).toEqual([]);
  });
  it('002 really lacks the controller: its first table rows were lost, and no company is named anywhere', async () => {
    expect(of(await seed('002'), 'section/required').map((f) => f.section)).toEqual(['controller']);
  });
});

describe('section/empty', () => {
  it('001 Suostumus; 002 Suostumus and the profiling heading; 000 the glued Suostumus', async () => {
    expect(of(await seed('001'), 'section/empty').map((f) => f.section)).toEqual(['consent']);
    expect(of(await seed('002'), 'section/empty').map((f) => f.section)).toEqual(['consent', 'profiling']);
    const glued = of(await seed('000'), 'section/empty');
    expect(glued.map((f) => [f.section, f.excerpt])).toEqual([['consent', 'Suostumusrekisterin tietosisältö']]);
    expect(glued[0].endColumn - glued[0].column).toBe('Suostumus'.length);
  });
  it('is silent on 003 and 004', async () => {
    expect(of(await seed('003'), 'section/empty')).toEqual([]);
    expect(of(await seed('004'), 'section/empty')).toEqual([]);
  });
});

describe('text/placeholder', () => {
  it('002: "s-postiosoite" instead of an address, at its exact place', async () => {
    const [f, ...rest] = of(await seed('002'), 'text/placeholder');
    expect(rest).toEqual([]);
    expect(f.excerpt).toContain('(s-postiosoite)');
    expect(f.endColumn - f.column).toBe('s-postiosoite'.length);
    expect(f.severity).toBe('error');
  });
  it('is silent on the other seeds', async () => {
    for (const s of ['000', '001', '003', '004'] as const) expect(of(await seed(s), 'text/placeholder')).toEqual([]);
  });
});

describe('text/typo', () => {
  const typos = async (s: keyof typeof SEEDS) => of(await seed(s), 'text/typo').map((f) => `${f.excerpt.length ? '' : ''}${f.suggestion}`);
  it('002: reksiterinpitäjän, riorganisaation, yorganisaation', async () => {
    expect(await typos('002')).toEqual(expect.arrayContaining(['rekisterinpitäjän', 'organisaation']));
    const words = of(await seed('002'), 'text/typo').map((f) => f.message);
    for (const w of ['reksiterinpitäjän', 'riorganisaation', 'yorganisaation']) expect(words.some((m) => m.includes(w))).toBe(true);
  });
  it('001: tietosuojasetuksen, määrättyillä, vakainainen, katseluaajat — with their corrections', async () => {
    expect(new Set(await typos('001'))).toEqual(new Set(['tietosuoja-asetuksen', 'määrätyillä', 'vakinainen', 'katseluajat', 'tietosuoja-asetusta']));
  });
  it('003: reksiterien, havannoidut', async () => {
    expect(await typos('003')).toEqual(['havainnoidut', 'rekisterien']);
  });
});

describe('retention/no-period', () => {
  it('000 and 001 say only "as long as necessary"; the finding points at that wording', async () => {
    for (const s of ['000', '001'] as const) {
      const [f, ...rest] = of(await seed(s), 'retention/no-period');
      expect(rest).toEqual([]);
      expect(f.section).toBe('retention');
      expect(f.excerpt).toContain('ajan, joka on tarpeen');
    }
  });
  it('002, 003 and 004 give periods (10 vuotta, kymmenen (10) vuotta)', async () => {
    for (const s of ['002', '003', '004'] as const) expect(of(await seed(s), 'retention/no-period')).toEqual([]);
  });
});

describe('transfers', () => {
  it('001 and 002 deny transfers but name Google Analytics', async () => {
    for (const s of ['001', '002'] as const) {
      const [f, ...rest] = of(await seed(s), 'transfers/contradiction');
      expect(rest).toEqual([]);
      expect(f.message).toMatch(/GOOGLE ANALYTICS/i);
    }
  });
  it('000 (Matomo), 003 and 004 are not contradictions', async () => {
    for (const s of ['000', '003', '004'] as const) expect(of(await seed(s), 'transfers/contradiction')).toEqual([]);
  });
  it('no seed describes a transfer without a safeguard', async () => {
    for (const s of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) expect(of(await seed(s), 'transfers/no-safeguard')).toEqual([]);
  });
});

describe('legal-basis/legitimate-interest-mismatch', () => {
  it('000, 001 and 002 answer "Oikeutetun edun peruste" with a contract', async () => {
    for (const s of ['000', '001', '002'] as const) {
      expect(of(await seed(s), 'legal-basis/legitimate-interest-mismatch').map((f) => f.section)).toEqual(['legitimate_interest']);
    }
  });
  it('is silent on 003 and 004', async () => {
    for (const s of ['003', '004'] as const) expect(of(await seed(s), 'legal-basis/legitimate-interest-mismatch')).toEqual([]);
  });
});

describe('profiling/inconsistent', () => {
  it('000 and 001: targeted content in the purposes, "Ei käytössä" in the profiling section', async () => {
    for (const s of ['000', '001'] as const) {
      const [f, ...rest] = of(await seed(s), 'profiling/inconsistent');
      expect(rest).toEqual([]);
      expect(f.section).toBe('profiling');
      expect(f.message).toContain('Ei käytössä');
    }
  });
  it('004: profiling in the purposes, no profiling section', async () => {
    const [f] = of(await seed('004'), 'profiling/inconsistent');
    expect(f.section).toBe('purpose');
    expect(f.excerpt).toContain('profilointi');
  });
  it('is silent on 003 (no targeting in its purposes)', async () => {
    expect(of(await seed('003'), 'profiling/inconsistent')).toEqual([]);
  });
});

describe('authority/outdated-address', () => {
  it('000, 001 and 002 give Ratapihantie 9 next to the Ombudsman, with the new postal address as suggestion (they write PL 800 before it)', async () => {
    for (const s of ['000', '001', '002'] as const) {
      const [f, ...rest] = of(await seed(s), 'authority/outdated-address');
      expect(rest).toEqual([]);
      expect(f.excerpt).toContain('Ratapihantie 9');
      // "PL 800, Ratapihantie 9, 00521 Helsinki" → "PL 800, 00531 Helsinki", never a PO box with the visiting postcode
      expect(f.suggestion).toBe('00531 Helsinki');
    }
  });
});

describe('text/outdated-reference and rights/access-fee', () => {
  it('003 cites Väestörekisterikeskus', async () => {
    const [f, ...rest] = of(await seed('003'), 'text/outdated-reference');
    expect(rest).toEqual([]);
    // "Väestörekisterikeskuksen" keeps its genitive
    expect(f.suggestion).toBe('Digi- ja väestötietoviraston');
  });
  it('003 allows free access only once per calendar year', async () => {
    const [f, ...rest] = of(await seed('003'), 'rights/access-fee');
    expect(rest).toEqual([]);
    expect(f.excerpt).toContain('yhden kerran kalenterivuodessa');
  });
  it('both are silent on the other seeds', async () => {
    for (const s of ['000', '001', '002', '004'] as const) {
      expect(of(await seed(s), 'text/outdated-reference')).toEqual([]);
      expect(of(await seed(s), 'rights/access-fee')).toEqual([]);
    }
  });
});

describe('rights/missing', () => {
  it('003 lacks erasure, restriction and portability (its complaint right is section/required)', async () => {
    expect(of(await seed('003'), 'rights/missing').map((f) => f.section)).toEqual(['right_erasure', 'right_restriction', 'right_portability']);
  });
  it('004 lacks portability; its rights listed under "Rekisteröidyn oikeudet" count', async () => {
    expect(of(await seed('004'), 'rights/missing').map((f) => f.section)).toEqual(['right_portability']);
  });
});

describe('text/markup', () => {
  it('001 shows HTML tags, one finding per affected line', async () => {
    const fs = of(await seed('001'), 'text/markup');
    expect(fs.length).toBeGreaterThan(5);
    expect(new Set(fs.map((f) => f.line)).size).toBe(fs.length);
    expect(fs.some((f) => f.message.includes('<ul style="list-style-type: none">'))).toBe(true);
  });
  it('is silent on the seeds without tags', async () => {
    for (const s of ['000', '002', '003', '004'] as const) expect(of(await seed(s), 'text/markup')).toEqual([]);
  });
});

describe('checks in code', () => {
  it('controller/business-id stays silent on the valid IDs of 001, 003 and 004', async () => {
    for (const s of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) expect(of(await seed(s), 'controller/business-id')).toEqual([]);
  });
  it('contact/email finds no malformed address in the seeds', async () => {
    for (const s of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) expect(of(await seed(s), 'contact/email')).toEqual([]);
  });
  it('notice/date: 001 is dated 6.10.2021, more than 24 months ago', async () => {
    const [f] = of(await seed('001'), 'notice/date');
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toContain('6.10.2021');
  });
});

describe('no false errors', () => {
  const LISTED: Record<keyof typeof SEEDS, string[]> = {
    '000': ['section/required', 'retention/no-period', 'authority/outdated-address'],
    '001': ['retention/no-period', 'transfers/contradiction', 'authority/outdated-address'],
    '002': ['section/required', 'text/placeholder', 'transfers/contradiction', 'authority/outdated-address'],
    '003': ['section/required', 'rights/missing', 'rights/access-fee'],
    '004': ['rights/missing'],
  };
  for (const s of Object.keys(SEEDS) as (keyof typeof SEEDS)[]) {
    it(`${s}: every error comes from a rule SPEC §4 lists for this seed`, async () => {
      const errors = (await seed(s)).filter((f) => f.severity === 'error').map((f) => f.ruleId);
      expect([...new Set(errors)].sort()).toEqual([...LISTED[s]].sort());
    });
  }
});

describe('findings on the PDF and DOCX renderings', () => {
  it('000 PDF: the outdated address, with its page', async () => {
    const [f] = of(await findingsOf('docs/000_tietosuojaseloste_headings.pdf'), 'authority/outdated-address');
    expect(f.page).toBeGreaterThanOrEqual(3);
  });
  it('001 DOCX: the contradiction and the typos', async () => {
    const fs = await findingsOf('docs/001_seinajoki_linear_headings.docx');
    expect(of(fs, 'transfers/contradiction')).toHaveLength(1);
    expect(of(fs, 'text/typo').map((f) => f.suggestion)).toEqual(expect.arrayContaining(['vakinainen', 'katseluajat']));
  });
  it('002 PDF: the placeholder', async () => {
    expect(of(await findingsOf('docs/002_asiakasrekisteri_plain.pdf'), 'text/placeholder')).toHaveLength(1);
  });
  it('003 DOCX and PDF: access fee and outdated reference', async () => {
    for (const f of ['docs/003_imatra_numbered_headings.docx', 'docs/003_imatra_numbered_headings.pdf']) {
      const fs = await findingsOf(f);
      expect(of(fs, 'rights/access-fee')).toHaveLength(1);
      expect(of(fs, 'text/outdated-reference')).toHaveLength(1);
    }
  });
  it('004 PDF: portability missing, profiling inconsistent', async () => {
    const fs = await findingsOf('docs/004_aanekoski_numbered_headings.pdf');
    expect(of(fs, 'rights/missing').map((f) => f.section)).toEqual(['right_portability']);
    expect(of(fs, 'profiling/inconsistent')).toHaveLength(1);
  });
});

describe('a clean, complete notice', () => {
  for (const f of ['clean/puhdas_tietosuojaseloste.txt', 'clean/puhdas_tietosuojaseloste.pdf', 'clean/puhdas_tietosuojaseloste.docx']) {
    it(`${f}: no error and no warning`, async () => {
      const fs = (await findingsOf(f)).filter((x) => x.severity !== 'info');
      expect(fs.map((x) => `${x.ruleId}: ${x.message}`)).toEqual([]);
    });
  }
});
