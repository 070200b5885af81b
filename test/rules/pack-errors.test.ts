/**
 * A mistake in a rule file stops the run with one line that names the file, the line, the
 * rule and the key (issue 18), instead of switching the rule off without a word. Each case
 * edits one file of a copy of the real pack, as a lawyer editing it would.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../src/model/errors.js';
import { cachedJson } from '../../src/util/file-cache.js';
import { DEFAULT_SETTINGS, Linter } from '../../src/rules/engine.js';
import { loadPack, RULES_DIR } from '../../src/rules/pack.js';
import { loadLists } from '../../src/rules/schema/lists.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { loadFactRules } from '../../src/compare/facts.js';
import { SEED, cli } from '../cli/run.js';

/** A copy of fi-gdpr with `file` edited; returns the folder, the file's path and the line the edit is on. */
function editedPack(file: string, from: string | RegExp, to: string) {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-bad-pack-'));
  cpSync(join(RULES_DIR, 'fi-gdpr'), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the edit of ${file} applies`).not.toBe(before);
  writeFileSync(path, after);
  const line = after.slice(0, after.indexOf(to)).split('\n').length;
  return { dir, path, line };
}

function errorOf(dir: string): string {
  try {
    loadPack(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('the pack loaded');
}

describe('a broken rule file is one line: file, line, rule, key, what is wrong', () => {
  it('a misspelt section id in scope (scope: [retension])', () => {
    const { dir, path, line } = editedPack('retention-no-period.yaml', 'scope: [retention]', 'scope: [retension]');
    expect(errorOf(dir)).toBe(
      `${path}:${line}: rule retention/no-period: scope[0]: unknown section id "retension" (did you mean "retention"? the ids are in rules/sections.yaml)`,
    );
  });

  it('a misspelt key (mustNotMach:) is not dropped', () => {
    const { dir, path, line } = editedPack('profiling-inconsistent.yaml', '  mustNotMatch:', '  mustNotMach:');
    expect(errorOf(dir)).toBe(`${path}:${line}: rule profiling/inconsistent: then.mustNotMach: unknown key "mustNotMach" (did you mean "mustNotMatch"?)`);
  });

  it('a misspelt top-level key (onse:)', () => {
    const { dir, path, line } = editedPack('authority-outdated-address.yaml', 'once: notice', 'onse: notice');
    expect(errorOf(dir)).toBe(`${path}:${line}: rule authority/outdated-address: onse: unknown key "onse" (did you mean "once"?)`);
  });

  it('an option of the wrong type (maxAgeMonths: "abc") is checked against the check\'s own schema', () => {
    const { dir, path, line } = editedPack('notice-date.yaml', 'maxAgeMonths: 24', 'maxAgeMonths: "abc"');
    expect(errorOf(dir)).toBe(`${path}:${line}: rule notice/date: options.maxAgeMonths: expected number, got "abc"`);
  });

  it('an unknown option of a check', () => {
    const { dir, path, line } = editedPack('notice-date.yaml', 'maxAgeMonths: 24', 'maxAgeMonth: 24');
    expect(errorOf(dir)).toBe(`${path}:${line}: rule notice/date: options.maxAgeMonth: unknown key "maxAgeMonth" (did you mean "maxAgeMonths"?)`);
  });

  it('a check that takes no options refuses one', () => {
    const { dir, path, line } = editedPack('contact-email.yaml', 'check: email\n', 'check: email\noptions: { strict: true }\n');
    expect(errorOf(dir)).toBe(`${path}:${line + 1}: rule contact/email: options.strict: unknown key "strict" (the check email takes no options)`);
  });

  it('a broken regular expression names the file, the rule and the pattern, not 1,000 characters of regex', () => {
    const { dir, path, line } = editedPack('retention-no-period.yaml', '      - kunnes', '      - "/(?:kunnes/"');
    // the index the pattern has in the rule file as it stands
    const index = (parseYaml(readFileSync(path, 'utf8')) as { items: { patterns: string[] }[] }).items[0].patterns.indexOf('/(?:kunnes/');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(errorOf(dir)).toBe(`${path}:${line}: rule retention/no-period: items[0].patterns[${index}]: invalid pattern "/(?:kunnes/": Unterminated group`);
  });

  it('a near() with one group is a broken pattern too', () => {
    const { dir, path, line } = editedPack('rights-missing.yaml', '"near(3): oikeus oikeutta | kieltää"', '"near(3): oikeus oikeutta kieltää"');
    expect(errorOf(dir)).toMatch(new RegExp(`^${path}:${line}: rule rights/missing: items\\[5\\]\\.patterns\\[5\\]: invalid pattern "near\\(3\\): oikeus oikeutta kieltää": near: needs at least two groups`));
  });

  it('a section id inside an item, and a wildcard that matches no section', () => {
    const a = editedPack('rights-missing.yaml', '  - section: right_erasure', '  - section: right_erasur');
    expect(errorOf(a.dir)).toBe(`${a.path}:${a.line}: rule rights/missing: items[2].section: unknown section id "right_erasur" (did you mean "right_erasure"? the ids are in rules/sections.yaml)`);
    const b = editedPack('section-required.yaml', '"right_*"', '"rigth_*"');
    expect(errorOf(b.dir)).toBe(`${b.path}:${b.line}: rule section/required: groups[9].sections[1]: no section id begins with "rigth_"`);
  });

  it('an unknown check and an unknown list', () => {
    const a = editedPack('contact-email.yaml', 'check: email', 'check: emial');
    expect(errorOf(a.dir)).toMatch(new RegExp(`^${a.path}:${a.line}: rule contact/email: check: unknown check "emial" \\(did you mean "email"\\?`));
    const b = editedPack('transfers-contradiction.yaml', '"@us-services"', '"@us-service"');
    expect(errorOf(b.dir)).toMatch(new RegExp(`^${b.path}:${b.line}: rule transfers/contradiction: then\\.mustNotMatch\\[0\\]: unknown list "@us-service" \\(.*lists\\.yaml has @us-services`));
  });

  it('a key written twice, and a then with nothing to check', () => {
    const a = editedPack('text-markup.yaml', 'once: line', 'once: line\nseverity: error');
    expect(errorOf(a.dir)).toBe(`${a.path}:${a.line + 1}: Map keys must be unique`);
    const b = editedPack('legal-basis-legitimate-interest-mismatch.yaml', / {2}mustMatch: .*\n/, '  skipEmpty: true\n');
    const thenLine = readFileSync(b.path, 'utf8').split('\n').indexOf('then:') + 1;
    expect(errorOf(b.dir)).toBe(`${b.path}:${thenLine}: rule legal-basis/legitimate-interest-mismatch: then: then needs exists, mustMatch or mustNotMatch`);
  });

  it('a YAML syntax error names the line', () => {
    const { dir, path } = editedPack('text-markup.yaml', 'once: line', 'once: line\nmessage: {fi: "a", en: "b"');
    expect(errorOf(dir)).toMatch(new RegExp(`^${path}:\\d+: `));
    expect(errorOf(dir)).not.toContain('\n');
  });

  it('an option from the config is checked when the rule is compiled', () => {
    const settings = { ...DEFAULT_SETTINGS, options: new Map([['notice/date', { maxAgeMonths: 'abc' }]]) };
    expect(() => new Linter(loadPack('fi-gdpr'), loadCatalogue(), settings)).toThrow('rules.notice/date.options.maxAgeMonths: expected number, got "abc"');
  });

  it('the CLI prints the one line and exits 2', async () => {
    const { dir, path, line } = editedPack('retention-no-period.yaml', 'scope: [retention]', 'scope: [retension]');
    const config = join(dir, 'seloste.config.yaml');
    writeFileSync(config, `pack: ${dir}\n`);
    const r = await cli(['lint', '--config', config, SEED['003']]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`seloste: ${path}:${line}: rule retention/no-period: scope[0]: unknown section id "retension" (did you mean "retention"? the ids are in rules/sections.yaml)`]);
    expect(r.stdout).toBe('');
  });
});

describe('the shared lists file is checked like a rule file', () => {
  it('a pattern of a list that does not compile names the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-lists-'));
    const file = join(dir, 'lists.yaml');
    writeFileSync(file, 'version: 1\nlists:\n  a:\n    - hyvä\n    - { name: B, patterns: ["/b(/"] }\n');
    expect(() => loadLists(file)).toThrow(`${file}:5: lists.a[1].patterns[0]: invalid pattern "/b(/": Unterminated group`);
    writeFileSync(file, 'version: 1\nlists:\n  a:\n    - { name: B, pattern: [b] }\n');
    expect(() => loadLists(file)).toThrow(new RegExp(`^${file}:4: lists\\.a\\[0\\]`));
  });
});

describe('the heading catalogue is strict too', () => {
  it('a misspelt key of a section (phrses:) names the file, the line and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-catalogue-'));
    const file = join(dir, 'sections.yaml');
    const text = readFileSync(join(RULES_DIR, 'sections.yaml'), 'utf8').replace(/^( {4})phrases:/m, '$1phrses:');
    writeFileSync(file, text);
    const line = text.slice(0, text.indexOf('phrses:')).split('\n').length;
    expect(() => loadCatalogue(file)).toThrow(`${file}:${line}: sections[0].phrses: unknown key "phrses" (did you mean "phrases"?)`);
  });
});

describe('the validation cache', () => {
  it('is rebuilt when the code that validated it changes, not only when the data does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-cache-'));
    const data = join(dir, 'data.yaml');
    const code = join(dir, 'schema.js');
    writeFileSync(data, 'a: 1\n');
    writeFileSync(code, 'export const v = 1;\n');
    let builds = 0;
    const load = () => cachedJson('test-cache', [data], () => ++builds, [code]);
    expect(load()).toBe(1);
    expect(load()).toBe(1); // cached
    writeFileSync(code, 'export const v = 2; // a stricter schema\n');
    expect(load()).toBe(2);
    writeFileSync(data, 'a: 2\n');
    expect(load()).toBe(3);
  });
});

describe('rules/facts.yaml is strict and in the pack\'s pattern syntax', () => {
  const FACTS = join(RULES_DIR, 'facts.yaml');
  function editedFacts(from: string | RegExp, to: string) {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-facts-'));
    const file = join(dir, 'facts.yaml');
    const text = readFileSync(FACTS, 'utf8').replace(from, to);
    writeFileSync(file, text);
    return { file, line: text.slice(0, text.indexOf(to)).split('\n').length };
  }

  it('the shipped file loads, its US services are the shared list (the pack\'s too)', () => {
    const facts = loadFactRules(FACTS);
    const names = facts.services.map((s) => s.name);
    expect(names).toEqual(loadLists().lists.get('us-services')!.map((i) => i.name));
    expect(names).toContain('Meta (Facebook, Instagram)');
    const contradiction = loadPack('fi-gdpr').find((d) => d.id === 'transfers/contradiction')!;
    expect((contradiction.then as { mustNotMatch: string[] }).mustNotMatch).toEqual(loadLists().lists.get('us-services')!.flatMap((i) => i.patterns));
  });

  it('{ name: Meta (Facebook, Instagram), … } unquoted, which YAML reads as two keys, is one line naming it', () => {
    const { file, line } = editedFacts('services: ["@us-services"]', 'services:\n    - { name: Meta (Facebook, Instagram), patterns: [Facebook*] }');
    expect(() => loadFactRules(file)).toThrow(`${file}:${line + 1}: transfers.services[0].Instagram): unknown key "Instagram)"`);
  });

  it('a misspelt key, a pattern that does not compile, an unknown list', () => {
    const a = editedFacts('  mention: [eväste*, cookie*]', '  mentoin: [eväste*, cookie*]');
    expect(() => loadFactRules(a.file)).toThrow(`${a.file}:${a.line}: cookies.mentoin: unknown key "mentoin" (did you mean "mention"?)`);
    const b = editedFacts('  dpo: [tietosuojavastaa*, DPO, Data Protection Officer*]', '  dpo: [tietosuojavastaa*, "/DPO(/"]');
    expect(() => loadFactRules(b.file)).toThrow(`${b.file}:${b.line}: contact.dpo[1]: invalid pattern "/DPO(/": Unterminated group`);
    const c = editedFacts('labels: ["@date-words"]', 'labels: ["@date-wrods"]');
    expect(() => loadFactRules(c.file)).toThrow(new RegExp(`^${c.file}:${c.line}: date\\.labels\\[0\\]: unknown list "@date-wrods"`));
  });
});
