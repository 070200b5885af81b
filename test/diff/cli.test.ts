/**
 * `seloste diff` through the built CLI: exit codes, formats, unreadable input. In process (`cli`, the
 * CLI's own main); --exit-code on differing notices and an unreadable input also end to end (`seloste`).
 */
import { describe, expect, it } from 'vitest';
import { SEED, TIMEOUT, cli, lines, seloste } from '../cli/run.js';

const opts = { timeout: TIMEOUT };

describe('seloste diff', () => {
  it('--exit-code: 1 when the notices differ, 0 when only the format differs', opts, async () => {
    const differ = await seloste(['diff', '--exit-code', SEED['003'], 'fixtures/diff/003_retention_changed.txt']);
    expect(differ.code).toBe(1);
    expect(differ.stdout).toContain('muuttunut');
    const same = await cli(['diff', '--exit-code', SEED['004'], 'fixtures/docs/004_aanekoski_numbered_headings.docx']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Ei sisällöllisiä eroja.');
    const noFlag = await cli(['diff', SEED['003'], 'fixtures/diff/003_retention_changed.txt']);
    expect(noFlag.code).toBe(0);
  });

  it('an unreadable input: one line on stderr and exit 2', opts, async () => {
    const r = await seloste(['diff', SEED['003'], 'fixtures/docs/003_imatra_encrypted_userpw.pdf']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^seloste: fixtures\/docs\/003_imatra_encrypted_userpw\.pdf: /);
    expect(r.stdout).toBe('');
  });

  it('--format json --lang en prints the JSON contract', opts, async () => {
    const r = await cli(['diff', '-f', 'json', '--lang', 'en', SEED['000'], SEED['001']]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).version).toBe(1);
  });

  it(
    'what changed in substance comes first, in text, json and html (built CLI: both versions linted)',
    opts,
    async () => {
      const text = await cli(['diff', SEED['003'], 'fixtures/diff/003_retention_changed.txt']);
      expect(text.stdout.split('\n').slice(2, 4)).toEqual([
        'Olennaiset muutokset',
        '  Säilytysaika: kymmenen (10) vuotta → kuusi (6) vuotta',
      ]);
      const json = JSON.parse(
        (await cli(['diff', '-f', 'json', '--lang', 'en', SEED['003'], 'fixtures/diff/003_retention_changed.txt']))
          .stdout,
      );
      expect(json.substance.facts).toEqual([
        { id: 'retention', name: 'Retention', from: 'kymmenen (10) vuotta', to: 'kuusi (6) vuotta' },
      ]);
      expect(json.substance.newFindings).toEqual([]);
      const html = (await cli(['diff', '-f', 'html', SEED['003'], 'fixtures/diff/003_retention_changed.txt'])).stdout;
      expect(html).toContain('<section class="substance" id="substance"><h2>Olennaiset muutokset</h2>');
      expect(html).toMatch(
        /<title>Tietosuojaselosteen muutokset: 003_98cc76d9ec6c475c\.txt → 003_retention_changed\.txt<\/title>/,
      );
      // --no-substance: the diff alone, neither notice linted
      const bare = JSON.parse(
        (await cli(['diff', '-f', 'json', '--no-substance', SEED['003'], 'fixtures/diff/003_retention_changed.txt']))
          .stdout,
      );
      expect(Object.keys(bare)).toEqual(['version', 'old', 'new', 'sections', 'summary']);
      expect(
        (await cli(['diff', '--no-substance', SEED['003'], 'fixtures/diff/003_retention_changed.txt'])).stdout,
      ).not.toContain('Olennaiset muutokset');
    },
  );
});
