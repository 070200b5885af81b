import { describe, expect, it } from 'vitest';
import { buildNotice } from '../../src/segment/index.js';
import { idsOf, noticeOf, SEEDS } from '../helpers/notice.js';

// What a reader of each seed sees as its sections, in order (combined headings cover several ids).
const EXPECTED: Record<keyof typeof SEEDS, string[]> = {
  '000': [
    'legal_basis+purpose',
    'legitimate_interest',
    'data_categories',
    'recipients',
    'consent',
    'data_content',
    'sources',
    'retention',
    'disclosures',
    'transfers',
    'security',
    'cookies',
    'profiling',
    'right_access',
    'right_portability',
    'right_rectification',
    'right_restriction',
    'right_objection',
    'right_complaint',
    'other_rights',
  ],
  '001': [
    'preamble',
    'date',
    'controller',
    'contact',
    'register_name',
    'legal_basis+purpose+statutory_requirement',
    'legitimate_interest',
    'data_categories',
    'recipients',
    'consent',
    'data_content',
    'sources',
    'retention',
    'disclosures',
    'transfers',
    'security',
    'cookies',
    'profiling',
    'right_access',
    'right_portability',
    'right_rectification',
    'right_restriction',
    'right_objection',
    'right_complaint',
    'other_rights',
  ],
  '002': [
    'register_name',
    'legal_basis+purpose+statutory_requirement',
    'legitimate_interest',
    'data_categories',
    'recipients',
    'consent',
    'data_content',
    'sources',
    'retention',
    'disclosures',
    'transfers',
    'security',
    'cookies',
    'profiling',
    'right_access',
    'right_portability',
    'right_rectification',
    'right_restriction',
    'right_objection',
    'right_complaint',
    'other_rights',
  ],
  '003': [
    'preamble',
    'controller+contact',
    'register_name',
    'purpose',
    'data_content',
    'sources',
    'retention',
    'disclosures',
    'security',
    'right_access+right_objection+right_rectification',
  ],
  // "Asiakkaan perustiedot" and the two lines like it are set apart as sub-headings of the data content.
  '004': [
    'preamble',
    'controller',
    'purpose+legal_basis',
    'data_content+data_subjects',
    'data_content',
    'data_content',
    'data_content',
    'sources',
    'disclosures+transfers',
    'security+retention',
    'rights',
  ],
};

describe('segmentation of the seed notices', () => {
  for (const [seed, file] of Object.entries(SEEDS)) {
    it(`${seed}: yields its sections in order`, async () => {
      const notice = await noticeOf(file);
      expect(notice.segments.map((s) => s.ids.join('+'))).toEqual(EXPECTED[seed as keyof typeof SEEDS]);
    });
  }

  it('000: the empty "Suostumus" glued to "Rekisterin tietosisältö" is split at the glue', async () => {
    const notice = await noticeOf(SEEDS['000']);
    const consent = notice.segments.find((s) => s.ids.includes('consent'))!;
    const content = notice.segments.find((s) => s.ids.includes('data_content'))!;
    expect(consent.heading).toBe('Suostumus');
    expect(content.heading).toBe('rekisterin tietosisältö');
    expect(consent.startLine).toBe(content.startLine);
    expect(notice.text.slice(consent.contentStart, consent.end).trim()).toBe('');
  });

  it('002: a heading wrapped over four lines is one heading covering three sections', async () => {
    const notice = await noticeOf(SEEDS['002']);
    const seg = notice.segments[1];
    expect(seg.heading).toBe(
      'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus. Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus',
    );
    expect(seg.startLine).toBe(2);
    expect(notice.text.slice(seg.contentStart).trimStart().startsWith('Rekisterin käyttötarkoitus')).toBe(true);
  });

  it('003: "Tarkastus-, kielto- ja korjausoikeus" names three rights (suspended compounds)', async () => {
    const notice = await noticeOf(SEEDS['003']);
    expect(notice.segments.at(-1)!.ids).toEqual(['right_access', 'right_objection', 'right_rectification']);
  });

  it('003: a label inside a section ("Rekisterinpitäjä:") does not start a new section', async () => {
    const notice = await noticeOf(SEEDS['003']);
    expect(notice.segments.filter((s) => s.ids.includes('controller'))).toHaveLength(1);
  });

  it('a body sentence that starts with a heading word is not a heading', async () => {
    const notice = await noticeOf(SEEDS['000']);
    // "Rekisterinpitäjän henkilöstö sekä kumppanit…" and "…tai rekisterin yhteyshenkilölle." stay content
    expect(notice.segments.some((s) => s.ids.includes('controller') || s.ids.includes('contact'))).toBe(false);
  });

  it('"Rekisterin" (of the register) is not "Rekisteröidyt" (the data subjects), though the stems look alike', () => {
    const n = buildNotice('t.txt', {
      format: 'text',
      text: 'Rekisterin\n\nAsiakkaat.\n\nRekisteröidyt\n\nAsiakkaat ja heidän yhteyshenkilönsä.\n',
      linePages: null,
      headingLines: [],
      warnings: [],
    });
    expect(n.segments.map((s) => [s.ids.join('+'), s.heading])).toEqual([
      ['preamble', null],
      ['data_subjects', 'Rekisteröidyt'],
    ]);
  });
});

