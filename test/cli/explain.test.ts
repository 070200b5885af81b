/**
 * Issue 16.6: `seloste explain` in Finnish throughout (English with --lang en), and the closest id for a
 * mistyped one. In process (`cli`, the CLI's own main); explain runs end to end in commands.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { closestRuleId } from '../../src/cli/rule-docs.js';
import { loadPack } from '../../src/rules/pack.js';
import { TIMEOUT, cli, lines } from './run.js';

const opts = { timeout: TIMEOUT };
const IDS = loadPack('fi-gdpr').map((d) => d.id);

describe('seloste explain in the user’s language', () => {
  it('Finnish: no raw severity, kind or {placeholder} for any rule', opts, async () => {
    for (const id of IDS) {
      const r = await cli(['explain', id]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\{\w+\}/);
      expect(r.stdout).not.toMatch(
        /vakavuus: (error|warning|info)|laji: [a-z-]+$|: (must-mention|existence|substitution|required-section|non-empty|conditional|lexicon|code)\b/m,
      );
      expect(r.stdout).toMatch(/^Oletusvakavuus: (virhe|varoitus|huomio|pois käytöstä)$/m);
      expect(r.stdout).toMatch(/^Tarkistuksen laji: \S/m);
    }
  });

  it('text/typo reads as Finnish, English with --lang en', opts, async () => {
    const fi = await cli(['explain', 'text/typo']);
    expect(fi.stdout).toContain('Oletusvakavuus: varoitus');
    expect(fi.stdout).toContain('Tietosuoja-asetus (GDPR): art. 12(1)');
    expect(fi.stdout).toContain('Tarkistuksen laji: väärä muoto ja oikea muoto');
    expect(fi.stdout).toContain('Kirjoitusvirhe: ”…” – oikein ”…”.');
    const en = await cli(['--lang', 'en', 'explain', 'text/typo']);
    expect(en.stdout).toContain('Default severity: warning');
    expect(en.stdout).toContain('GDPR: Article 12(1)');
    expect(en.stdout).toContain('Misspelling: “…” – should be “…”.');
  });

  it('a mistyped id: exit 2, one line with the closest rule id', opts, async () => {
    const r = await cli(['explain', 'retention/no-perod']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      'seloste: retention/no-perod: tuntematon sääntö. Tarkoititko retention/no-period? (seloste rules luettelee säännöt)',
    ]);
    const en = await cli(['--lang', 'en', 'explain', 'typo']);
    expect(en.stderr).toContain('Did you mean text/typo?');
    const none = await cli(['explain', 'kissa']);
    expect(none.stderr).not.toContain('Tarkoititko');
  });

  it('closestRuleId: last part, a typo, or nothing', () => {
    expect(closestRuleId('typo', IDS)).toBe('text/typo');
    expect(closestRuleId('notice/dat', IDS)).toBe('notice/date');
    expect(closestRuleId('section/requird', IDS)).toBe('section/required');
    expect(closestRuleId('rights/acess-fee', IDS)).toBe('rights/access-fee');
    expect(closestRuleId('zzz', IDS)).toBeNull();
  });
});
