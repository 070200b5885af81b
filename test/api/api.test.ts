/**
 * The library API as a program uses it, in process: `import { … } from 'seloste'`
 * resolves through package.json `exports` to the built dist/index.js, and lints, diffs
 * and compares the seeds. (`npm test` builds first.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareNotices,
  ConfigError,
  diffNotices,
  formatReport,
  lintFiles,
  lintText,
  loadPack,
  type LintEvent,
} from 'seloste';
import { CLEAN, REPO, SEED, removeDir, tempDir } from '../cli/run.js';

const seedPaths = Object.values(SEED);
const dir = tempDir();
afterAll(() => removeDir(dir));

describe('import from "seloste"', () => {
  it('resolves to the built package entry, with its type declarations', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    const types =
      readFileSync(join(REPO, 'dist', 'index.d.ts'), 'utf8') +
      readFileSync(join(REPO, 'dist', 'api', 'index.d.ts'), 'utf8');
    for (const name of ['lintFiles', 'lintText', 'diffNotices', 'compareNotices', 'loadPack'])
      expect(types).toContain(name);
  });
});

describe('lintFiles', () => {
  it('lints the five seeds as the CLI does: findings per file, counts, rules and sections for the formatters', async () => {
    const result = await lintFiles(seedPaths, { cwd: REPO, config: false });
    expect(result.report.files.map((f) => f.file)).toEqual(seedPaths);
    const by = new Map(result.report.files.map((f) => [f.file, f.findings]));
    expect(
      by.get(SEED['002'])!.some((f) => f.ruleId === 'text/placeholder' && f.excerpt.includes('s-postiosoite')),
    ).toBe(true);
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.unreadable).toBe(0);
    expect(result.report.rules!.map((r) => r.id)).toContain('section/required');
    const sarif = JSON.parse(await formatReport(result.report, 'sarif'));
    expect(sarif.runs[0].results.length).toBe(result.report.files.reduce((n, f) => n + f.findings.length, 0));
  });

  it('a clean notice has no errors; rules overrides and English messages apply', async () => {
    const clean = await lintFiles([CLEAN], { cwd: REPO, config: false });
    expect(clean.errorCount).toBe(0);
    const en = await lintFiles([SEED['002']], {
      cwd: REPO,
      config: false,
      lang: 'en',
      rules: { 'text/placeholder': 'off' },
    });
    const findings = en.report.files[0].findings;
    expect(findings.some((f) => f.ruleId === 'text/placeholder')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'section/required')?.message).toMatch(/^A required section is missing/);
  });

  it('an unreadable input is a finding and an event, never a throw; a bad config throws a ConfigError', async () => {
    const events: LintEvent[] = [];
    const r = await lintFiles(['puuttuu.txt', SEED['000']], {
      cwd: REPO,
      config: false,
      onEvent: (e) => events.push(e),
    });
    expect(r.unreadable).toBe(1);
    expect(r.report.files[0].findings.map((f) => f.ruleId)).toEqual(['input/unreadable']);
    expect(events.filter((e) => e.type === 'unreadable').map((e) => (e as { file: string }).file)).toEqual([
      'puuttuu.txt',
    ]);
    await expect(
      lintFiles([SEED['000']], { cwd: REPO, config: { rules: { 'ei/tällaista': 'off' } } }),
    ).rejects.toBeInstanceOf(ConfigError);
  });

  it('keepText keeps the text, the segments and, for a PDF, the page of each line (what the HTML report shows)', async () => {
    const pdf = 'fixtures/docs/000_tietosuojaseloste_headings.pdf';
    const r = await lintFiles([pdf, SEED['000']], { cwd: REPO, config: false, keepText: true });
    const [fromPdf, fromText] = r.report.files;
    expect(fromPdf.format).toBe('pdf');
    expect(fromPdf.linePages).toHaveLength(fromPdf.text!.split('\n').length);
    expect(fromPdf.segments!.length).toBeGreaterThan(3);
    expect(fromText.linePages).toBeUndefined();
    expect((await lintFiles([pdf], { cwd: REPO, config: false })).report.files[0].text).toBeUndefined();
  });

  it('a baseline leaves out the known findings of the same file only', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(repo, 'a.txt'), readFileSync(join(REPO, SEED['002'])));
    writeFileSync(join(repo, 'b.txt'), readFileSync(join(REPO, SEED['002'])));
    const first = await lintFiles(['a.txt'], { cwd: repo, config: false });
    const { makeBaseline } = await import('seloste');
    writeFileSync(join(repo, 'baseline.json'), JSON.stringify(makeBaseline(first.allFindings, repo)));
    const again = await lintFiles(['a.txt', 'b.txt'], { cwd: repo, config: false, baseline: 'baseline.json' });
    expect(again.report.files.map((f) => f.findings.length)).toEqual([0, first.report.files[0].findings.length]);
    expect(again.baselined).toBe(first.report.files[0].findings.length);
  });
});

describe('lintText', () => {
  it('lints a notice given as text, named by `file`', async () => {
    const text = readFileSync(join(REPO, SEED['002']), 'utf8');
    const fromText = await lintText(text, { file: 'editori.txt', config: false });
    const fromFile = await lintFiles([SEED['002']], { cwd: REPO, config: false });
    expect(fromText.report.files[0].file).toBe('editori.txt');
    const strip = (fs: { ruleId: string; line: number; column: number }[]) =>
      fs.map((f) => [f.ruleId, f.line, f.column]);
    expect(strip(fromText.report.files[0].findings)).toEqual(strip(fromFile.report.files[0].findings));
  });

  it('Markdown is read as Markdown; empty text is an unreadable input', async () => {
    const md = await lintText('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n', {
      file: 'a.md',
      config: false,
    });
    expect(md.report.files[0].format).toBe('markdown');
    const empty = await lintText('', { config: false });
    expect(empty.unreadable).toBe(1);
  });
});

describe('diffNotices and compareNotices', () => {
  it('diffs two seeds section by section, with what changed in substance', async () => {
    const result = await diffNotices(SEED['001'], SEED['002'], { cwd: REPO, config: false });
    expect(result.old.file).toBe(SEED['001']);
    expect(result.sections.length).toBeGreaterThan(5);
    expect(result.sections.some((s) => s.status !== 'unchanged')).toBe(true);
    expect(result.substance).toBeDefined();
    const same = await diffNotices(
      SEED['003'],
      { text: readFileSync(join(REPO, SEED['003'])), file: 'kopio.txt' },
      { cwd: REPO, config: false },
    );
    expect(same.sections.every((s) => s.status === 'unchanged')).toBe(true);
  });

  it('an unreadable side throws its reason', async () => {
    await expect(diffNotices('puuttuu.txt', SEED['000'], { cwd: REPO, config: false })).rejects.toMatchObject({
      reason: { en: expect.any(String) },
    });
  });

  it('compares the five seeds: one column each, sections, facts and the similarity matrix', async () => {
    const c = await compareNotices(seedPaths, { cwd: REPO, config: false });
    expect(c.notices.map((n) => n.file)).toEqual(seedPaths);
    expect(c.similarity.length).toBe(5);
    expect(c.sections.find((s) => s.id === 'controller')!.cells.length).toBe(5);
    expect(c.findings.length).toBe(5);
    expect(c.unreadable).toEqual([]);
  });
});

describe('loadPack', () => {
  it('loads the fi-gdpr pack by name: every rule with id, kind, severity and messages in both languages', () => {
    const rules = loadPack('fi-gdpr');
    expect(rules.length).toBeGreaterThan(15);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(['error', 'warning', 'info', 'off']).toContain(r.severity);
      expect(r.message.fi && r.message.en).toBeTruthy();
    }
  });
});
