/**
 * `lint --baseline`: only findings the baseline does not have are reported and
 * counted for the exit code, whatever moved in the notice. Unit tests of the
 * matching, then the built CLI with a notice and with a JSON report as baseline.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBaseline, matchBaseline } from '../../src/api/baseline.js';
import type { Finding } from '../../src/model/finding.js';
import { REPO, SEED, TIMEOUT, lines, lintJson, removeDir, seloste, tempDir } from '../cli/run.js';

const opts = { timeout: TIMEOUT };

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'text/typo',
    severity: 'warning',
    message: 'Kirjoitusvirhe.',
    section: 'data_content',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    page: null,
    excerpt: 'havannoidut tiedot',
    suggestion: null,
    gdpr: null,
    range: [0, 4],
    ...over,
  };
}

describe('matching', () => {
  it('ignores line numbers, spacing, ellipses and case of the excerpt', () => {
    const old = finding({ line: 3, excerpt: '…Palveluiden  käytöstä havannoidut tiedot…' });
    const now = finding({ line: 40, column: 9, excerpt: 'palveluiden käytöstä havannoidut tiedot' });
    expect(matchBaseline([now], [old])).toEqual({ fresh: [], known: [now] });
  });

  it('a different rule, section or excerpt is new', () => {
    const old = finding({});
    for (const now of [
      finding({ ruleId: 'text/probable-typo' }),
      finding({ section: 'purpose' }),
      finding({ excerpt: 'muu kohta', message: 'Kirjoitusvirhe: ”muu”.' }),
    ]) {
      expect(matchBaseline([now], [old]).fresh).toEqual([now]);
    }
  });

  it('is a multiset: two equal findings in the baseline excuse two, a third is new', () => {
    const a = finding({ line: 1 });
    const b = finding({ line: 2 });
    const c = finding({ line: 3 });
    expect(matchBaseline([a, b, c], [finding({}), finding({})]).fresh).toEqual([c]);
  });

  it('an excerpt whose surrounding words changed still matches on the same message, once', () => {
    const old = finding({ excerpt: '…vanhat sanat havannoidut tiedot', message: 'Kirjoitusvirhe: ”havannoidut”.' });
    const now = finding({ excerpt: '…uudet sanat havannoidut tiedot', message: 'Kirjoitusvirhe: ”havannoidut”.' });
    const twin = finding({ excerpt: 'kolmas havannoidut', message: 'Kirjoitusvirhe: ”havannoidut”.' });
    expect(matchBaseline([now, twin], [old])).toEqual({ fresh: [twin], known: [now] });
  });

  it('never leaves out input/unreadable, and counts what it left out', () => {
    const bad = finding({ ruleId: 'input/unreadable', section: null, excerpt: '' });
    const ok = finding({});
    const { results, baselined } = applyBaseline(
      [{ file: 'a.txt', format: 'text', findings: [bad, ok] }],
      { source: 'b.json', kind: 'report', files: [{ file: 'a.txt', findings: [bad, ok] }] },
      REPO,
    );
    expect(results[0].findings).toEqual([bad]);
    expect(baselined).toBe(1);
  });
});

describe('lint --baseline (built CLI)', () => {
  let dir: string;
  let oldFile: string;
  let newFile: string;
  beforeAll(() => {
    dir = tempDir();
    oldFile = join(dir, 'seloste_2024.txt');
    newFile = join(dir, 'seloste_2025.txt');
    copyFileSync(join(REPO, SEED['002']), oldFile);
    // The new version: the security section (lines 96–125) and the cookies section
    // (126–166) trade places, and one new defect, a template placeholder, is added to
    // the data-content list, which shifts every line after it.
    const old = readFileSync(oldFile, 'utf8').split('\n');
    const moved = [...old.slice(0, 95), ...old.slice(125, 166), ...old.slice(95, 125), ...old.slice(166)];
    moved.splice(41, 0, '-\tYhteyshenkilö Etunimi Sukunimi');
    writeFileSync(newFile, moved.join('\n'));
  });
  afterAll(() => removeDir(dir));

  it('a notice as baseline: exactly the one new finding, exit 1 for it', opts, async () => {
    const before = await lintJson([oldFile]);
    const all = await lintJson([newFile]);
    expect(before.report.files[0].findings.length).toBeGreaterThan(8);
    // without a baseline the old problems are all there, at shifted lines
    expect(all.report.files[0].findings.length).toBe(before.report.files[0].findings.length + 1);
    const r = await lintJson(['--baseline', oldFile, newFile]);
    const findings = r.report.files[0].findings;
    expect(findings.map((f) => [f.ruleId, f.line, f.excerpt])).toEqual([
      ['text/placeholder', 42, '- Yhteyshenkilö Etunimi Sukunimi'],
    ]);
    expect((r.report.summary as Record<string, number>).baselined).toBe(before.report.files[0].findings.length);
    expect(r.report.summary.errors).toBe(1);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  /** The notice at one path, first in its old version, then edited: as a repository sees it. */
  function editedInPlace(name: string): string {
    const file = join(dir, name);
    copyFileSync(oldFile, file);
    return file;
  }

  it(
    'a JSON report of the same file as baseline gives the same answer; the unchanged notice → exit 0 and nothing listed',
    opts,
    async () => {
      const file = editedInPlace('seloste-json.txt');
      const reportFile = join(dir, 'baseline.json');
      expect((await seloste(['lint', '--format', 'json', '--output', reportFile, file])).code).toBe(1);
      const same = await seloste(['lint', '--baseline', reportFile, file]);
      expect(same.code).toBe(0);
      expect(same.stdout).toContain('Ei huomautettavaa.');
      copyFileSync(newFile, file);
      const r = await lintJson(['--baseline', reportFile, file]);
      expect(r.report.files[0].findings.map((f) => f.ruleId)).toEqual(['text/placeholder']);
    },
  );

  it('a report made in English matches a Finnish run (rule, section and excerpt are language-free)', opts, async () => {
    const file = editedInPlace('seloste-en.txt');
    const reportFile = join(dir, 'baseline-en.json');
    await seloste(['lint', '--lang', 'en', '--format', 'json', '--output', reportFile, file]);
    copyFileSync(newFile, file);
    const r = await lintJson(['--baseline', reportFile, file]);
    expect(r.report.files[0].findings.map((f) => f.ruleId)).toEqual(['text/placeholder']);
  });

  it('every format leaves the baselined findings out', opts, async () => {
    for (const format of ['stylish', 'sarif', 'junit', 'github', 'html']) {
      const r = await seloste(['lint', '--format', format, '--baseline', oldFile, newFile]);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toContain('Etunimi Sukunimi');
      // the old placeholder finding is gone (its word may still appear in rule help or the notice text)
      expect(r.stdout, format).not.toContain('täyteteksti on jäänyt selosteeseen: ”s-postiosoite”');
      expect(r.stdout, format).toContain('täyteteksti on jäänyt selosteeseen: ”Etunimi Sukunimi”');
    }
    const sarif = JSON.parse((await seloste(['lint', '--format', 'sarif', '--baseline', oldFile, newFile])).stdout);
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].properties.baselined).toBeGreaterThan(8);
  });

  it('a missing or broken baseline is a usage error: exit 2, one line, nothing on stdout', opts, async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 2, "files": []}');
    for (const [baseline, says] of [
      [join(dir, 'ei_ole.json'), 'ei löydy'],
      [broken, 'ei ole seloste-raportti'],
      [join(REPO, 'fixtures/docs/empty_zero_bytes.pdf'), '(--baseline)'],
    ]) {
      const r = await seloste(['lint', '--baseline', baseline, newFile]);
      expect(r.code, baseline).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([expect.stringContaining(`seloste: ${baseline}: `)]);
      expect(r.stderr).toContain(says);
    }
  });
});

