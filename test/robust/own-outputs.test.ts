/**
 * A report seloste wrote in a terminal format (stylish, GitHub annotations) and saved into the
 * linted folder is not linted as a notice on the next run; names from notices are escaped in
 * compare's table before any colour is added. The CLI runs in process (`cli`, its own main).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownOutput } from '../../src/ingest/sniff.js';
import { REPO, SEED, cli } from '../cli/run.js';

const SLOW = { timeout: 60_000 };

describe("terminal-format reports are recognised as seloste's own", () => {
  it('stylish (fi and en) and GitHub annotations, but not a notice that quotes a rule id', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(ownOutput(enc('notices/a.txt\n  12:3          virhe  Kirjoitusvirhe: ”x”.  text/typo\n'))).toBe('stylish');
    expect(ownOutput(enc('a.pdf\n  whole notice  error  A required section is missing.  section/required\n'))).toBe(
      'stylish',
    );
    expect(ownOutput(enc('::error file=a.txt,line=1,title=seloste text/typo – GDPR::x\n'))).toBe('github');
    expect(ownOutput(enc('Tietosuojaseloste\n\nRekisterinpitäjä\n  virhe text/typo on sääntö.\n'))).toBeNull();
  });

  it('lint -o into the linted folder: the second run gives the same findings as the first', SLOW, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-own-'));
    copyFileSync(join(REPO, SEED['003']), join(dir, 'notice.txt'));
    const first = await cli(['lint', '-o', join(dir, 'report.txt'), dir]);
    const gh = await cli(['lint', '--format', 'github', dir]);
    writeFileSync(join(dir, 'annotations.txt'), gh.stdout);
    const second = await cli(['lint', '--format', 'json', dir]);
    expect(first.code).toBe(1);
    const files = JSON.parse(second.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toEqual([join(dir, 'notice.txt')]);
    expect(second.stderr).toMatch(/report\.txt/);
  });
});

describe('compare --format table', () => {
  it('escapes control characters in file names, so a name cannot recolour or hide the table', SLOW, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-esc-'));
    const bad = join(dir, 'a\u001b[8mb.txt');
    copyFileSync(join(REPO, SEED['003']), bad);
    copyFileSync(join(REPO, SEED['004']), join(dir, 'c.txt'));
    const r = await cli(['compare', bad, join(dir, 'c.txt')]);
    expect(r.stdout).not.toContain('\u001b[8m');
    expect(r.stdout).toContain('a\\x1b[8mb.txt');
  });
});
