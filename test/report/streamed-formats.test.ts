/**
 * Every renderer made as chunks writes the same bytes as the one-string renderer did
 * before streaming (golden/expected.json, made by the old code from frozen inputs), and
 * joining the chunks is what the string API (FORMATTERS, formatReport, RENDERERS,
 * COMPARE_RENDERERS) returns.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/api/index.js';
import type { Comparison } from '../../src/compare/index.js';
import { COMPARE_CHUNK_RENDERERS, COMPARE_RENDERERS } from '../../src/compare/render/index.js';
import { DIFF_CHUNK_RENDERERS, RENDERERS } from '../../src/diff/render/index.js';
import type { DiffResult } from '../../src/diff/types.js';
import { CHUNK_FORMATTERS, FORMATTERS, REPORT_FORMATS, type LintReport } from '../../src/report/index.js';
import { SLICE } from '../../src/util/chunks.js';

const GOLDEN = new URL('./golden/', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, GOLDEN), 'utf8'));
const expected: Record<string, { bytes: number; sha256: string }> = read('expected.json');
const report: LintReport = read('input-lint.json');
const diff: DiffResult = read('input-diff.json');
const comparison: Comparison = read('input-compare.json');

const opts = { lang: 'fi' as const, color: false, toolVersion: '9.9.9' };
const sectionLabel = (id: string, l: string) => `${id} (${l})`;
const now = new Date('2026-11-25T12:00:00Z');

/** Chunks joined, after checking that they are chunks: strings, none empty-handed by type. */
function joinedOf(chunks: Iterable<string>): { text: string; count: number } {
  const parts: string[] = [];
  for (const c of chunks) {
    expect(typeof c).toBe('string');
    parts.push(c);
  }
  return { text: parts.join(''), count: parts.length };
}

/** The text matches the golden output; a mismatch leaves the text in test-output/streamed/ to diff. */
function expectGolden(name: string, text: string): void {
  const want = expected[name];
  expect(want, name).toBeDefined();
  const got = { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
  if (got.sha256 !== want.sha256) {
    mkdirSync('test-output/streamed', { recursive: true });
    writeFileSync(`test-output/streamed/${name}`, text);
  }
  expect(got, `${name} (the output is in test-output/streamed/${name})`).toEqual(want);
}

describe('lint formats as chunks: the bytes of before', () => {
  for (const format of REPORT_FORMATS) {
    it(`${format}: chunks, FORMATTERS and formatReport give the golden bytes`, async () => {
      const { text, count } = joinedOf(CHUNK_FORMATTERS[format](report, opts));
      expectGolden(`lint.${format}`, text);
      // several chunks even for a small report: the formatter does not build the text first
      // (HTML gathers its many small pieces into slices: its chunks are counted on a big report in write-chunks.test.ts)
      if (format === 'html') expect(count).toBeGreaterThanOrEqual(Math.ceil(text.length / SLICE));
      else expect(count).toBeGreaterThan(format === 'github' || format === 'stylish' || format === 'junit' ? 10 : 20);
      expect(FORMATTERS[format](report, opts)).toBe(text);
      expect(await formatReport(report, format, opts)).toBe(text);
    });
  }

  it('html in English, stylish in colour, junit failing on warnings', () => {
    expectGolden('lint-en.html', joinedOf(CHUNK_FORMATTERS.html(report, { ...opts, lang: 'en' })).text);
    expectGolden('lint-color.stylish', joinedOf(CHUNK_FORMATTERS.stylish(report, { ...opts, color: true })).text);
    expectGolden('lint-warning.junit', joinedOf(CHUNK_FORMATTERS.junit(report, { ...opts, failOn: 'warning' })).text);
  });

  it('the chunks are made afresh on each iteration (a pure function of the report)', () => {
    const chunks = CHUNK_FORMATTERS.json(report, opts);
    expect(joinedOf(chunks).text).toBe(FORMATTERS.json(report, opts));
    expect(joinedOf(CHUNK_FORMATTERS.json(report, opts)).text).toBe(FORMATTERS.json(report, opts));
  });
});

describe('diff formats as chunks', () => {
  const dopts = { lang: 'fi' as const, color: false, sectionLabel, toolVersion: '9.9.9' };
  for (const format of ['text', 'unified', 'json', 'html'] as const) {
    it(`${format}: the golden bytes, the same as RENDERERS`, () => {
      const { text } = joinedOf(DIFF_CHUNK_RENDERERS[format](diff, dopts));
      expectGolden(`diff.${format}`, text);
      expect(RENDERERS[format](diff, dopts)).toBe(text);
    });
  }

  it('html inline in English, one chunk per changed section at least', () => {
    const { text, count } = joinedOf(DIFF_CHUNK_RENDERERS.html(diff, { ...dopts, lang: 'en', layout: 'inline' }));
    expectGolden('diff-inline.html', text);
    expect(count).toBeGreaterThan(diff.units.filter((u) => u.status !== 'unchanged').length);
  });
});

describe('compare formats as chunks', () => {
  const copts = { lang: 'fi' as const, color: false, sectionLabel, toolVersion: '9.9.9', now };
  for (const format of ['table', 'json', 'csv', 'html'] as const) {
    it(`${format}: the golden bytes, the same as COMPARE_RENDERERS`, () => {
      const { text } = joinedOf(COMPARE_CHUNK_RENDERERS[format](comparison, copts));
      expectGolden(`compare.${format}`, text);
      expect(COMPARE_RENDERERS[format](comparison, copts)).toBe(text);
    });
  }

  it('html with nine notices (notices as rows): one chunk per table row', () => {
    const many = manyOf(comparison, 9);
    const { text, count } = joinedOf(COMPARE_CHUNK_RENDERERS.html(many, { ...copts, lang: 'en' }));
    expectGolden('compare-many.html', text);
    // the matrix, the facts and the similarity table each have a row per notice
    expect(count).toBeGreaterThan(3 * 9);
  });
});

/** The comparison's notices repeated to `n` (as golden/make.mjs made them). */
function manyOf(c: Comparison, n: number): Comparison {
  const many: Comparison = {
    ...c,
    notices: [],
    findings: [],
    noticeFacts: [],
    similarity: [],
    sections: c.sections.map((s) => ({ ...s, cells: [] })),
  };
  for (let k = 0; k < n; k++) {
    const i = k % c.notices.length;
    many.notices.push({ ...c.notices[i], label: `${c.notices[i].label} ${k}` });
    many.findings.push(c.findings[i]);
    many.noticeFacts.push(c.noticeFacts[i]);
    many.sections.forEach((s, j) => s.cells.push(c.sections[j].cells[i]));
  }
  many.similarity = many.notices.map((_, a) => many.notices.map((_, b) => c.similarity[a % 3][b % 3]));
  return many;
}
