/**
 * Issue 16: a finding says where a person finds it — the notice's own heading, the page
 * and the line on that page (PDF), the paragraph under the heading (DOCX), or the whole
 * notice (no excerpt) — and every summary agrees in number with its count.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { FORMATTERS } from '../../src/report/index.js';
import { MESSAGES } from '../../src/report/messages/index.js';
import { lintFixture, noticeOf } from '../helpers/notice.js';
import { fileResult, reportOf } from './report.js';

const opts = { lang: 'fi' as const, color: false, toolVersion: '0.0.0' };
const at = (findings: Finding[], ruleId: string, match: string) => {
  const f = findings.find((x) => x.ruleId === ruleId && x.excerpt.includes(match));
  if (!f) throw new Error(`no ${ruleId} finding with ${match}`);
  return f;
};

describe('positions a person can use', () => {
  it('PDF: the page and the line on that page, under the heading as the notice writes it', async () => {
    const notice = await noticeOf('docs/003_imatra_numbered_headings.pdf');
    const findings = await lintFixture('docs/003_imatra_numbered_headings.pdf');
    const f = at(findings, 'text/outdated-reference', 'Väestörekisterikeskuksen');
    expect(f.page).toBe(3);
    // the line on page 3, counted from the first line of page 3, not through the document
    const firstOfPage = notice.linePages!.indexOf(3) + 1;
    expect(f.pageLine).toBe(f.line - firstOfPage + 1);
    expect(f.pageLine).toBeLessThan(f.line);
    expect(f.heading).toBe(notice.segments.find((s) => s.start <= f.range[0] && f.range[0] < s.end)!.heading);
    expect(f.heading).toMatch(/tietolähteet/i);
    const out = FORMATTERS.stylish(reportOf([{ file: 'x.pdf', format: 'pdf', findings }]), opts);
    expect(out).toContain(`s. 3, rivi ${f.pageLine} `);
    expect(out).toContain(`kohta ”${f.heading}”`);
    expect(out).not.toMatch(/kohta: [a-z_]+\b/);
  });

  it('DOCX: the heading it falls under and the paragraph number within it, no normalised line:column', async () => {
    const findings = await lintFixture('docs/002_asiakasrekisteri_plain.docx');
    const f = at(findings, 'text/typo', 'reksiterinpitäjän');
    expect(f.heading).toBe('Säännönmukaiset tietolähteet');
    expect(f.paragraph).toBeGreaterThan(0);
    expect(f.page).toBeNull();
    const out = FORMATTERS.stylish(reportOf([{ file: 'x.docx', format: 'docx', findings }]), opts);
    const line = out.split('\n').find((l) => l.includes('reksiterinpitäjän') && l.includes('text/typo'))!;
    expect(line).toMatch(new RegExp(`^  ${f.paragraph}\\. kappale `));
    expect(out).not.toContain(`${f.line}:${f.column}`);
    expect(out).toContain('kohta ”Säännönmukaiset tietolähteet”');
    // JSON keeps the normalised position and the id, and adds the human one
    const json = JSON.parse(FORMATTERS.json(reportOf([{ file: 'x.docx', format: 'docx', findings }]), opts));
    const j = json.files[0].findings.find((x: Finding) => x.excerpt === f.excerpt && x.ruleId === 'text/typo');
    expect(j).toMatchObject({
      line: f.line,
      column: f.column,
      section: f.section,
      heading: 'Säännönmukaiset tietolähteet',
      paragraph: f.paragraph,
      whole: false,
    });
  });

  it('a finding about the whole notice has no excerpt, says so, and carries the canonical name', async () => {
    for (const name of ['docs/003_imatra_numbered_headings.pdf', 'docs/003_imatra_numbered_headings.docx']) {
      const findings = await lintFixture(name);
      const missing = findings.filter((f) => f.ruleId === 'section/required' || f.ruleId === 'rights/missing');
      expect(missing.length).toBeGreaterThanOrEqual(3);
      for (const f of missing) {
        expect(f.whole).toBe(true);
        expect(f.excerpt).toBe('');
        expect(f.heading).toBeTruthy();
      }
      expect(missing.find((f) => f.section === 'legal_basis')!.heading).toBe('Käsittelyn oikeusperuste');
      const out = FORMATTERS.stylish(
        reportOf([{ file: name, format: name.endsWith('pdf') ? 'pdf' : 'docx', findings }]),
        opts,
      );
      const lines = out.split('\n');
      const k = lines.findIndex((l) => l.includes('Käsittelyn oikeusperuste') && l.includes('section/required'));
      expect(lines[k]).toMatch(/^ {2}koko seloste /);
      expect(lines[k + 1]).not.toContain('“');
    }
  });

  it('a finding in a plain text notice keeps its line and column; the rule fix or the explain command is on the next line', async () => {
    const report = reportOf([await fileResult('002_4b4a33e3b28bb923.txt')]);
    const out = FORMATTERS.stylish(report, opts).split('\n');
    const k = out.findIndex((l) => l.includes('text/placeholder'));
    expect(out[k]).toMatch(/^ {2}\d+:\d+ /);
    expect(out.slice(k + 1, k + 3).join('\n')).toMatch(
      /korjaus: Korvaa täyteteksti|katso: seloste explain text\/placeholder/,
    );
    for (let i = 0; i < out.length; i++) {
      if (!/ (virhe|varoitus|huomio) {2}/.test(out[i])) continue;
      expect(out.slice(i + 1, i + 3).join('\n')).toMatch(/ehdotus: |korjaus: |katso: seloste explain /);
    }
  });
});

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'text/typo',
  severity,
  message: 'm',
  section: null,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  page: null,
  excerpt: 'x',
  suggestion: null,
  gdpr: null,
  range: [0, 1],
});
const reportWith = (e: number, w: number, i: number) =>
  reportOf([
    {
      file: 'a.txt',
      format: 'text',
      findings: [...Array(e)]
        .map(() => finding('error'))
        .concat(
          [...Array(w)].map(() => finding('warning')),
          [...Array(i)].map(() => finding('info')),
        ),
    },
  ]);

describe('number agreement in every summary of lint', () => {
  it('Finnish: nominative singular for 1, partitive for 0 and 2', () => {
    expect(FORMATTERS.stylish(reportWith(1, 0, 1), opts)).toContain('✖ 2 havaintoa (1 virhe, 0 varoitusta, 1 huomio)');
    expect(FORMATTERS.stylish(reportWith(0, 1, 0), opts)).toContain(
      '✖ 1 havainto (0 virhettä, 1 varoitus, 0 huomiota)',
    );
    expect(FORMATTERS.stylish(reportWith(2, 2, 2), opts)).toContain(
      '✖ 6 havaintoa (2 virhettä, 2 varoitusta, 2 huomiota)',
    );
    expect(FORMATTERS.stylish(reportWith(0, 0, 0), opts)).toContain('Ei huomautettavaa.');
    const fi = MESSAGES.fi;
    expect([0, 1, 2].map(fi.files)).toEqual(['0 tiedostoa', '1 tiedosto', '2 tiedostoa']);
    expect(fi.baselined(1)).toBe('1 havainto oli jo vertailukohdassa (--baseline) eikä sitä näytetä.');
    expect(fi.baselined(2)).toBe('2 havaintoa oli jo vertailukohdassa (--baseline) eikä niitä näytetä.');
    expect(FORMATTERS.stylish({ ...reportWith(1, 0, 0), baselined: 1 }, opts)).toContain(
      '1 havainto oli jo vertailukohdassa',
    );
  });

  it('English: singular for 1, plural for 0 and 2', () => {
    const en = { ...opts, lang: 'en' as const };
    expect(FORMATTERS.stylish(reportWith(1, 0, 1), en)).toContain('✖ 2 problems (1 error, 0 warnings, 1 info)');
    expect(FORMATTERS.stylish(reportWith(0, 1, 0), en)).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)');
    expect(FORMATTERS.stylish(reportWith(2, 2, 2), en)).toContain('✖ 6 problems (2 errors, 2 warnings, 2 infos)');
    expect(FORMATTERS.stylish({ ...reportWith(2, 0, 0), baselined: 2 }, en)).toContain(
      '2 problems were already in the baseline',
    );
    expect(MESSAGES.en.baselined(1)).toMatch(/^1 problem was .* is not shown/);
  });

  it('the HTML report counts files and left-out findings in agreement', () => {
    for (const [n, fi, en] of [
      [0, '0 tiedostoa', '0 files'],
      [1, '1 tiedosto', '1 file'],
      [2, '2 tiedostoa', '2 files'],
    ] as const) {
      const files = [...Array(n)].map((_, k) => ({ file: `${k}.txt`, format: 'text', findings: [] }));
      expect(FORMATTERS.html(reportOf(files), opts)).toContain(fi);
      expect(FORMATTERS.html(reportOf(files), { ...opts, lang: 'en' })).toContain(en);
    }
    expect(FORMATTERS.html({ ...reportWith(1, 0, 0), baselined: 1 }, opts)).toContain(
      '1 havainto oli jo vertailukohdassa',
    );
    expect(FORMATTERS.html({ ...reportWith(1, 0, 0), baselined: 2 }, opts)).toContain(
      '2 havaintoa oli jo vertailukohdassa',
    );
  });
});

describe('the HTML report a lawyer reads', () => {
  it('PDF: a findings list at the top linking to each spot, page markers, the line on its page, the fix beside each finding', async () => {
    const file = await fileResult('docs/003_imatra_numbered_headings.pdf');
    const page = FORMATTERS.html(reportOf([file]), opts);
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
    const firstSegment = page.indexOf('<div class="seg"');
    expect(page.indexOf('<nav class="toc"')).toBeLessThan(firstSegment);
    // every finding is listed once at the top, with a link to its spot that exists
    expect(toc.match(/<li class="toc-item/g)).toHaveLength(file.findings.length);
    for (const [, id] of toc.matchAll(/href="#([^"]+)"/g)) expect(page).toContain(`id="${id}"`);
    const f = file.findings.find((x) => x.ruleId === 'text/outdated-reference')!;
    expect(toc).toContain(`s. 3, rivi ${f.pageLine}`);
    expect(toc).toContain('Ehdotus: Digi- ja väestötietoviraston');
    // whole-notice findings first, linked to the box for the whole notice, without an excerpt
    expect(toc.indexOf('koko seloste')).toBeLessThan(toc.indexOf('s. 3, rivi'));
    // the rule's fix text next to a finding without a suggestion
    expect(toc).toContain('Näin korjaat: Lisää puuttuva kohta omalla otsikollaan');
    // page markers, and the marked line numbered on its page
    for (const p of [1, 2, 3]) expect(page).toContain(`<span class="pagemark" role="separator">Sivu ${p}</span>`);
    const before = page.slice(0, page.indexOf(`id="m0-${file.findings.indexOf(f)}"`));
    expect(/.*<span class="line" data-n="(\d+)">/s.exec(before)![1]).toBe(String(f.pageLine));
    // no jargon, no monospace for the notice
    expect(page).not.toContain('normalisoitu');
    expect(page).not.toContain('seloste text');
    expect(page).not.toMatch(/\.notice \{[^}]*monospace/);
  });

  it('DOCX: the paragraph under the heading, and the notice heading as written', async () => {
    const file = await fileResult('docs/002_asiakasrekisteri_plain.docx');
    const page = FORMATTERS.html(reportOf([file]), opts);
    const f = file.findings.find((x) => x.excerpt.includes('reksiterinpitäjän'))!;
    expect(page).toContain(`>${f.paragraph}. kappale</a>`);
    expect(page).toContain('Kohta ”Säännönmukaiset tietolähteet”');
  });

  it("shows each file's ingest warnings in a short note", async () => {
    const file = {
      ...(await fileResult('002_4b4a33e3b28bb923.txt')),
      warnings: ['tiedoston 3 virheellistä tavua korvattiin merkillä �'],
    };
    const page = FORMATTERS.html(reportOf([file]), opts);
    expect(page).toMatch(
      /<div class="note ingest"><p>Tiedostoa luettaessa huomattiin:<\/p><ul><li>tiedoston 3 virheellistä tavua/,
    );
    expect(FORMATTERS.html(reportOf([await fileResult('002_4b4a33e3b28bb923.txt')]), opts)).not.toContain(
      'class="note ingest"',
    );
  });
});

it('HTML: a PDF given without its pages has no line numbers that would contradict "s. 3, rivi 2"', async () => {
  const { linePages: _, ...file } = await fileResult('docs/003_imatra_numbered_headings.pdf');
  const page = FORMATTERS.html(reportOf([file]), opts);
  expect(page).not.toContain('data-n=');
  expect(page).toContain('s. 3, rivi');
});
