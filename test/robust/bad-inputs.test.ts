/**
 * Issue 7 item 2 — what test/cli/bad-inputs.test.ts (`seloste text`, one file each) and
 * test/cli/lint.test.ts (a folder of four) leave out: zero-byte text, Markdown and HTML,
 * a text with NUL bytes, a 6 MB single-line text, a DOCX zip bomb that lies about its
 * size, random bytes, files named with the wrong extension (which must work), RTF saved
 * as .txt, UTF-16 without its BOM, a named pipe, and one
 * folder holding every kind of bad input next to good ones. Each: the exit code, one
 * plain line per bad file on stderr, no stack trace, the input bytes unchanged.
 * Runs the built CLI (`npm test` builds first).
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, lines, lintJson, REPO, seloste, type RunResult } from '../cli/run.js';
import { longLine, lyingZipBomb, randomBytes, snapshot } from './helpers.js';

const SLOW = { timeout: 180_000 };
const fx = (name: string) => join(REPO, 'fixtures', name);

function selosteSlow(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: REPO, timeout: 170_000, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number')
          reject(new Error(`seloste ${args.join(' ')} did not finish: ${err.message}`));
        else resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/);
  expect(stderr).not.toMatch(/internal error/);
}

describe('lint on a folder holding every kind of bad input next to good ones', () => {
  let dir: string;
  let before: Record<string, string>;
  const bad: Record<string, RegExp> = {
    'b-empty.txt': /empty/,
    'c-empty.md': /empty/,
    'd-empty.html': /empty/,
    'e-empty.pdf': /empty/,
    'f-empty.docx': /empty/,
    'g-random.txt': /binary/,
    'h-truncated.pdf': /damaged PDF/,
    'i-truncated.docx': /damaged Word/,
    'j-encrypted.pdf': /password-protected PDF/,
    'k-scanned.pdf': /no text layer \(scanned image\?\) — run OCR first/,
    'l-not-docx.docx': /not a Word document/,
    'm-bomb.docx': /zip bomb/,
    'n-lying-bomb.docx': /zip bomb/,
    'o-old.doc': /save it as \.docx/,
    'p-random.pdf': /damaged PDF|binary/,
    'v-rich-text.txt': /RTF is not supported/,
  };
  const good = [
    'a-clean.txt',
    'q-nul.txt',
    'r-docx-named.pdf',
    's-pdf-named.docx',
    't-text-named.docx',
    'u-html-named.txt',
    'w-utf16-without-bom.txt',
  ];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-robust-'));
    const copy = (from: string, to: string) => copyFileSync(fx(from), join(dir, to));
    copy('clean/puhdas_tietosuojaseloste.txt', 'a-clean.txt');
    for (const name of ['b-empty.txt', 'c-empty.md', 'd-empty.html']) writeFileSync(join(dir, name), '');
    copy('docs/empty_zero_bytes.pdf', 'e-empty.pdf');
    copy('docs/empty_zero_bytes.docx', 'f-empty.docx');
    writeFileSync(join(dir, 'g-random.txt'), randomBytes(10_000, 7));
    copy('docs/000_tietosuojaseloste_truncated.pdf', 'h-truncated.pdf');
    copy('docs/004_aanekoski_truncated.docx', 'i-truncated.docx');
    copy('docs/003_imatra_encrypted_userpw.pdf', 'j-encrypted.pdf');
    copy('docs/003_imatra_image_only.pdf', 'k-scanned.pdf');
    copy('ingest/not-a-docx.zip', 'l-not-docx.docx');
    copy('ingest/zip-bomb.docx', 'm-bomb.docx');
    writeFileSync(join(dir, 'n-lying-bomb.docx'), await lyingZipBomb(256));
    copy('ingest/old-word.doc', 'o-old.doc');
    writeFileSync(join(dir, 'p-random.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(5000, 11)]));
    copy('ingest/stray-nul.txt', 'q-nul.txt');
    copy('docs/001_seinajoki_table.docx', 'r-docx-named.pdf');
    copy('docs/001_seinajoki_table.pdf', 's-pdf-named.docx');
    copy('003_98cc76d9ec6c475c.txt', 't-text-named.docx');
    copy('docs/001_seinajoki_table.html', 'u-html-named.txt');
    writeFileSync(
      join(dir, 'v-rich-text.txt'),
      "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} Tietosuojaseloste\\par Rekisterinpit\\'e4j\\'e4\\par }",
    );
    writeFileSync(
      join(dir, 'w-utf16-without-bom.txt'),
      Buffer.from('Tietosuojaseloste\r\n\r\nRekisterinpitäjä\r\nEsimerkki Oy\r\n', 'utf16le'),
    );
    before = snapshot(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'exit 2; each bad file one English line and an input/unreadable finding; the good ones linted; nothing touched',
    SLOW,
    async () => {
      const r = await lintJson(['--lang', 'en', dir]);
      expect(r.code).toBe(2);
      expectNoStackTrace(r.stderr);
      const byName = new Map(r.report.files.map((f) => [f.file.slice(f.file.lastIndexOf('/') + 1), f]));
      expect([...byName.keys()].sort()).toEqual([...Object.keys(bad), ...good].sort());
      // ingest warnings are their own lines (issue 13): the extension mismatches and the NULs
      const warnings = lines(r.stderr).filter((l) => /^seloste: [^:]+: warning: /.test(l));
      expect(warnings.map((l) => l.slice(l.lastIndexOf('/') + 1, l.indexOf(': warning')))).toEqual(
        expect.arrayContaining([
          'q-nul.txt',
          'r-docx-named.pdf',
          's-pdf-named.docx',
          't-text-named.docx',
          'u-html-named.txt',
        ]),
      );
      const err = lines(r.stderr).filter((l) => !warnings.includes(l));
      expect(err).toHaveLength(Object.keys(bad).length);
      for (const [name, reason] of Object.entries(bad)) {
        const line = err.find((l) => l.startsWith(`seloste: ${join(dir, name)}: `));
        expect(line, `${name} in\n${r.stderr}`).toBeDefined();
        expect(line, name).toMatch(reason);
        expect(
          byName.get(name)!.findings.map((f) => f.ruleId),
          name,
        ).toEqual(['input/unreadable']);
      }
      for (const name of good) {
        const file = byName.get(name)!;
        expect(file.format, name).not.toBeNull();
        expect(
          file.findings.some((f) => f.ruleId === 'input/unreadable'),
          name,
        ).toBe(false);
      }
      expect(byName.get('r-docx-named.pdf')!.format).toBe('docx');
      expect(byName.get('s-pdf-named.docx')!.format).toBe('pdf');
      expect(byName.get('t-text-named.docx')!.format).toBe('text');
      expect(byName.get('u-html-named.txt')!.format).toBe('html');
      expect(r.report.summary.unreadable).toBe(Object.keys(bad).length);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it('in Finnish by default, the same lines', SLOW, async () => {
    const r = await seloste(['lint', '--format', 'json', dir]);
    expect(r.code).toBe(2);
    expectNoStackTrace(r.stderr);
    const err = lines(r.stderr).filter((l) => !/^seloste: [^:]+: varoitus: /.test(l));
    expect(err).toHaveLength(Object.keys(bad).length);
    expect(err.find((l) => l.includes('n-lying-bomb.docx'))).toMatch(/ZIP-pommi/);
    expect(err.find((l) => l.includes('b-empty.txt'))).toMatch(/tyhjä/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('single inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-robust1-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 6 MB text on one line is linted: an answer, no crash, no stack trace, file unchanged', SLOW, async () => {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, longLine(6));
    const report = join(dir, 'report.txt');
    // Slow today (excerpts of whole-line findings are the whole 6 MB line): a long leash.
    const r = await selosteSlow(['lint', '-o', report, file]);
    expect([0, 1]).toContain(r.code);
    expectNoStackTrace(r.stderr);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    const before = snapshot(dir);
    const text = await seloste(['text', file]);
    expect(text.code).toBe(0);
    expect(lines(text.stdout)).toHaveLength(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a PDF that makes pdf.js reject a promise late (fuzz case) does not end the batch', SLOW, async () => {
    const pdf = 'fixtures/robust/stray-rejection.pdf';
    const r = await seloste(['--lang', 'en', 'lint', pdf, pdf, 'fixtures/003_98cc76d9ec6c475c.txt']);
    expect(r.code).toBe(2);
    expectNoStackTrace(r.stderr);
    expect(lines(r.stderr)).toEqual([`seloste: ${pdf}: no text layer (scanned image?) — run OCR first`]);
    expect(r.stdout).toContain('fixtures/003_98cc76d9ec6c475c.txt');
  });

  it('a text with NUL bytes is read; `seloste text` drops the NULs and says so on one line', SLOW, async () => {
    const r = await seloste(['text', 'fixtures/ingest/stray-nul.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('seloste: fixtures/ingest/stray-nul.txt: varoitus: tekstistä poistettiin 2 NUL-tavua\n');
    expect(r.stdout).not.toContain('\u0000');
    expect(r.stdout).toContain('Äänekosken Energia Oy');
  });

  it('a missing path and a folder given to `text` are one line each, exit 2', SLOW, async () => {
    for (const path of ['fixtures/ei/ole/olemassa.docx', 'fixtures/ingest']) {
      const r = await seloste(['--lang', 'en', 'text', path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([
        expect.stringMatching(new RegExp(`^seloste: ${path}: (file not found|the path is not a regular file)`)),
      ]);
    }
  });

  it('a named pipe is refused at once with one line, not waited on', SLOW, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-fifo-'));
    try {
      const fifo = join(dir, 'seloste.txt');
      execFileSync('mkfifo', [fifo]);
      const r = await seloste(['--lang', 'en', 'lint', fifo]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([
        `seloste: ${fifo}: the path is not a regular file (a directory, pipe or device); give a single file`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
