/**
 * CLI details of issue 15: `lint -` reads standard input (named by --stdin-filename), a
 * --max-warnings failure says why, -o makes missing folders. Standard input and -o run end to
 * end through the built bin (a child process); the rest in process (`cli`, the CLI's own main).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, SEED, TIMEOUT, cli, lines, removeDir, seloste, tempDir, type RunResult } from './run.js';

const opts = { timeout: TIMEOUT };
const dir = tempDir();
afterAll(() => removeDir(dir));

/** The built CLI with `input` on its standard input. */
function withStdin(args: string[], input: string | Buffer): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('lint - (standard input)', () => {
  it(
    'reads the notice from standard input, named by --stdin-filename, with the same findings as the file',
    opts,
    async () => {
      const text = readFileSync(join(REPO, SEED['002']));
      const piped = await withStdin(['lint', '--format', 'json', '-', '--stdin-filename', 'ehdotus.txt'], text);
      const file = await cli(['lint', '--format', 'json', SEED['002']]);
      expect(piped.code).toBe(1);
      expect(piped.stderr).toBe('');
      const a = JSON.parse(piped.stdout).files[0];
      const b = JSON.parse(file.stdout).files[0];
      expect(a.file).toBe('ehdotus.txt');
      expect(a.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual(
        b.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]),
      );
    },
  );

  it('without --stdin-filename the notice is <stdin>; empty input is unreadable (exit 2)', opts, async () => {
    const r = await withStdin(['lint', '-'], readFileSync(join(REPO, SEED['000'])));
    expect(r.stdout).toContain('<stdin>');
    const empty = await withStdin(['lint', '-'], '');
    expect(empty.code).toBe(2);
    expect(lines(empty.stderr)).toEqual([expect.stringMatching(/^seloste: <stdin>: /)]);
  });

  it('"-" with other paths, or --stdin-filename without "-", is a usage error naming the fix', opts, async () => {
    const mixed = await seloste(['lint', '-', SEED['000']]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('"-"');
    const lone = await cli(['lint', '--stdin-filename', 'a.txt', SEED['000']]);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('seloste lint - --stdin-filename');
  });
});

describe('lint --max-warnings', () => {
  it('a failure says why, as ESLint does, in Finnish by default and in English with --lang en', opts, async () => {
    const fi = await cli([
      'lint',
      '--format',
      'json',
      '--fail-on',
      'error',
      '--rule',
      'section/required=warning',
      '--max-warnings',
      '0',
      'fixtures/clean/puhdas_tietosuojaseloste.txt',
      SEED['003'],
    ]);
    expect(fi.code).toBe(1);
    const report = JSON.parse(fi.stdout);
    expect(lines(fi.stderr)).toEqual([
      `seloste: liian monta varoitusta: ${report.summary.warnings} (enintään 0, --max-warnings)`,
    ]);
    const en = await cli([
      'lint',
      '--lang',
      'en',
      '--rule',
      'section/required=warning',
      '--max-warnings',
      '0',
      SEED['003'],
    ]);
    expect(lines(en.stderr)).toEqual([
      expect.stringMatching(/^seloste: too many warnings: \d+ \(maximum: 0, --max-warnings\)$/),
    ]);
  });

  it('within the limit nothing is said', opts, async () => {
    const r = await cli(['lint', '--max-warnings', '1000', 'fixtures/clean/puhdas_tietosuojaseloste.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('-o into folders that do not exist', () => {
  it('makes them and writes the report there', opts, async () => {
    const out = join(dir, 'reports', 'deep', 'seloste.sarif');
    const r = await seloste(['lint', '--format', 'sarif', '-o', out, SEED['000']]);
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});