// The renderings in fixtures/docs were made from the seeds (see fixtures/docs/README.md).
const RENDERINGS: [keyof typeof SEEDS, string, string[], string[]?][] = [
  ['000', 'docs/000_tietosuojaseloste_headings.pdf', []],
  ['000', 'docs/000_tietosuojaseloste_headings.docx', []],
  // The rendering made a Word heading of the half label "Säännönmukaiset": a heading of its own (other).
  ['001', 'docs/001_seinajoki_linear_headings.docx', [], ['other']],
  ['001', 'docs/001_seinajoki_table.docx', []],
  ['001', 'docs/001_seinajoki_table.html', []],
  // The seed itself splits the label "Säännönmukaiset / tietolähteet" over two table rows; the
  // PDFs print the two halves on separate lines with content between them, so no heading remains.
  ['001', 'docs/001_seinajoki_linear_headings.pdf', ['sources']],
  // A two-column table without its tab: "Rekisterin nimi Asiakasrekisteri", labels wrapped beside content.
  ['001', 'docs/001_seinajoki_table.pdf', ['sources']],
  // No heading styles and no tabs at all: labels glued to their content on one line.
  ['002', 'docs/002_asiakasrekisteri_plain.pdf', []],
  ['002', 'docs/002_asiakasrekisteri_plain.docx', []],
  ['003', 'docs/003_imatra_numbered_headings.pdf', []],
  ['003', 'docs/003_imatra_numbered_headings.docx', []],
  ['003', 'docs/003_imatra_encrypted_ownerpw_only.pdf', []],
  ['004', 'docs/004_aanekoski_numbered_headings.pdf', []],
  ['004', 'docs/004_aanekoski_numbered_headings.docx', []],
];

describe('PDF, DOCX and HTML renderings yield the sections of their seed', () => {
  for (const [seed, rendering, lost, extra = []] of RENDERINGS) {
    it(`${rendering} ≈ ${seed}`, async () => {
      const expected = idsOf(await noticeOf(SEEDS[seed])).filter((id) => !lost.includes(id));
      const got = idsOf(await noticeOf(rendering)).filter((id) => !extra.includes(id));
      for (const id of extra) expect(idsOf(await noticeOf(rendering))).toContain(id);
      expect(got.filter((id) => id !== 'preamble')).toEqual(expected.filter((id) => id !== 'preamble'));
    });
  }
});

describe('labels glued to their content (a table without its tab)', () => {
  const pdf = (text: string) =>
    buildNotice('t.pdf', {
      format: 'pdf',
      text,
      linePages: text.split('\n').map(() => 1),
      headingLines: [],
      warnings: [],
    });
  it('are read as headings where the layout runs through the document', () => {
    const n = pdf(
      'Rekisterinpitäjä Esimerkki Oy, Katu 1, Helsinki\nRekisterin nimi Asiakasrekisteri\nLaatimispäivä 1.2.2026\nHenkilötietojen\nsäilyttämisaika 10 vuotta sopimuksen päättymisestä.',
    );
    expect(n.segments.map((s) => s.ids.join('+'))).toEqual(['controller', 'register_name', 'date', 'retention']);
    expect(n.segments.map((s) => s.heading)).toEqual([
      'Rekisterinpitäjä',
      'Rekisterin nimi',
      'Laatimispäivä',
      'Henkilötietojen säilyttämisaika',
    ]);
  });
  it('but a single sentence that opens with a heading word stays a sentence', () => {
    const n = pdf(
      'Rekisterinpitäjä\n\nEsimerkki Oy\n\nVastaanottajat\n\nRekisterinpitäjä Esimerkki Oy ei luovuta tietoja.',
    );
    expect(n.segments.map((s) => s.ids.join('+'))).toEqual(['controller', 'recipients']);
  });
});
