/**
 * Issue 14 point 3: findings are capped per rule and per document, and what is left out is
 * counted in one finding per rule, so a finding-dense notice makes a report of bounded size.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Linter, MAX_FINDINGS_PER_DOCUMENT } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';

const notice = (text: string) => buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });
// Two rules that fire on every line: a placeholder and a broken e-mail address.
const defs = loadPack('fi-gdpr').filter((d) => d.id === 'text/placeholder' || d.id === 'contact/email');
const text = `Rekisterinpitäjä\n\n${'Ota yhteyttä: s-postiosoite tai info@yritys\n'.repeat(30)}`;
const lint = (settings: Partial<typeof DEFAULT_SETTINGS>) => new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, lang: 'en', ...settings }).lint(notice(text));

describe('the cap on findings per document', () => {
  it('without a cap reached, every finding is listed (the control)', () => {
    const all = lint({ maxFindingsPerDocument: 100 });
    expect(all.filter((f) => f.ruleId === 'text/placeholder')).toHaveLength(30);
    expect(all.filter((f) => f.ruleId === 'contact/email')).toHaveLength(30);
  });

  it('lists the first findings of the file in document order and counts the rest, one finding per rule', () => {
    const found = lint({ maxFindingsPerDocument: 10 });
    const counted = found.filter((f) => / more findings? of /.test(f.message));
    const listed = found.filter((f) => !counted.includes(f));
    expect(listed).toHaveLength(10);
    // The first five lines, each with its placeholder and its address.
    expect(Math.max(...listed.map((f) => f.line))).toBe(7);
    // In document order: on line 8 the placeholder comes before the address.
    expect(counted.map((f) => [f.ruleId, f.message])).toEqual([
      ['text/placeholder', '25 more findings of text/placeholder in this file are not listed: at most 10 findings are shown per file.'],
      ['contact/email', '25 more findings of contact/email in this file are not listed: at most 10 findings are shown per file.'],
    ]);
    // Each count stands where the first finding it leaves out was.
    expect(counted.every((f) => f.line === 8)).toBe(true);
  });

  it('a rule cut by its own cap says so, another rule cut by the document cap says that', () => {
    const found = lint({ maxFindingsPerRule: 3, maxFindingsPerDocument: 5 });
    const messages = found.filter((f) => / more findings? of /.test(f.message)).map((f) => f.message);
    expect(messages).toEqual([
      '28 more findings of contact/email in this file are not listed: at most 5 findings are shown per file.',
      '27 more findings of text/placeholder in this file are not listed: only the first 3 are shown.',
    ]);
    expect(found).toHaveLength(5 + 2);
  });

  it('says it in Finnish too', () => {
    const fi = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, lang: 'fi', maxFindingsPerDocument: 10 }).lint(notice(text));
    expect(fi.map((f) => f.message)).toContain('Säännöllä text/placeholder on tässä tiedostossa vielä 25 havaintoa, joita ei luetella: tiedostosta näytetään enintään 10 havaintoa.');
  });

  it('has a default that bounds a report: a thousand findings, unless the per-rule cap is raised past it', () => {
    expect(MAX_FINDINGS_PER_DOCUMENT).toBe(1000);
    const dense = notice(`Rekisterinpitäjä\n\n${'s-postiosoite ja info@yritys\n'.repeat(600)}`);
    const capped = new Linter(defs, loadCatalogue(), DEFAULT_SETTINGS).lint(dense);
    // 100 per rule by default: the document cap is not reached.
    expect(capped).toHaveLength(202);
    const perRuleRaised = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, maxFindingsPerRule: 10_000 }).lint(dense);
    expect(perRuleRaised).toHaveLength(1200);
    const both = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, maxFindingsPerRule: 10_000, maxFindingsPerDocument: MAX_FINDINGS_PER_DOCUMENT }).lint(dense);
    expect(both.filter((f) => !/ more findings? of /.test(f.message) && !/vielä/.test(f.message))).toHaveLength(1000);
    expect(both).toHaveLength(1002);
  });
});