describe('lint --write-baseline: one baseline per file, paths from the repository root', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'notices', 'fi'), { recursive: true });
    copyFileSync(join(REPO, SEED['002']), join(repo, 'notices', 'fi', 'asiakasrekisteri.txt'));
  });
  afterAll(() => removeDir(repo));

  it(
    'writes the baseline, says so in one line, prints no report and exits 0 though the notice has errors',
    opts,
    async () => {
      const r = await seloste(['lint', '--write-baseline', 'ci/seloste-baseline.json', 'notices'], { cwd: repo });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([
        expect.stringMatching(
          /^seloste: vertailukohta kirjoitettu: ci\/seloste-baseline\.json \(\d+ havaintoa, 1 tiedostoa\)$/,
        ),
      ]);
      const written = JSON.parse(readFileSync(join(repo, 'ci', 'seloste-baseline.json'), 'utf8'));
      expect(written.seloste).toBe('baseline');
      expect(written.files.map((f: { path: string }) => f.path)).toEqual(['notices/fi/asiakasrekisteri.txt']);
      expect(written.files[0].findings.length).toBeGreaterThan(8);
      expect(Object.keys(written.files[0].findings[0]).sort()).toEqual(['excerpt', 'message', 'ruleId', 'section']);
    },
  );

  it('holds from any folder of the repository: the same file is found from its subfolder', opts, async () => {
    await seloste(['lint', '--write-baseline', 'ci/b.json', 'notices'], { cwd: repo });
    const r = await seloste(['lint', '--baseline', '../../ci/b.json', 'asiakasrekisteri.txt'], {
      cwd: join(repo, 'notices', 'fi'),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ei huomautettavaa.');
  });

  it('a new notice made from the same template does not inherit another file’s baseline', opts, async () => {
    await seloste(['lint', '--write-baseline', 'ci/c.json', 'notices'], { cwd: repo });
    copyFileSync(
      join(repo, 'notices', 'fi', 'asiakasrekisteri.txt'),
      join(repo, 'notices', 'fi', 'markkinointirekisteri.txt'),
    );
    mkdirSync(join(repo, 'notices', 'sv'), { recursive: true });
    copyFileSync(
      join(repo, 'notices', 'fi', 'asiakasrekisteri.txt'),
      join(repo, 'notices', 'sv', 'asiakasrekisteri.txt'),
    );
    const r = await lintJson(['--baseline', 'ci/c.json', 'notices'], { cwd: repo });
    expect(r.code).toBe(1);
    const byFile = new Map(r.report.files.map((f) => [f.file.replaceAll('\\', '/'), f.findings.length]));
    expect(byFile.get('notices/fi/asiakasrekisteri.txt')).toBe(0);
    // the copies under another name, or the same name in another folder, keep all their findings
    expect(byFile.get('notices/fi/markkinointirekisteri.txt')).toBeGreaterThan(8);
    expect(byFile.get('notices/sv/asiakasrekisteri.txt')).toBeGreaterThan(8);
  });

  it('an old one-file JSON report does not cover another file either', () => {
    const f = finding({});
    const { results } = applyBaseline(
      [{ file: 'uusi.txt', format: 'text', findings: [f] }],
      { source: 'b.json', kind: 'report', files: [{ file: 'vanha.txt', findings: [f] }] },
      REPO,
    );
    expect(results[0].findings).toEqual([f]);
  });
});
