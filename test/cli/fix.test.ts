/**
 * Issue 16.4: `seloste fix` applies the safe suggestions into a new file, never writes the
 * input, and the result lints without the findings it fixed; suggestions are right when applied.
 * In process (`cli`, the CLI's own main); the refusals (exit 2) also end to end through the built bin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED, cli, removeDir, seloste, sha256, tempDir, TIMEOUT } from './run.js';

const dir = tempDir();
afterAll(() => removeDir(dir));

interface JsonFinding {
  ruleId: string;
  excerpt: string;
  suggestion: string | null;
  safe?: boolean;
}

async function findings(file: string): Promise<JsonFinding[]> {
  const r = await cli(['lint', file, '--format', 'json']);
  return JSON.parse(r.stdout).files[0].findings;
}

describe('seloste fix', () => {
  for (const [seed, file] of [
    ['000', SEED['000']],
    ['002', SEED['002']],
    ['003', SEED['003']],
    ['001 as HTML', 'fixtures/docs/001_seinajoki_table.html'],
  ] as const) {
    it(
      `seed ${seed}: the safe findings are gone, the others stay, the input is unchanged`,
      async () => {
        const before = await findings(file);
        const safe = before.filter((f) => f.safe);
        expect(safe.length).toBeGreaterThan(0);
        const hash = sha256(file);
        const out = join(dir, `fixed-${file.split('/').pop()}`);
        const r = await cli(['fix', file, '-o', out]);
        expect(r.code).toBe(0);
        expect(sha256(file)).toBe(hash);
        expect(r.stdout).toContain(
          safe.length === 1 ? '1 korjaus kirjoitettiin' : `${safe.length} korjausta kirjoitettiin`,
        );
        const after = await findings(out);
        expect(after.filter((f) => f.safe)).toEqual([]);
        // everything that was not safe is still reported (a fix hides nothing else)
        const rest = (fs: JsonFinding[]) =>
          fs
            .filter((f) => !f.safe && f.ruleId !== 'text/typo')
            .map((f) => f.ruleId)
            .sort();
        expect(rest(after)).toEqual(rest(before));
      },
      TIMEOUT,
    );
  }

  it(
    'the outdated Ombudsman postal address becomes the postal address, not a mix with the visiting one',
    async () => {
      const out = join(dir, 'fixed-ombudsman.txt');
      const r = await cli(['fix', SEED['000'], '-o', out]);
      expect(r.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('PL 800, 00531 Helsinki');
      expect(text).not.toContain('Ratapihantie');
      expect(text).not.toMatch(/PL 800, Lintulahdenkuja/);
      expect(r.stdout).toContain('”Ratapihantie 9, 00521 Helsinki” → ”00531 Helsinki”');
    },
    TIMEOUT,
  );

  it(
    'a renamed authority keeps its case ending, and the change is printed',
    async () => {
      const out = join(dir, 'fixed-authority.txt');
      const r = await cli(['fix', SEED['003'], '-o', out]);
      expect(r.stdout).toContain('”Väestörekisterikeskuksen” → ”Digi- ja väestötietoviraston”');
      expect(readFileSync(out, 'utf8')).toContain('esim. Digi- ja väestötietoviraston tai jonkin muun');
    },
    TIMEOUT,
  );

  it(
    'a decomposed (NFD) source is fixed where the word has umlauts',
    async () => {
      const out = join(dir, 'fixed-nfd.txt');
      const r = await cli(['fix', SEED['002'], '-o', out]);
      expect(r.stdout.normalize('NFC')).toContain('”reksiterinpitäjän” → ”rekisterinpitäjän”');
      expect(readFileSync(out, 'utf8').normalize('NFC')).not.toContain('reksiterinpitäjän');
    },
    TIMEOUT,
  );

  it(
    'refuses to write the input, a PDF or DOCX, and a run without -o (exit 2)',
    async () => {
      const hash = sha256(SEED['003']);
      const same = await seloste(['fix', SEED['003'], '-o', SEED['003']]);
      expect(same.code).toBe(2);
      expect(sha256(SEED['003'])).toBe(hash);
      const pdf = await seloste(['fix', 'fixtures/docs/003_imatra_numbered_headings.pdf', '-o', join(dir, 'x.pdf')]);
      expect(pdf.code).toBe(2);
      expect(pdf.stderr).toContain('vain teksti-, Markdown- ja HTML-tiedostoja');
      const none = await seloste(['fix', SEED['003']]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('-o <tiedosto>');
    },
    TIMEOUT,
  );
});
