/**
 * SPEC §1: an input that cannot be read never produces a stack trace — one line
 * `seloste: <path>: <reason in plain words>` on stderr, exit 2, nothing on stdout —
 * and the input is never touched (§2: nothing is written next to or over it).
 * Each input in process (`cli`, the CLI's own main); --debug and a mismatched extension also end
 * to end through the built bin (a child process).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, TIMEOUT, cli, lines, listing, seloste, sha256 } from './run.js';

interface BadInput {
  path: string;
  fi: RegExp;
  en: RegExp;
}

const BAD: BadInput[] = [
  { path: 'fixtures/docs/003_imatra_encrypted_userpw.pdf', fi: /salasana/i, en: /password/i },
  { path: 'fixtures/docs/003_imatra_image_only.pdf', fi: /OCR/, en: /no text layer.*OCR/ },
  { path: 'fixtures/docs/000_tietosuojaseloste_truncated.pdf', fi: /vioittunut|vaurioitunut/i, en: /damaged/i },
  { path: 'fixtures/docs/empty_zero_bytes.pdf', fi: /tyhjä/i, en: /empty/i },
  { path: 'fixtures/docs/empty_zero_bytes.docx', fi: /tyhjä/i, en: /empty/i },
  { path: 'fixtures/docs/004_aanekoski_truncated.docx', fi: /vioittunut|vaurioitunut/i, en: /damaged/i },
  { path: 'fixtures/ingest/old-word.doc', fi: /\.docx/, en: /not supported|unsupported/i },
  { path: 'fixtures/ingest/random.bin', fi: /binääri|tuntematon/i, en: /unknown|binary|not a notice/i },
  { path: 'fixtures/ingest/not-a-docx.zip', fi: /ZIP/, en: /not a Word document/i },
  {
    path: 'fixtures/docs/ei_ole_olemassa.pdf',
    fi: /ei löydy|ei ole olemassa/i,
    en: /not found|does not exist|no such file/i,
  },
];

function expectOnePlainLine(stderr: string, path: string): string {
  const all = lines(stderr);
  expect(all, `stderr:\n${stderr}`).toHaveLength(1);
  const line = all[0];
  expect(line.startsWith(`seloste: ${path}: `), line).toBe(true);
  expect(line.length).toBeGreaterThan(`seloste: ${path}: `.length + 3);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
  return line.slice(`seloste: ${path}: `.length);
}

describe('seloste text <unreadable file>', () => {
  for (const bad of BAD) {
    describe(bad.path, () => {
      const abs = join(REPO, bad.path);

      it(
        'exits 2 with one plain Finnish line on stderr, nothing on stdout, input untouched',
        { timeout: TIMEOUT },
        async () => {
          const before = existsSync(abs) ? sha256(abs) : null;
          const neighbours = listing(dirname(abs));
          const r = await cli(['text', bad.path]);
          expect(r.code).toBe(2);
          expect(r.stdout).toBe('');
          const reason = expectOnePlainLine(r.stderr, bad.path);
          expect(reason).toMatch(bad.fi);
          expect(existsSync(abs) ? sha256(abs) : null).toBe(before);
          expect(listing(dirname(abs))).toEqual(neighbours);
        },
      );

      it('--lang en gives the English reason', { timeout: TIMEOUT }, async () => {
        const r = await cli(['--lang', 'en', 'text', bad.path]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(expectOnePlainLine(r.stderr, bad.path)).toMatch(bad.en);
      });
    });
  }

  it('--debug adds the stack trace (and still exits 2, stdout empty)', { timeout: TIMEOUT }, async () => {
    const path = 'fixtures/docs/003_imatra_encrypted_userpw.pdf';
    const r = await seloste(['--debug', 'text', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)[0].startsWith(`seloste: ${path}: `)).toBe(true);
    expect(r.stderr).toMatch(/^\s+at /m);
  });

  it('the English reasons use the SPEC §2 wording', { timeout: TIMEOUT }, async () => {
    const enc = await cli(['--lang', 'en', 'text', 'fixtures/docs/003_imatra_encrypted_userpw.pdf']);
    expect(enc.stderr).toContain('password-protected PDF');
    const img = await cli(['--lang', 'en', 'text', 'fixtures/docs/003_imatra_image_only.pdf']);
    expect(img.stderr).toContain('no text layer (scanned image?) — run OCR first');
    const dmg = await cli(['--lang', 'en', 'text', 'fixtures/docs/000_tietosuojaseloste_truncated.pdf']);
    expect(dmg.stderr).toContain('damaged PDF');
  });
});

describe('a mismatch of extension and content is handled, not fatal', () => {
  it('not_a_pdf_plaintext.pdf (text named .pdf) is read, with one warning line', { timeout: TIMEOUT }, async () => {
    const path = 'fixtures/docs/not_a_pdf_plaintext.pdf';
    const before = sha256(join(REPO, path));
    const r = await seloste(['text', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `seloste: ${path}: varoitus: tiedostopääte on .pdf, mutta sisältö on tekstiä: luettiin muodossa text\n`,
    );
    expect(r.stdout).toMatch(/tietosuojaseloste/i);
    expect(sha256(join(REPO, path))).toBe(before);
  });
});
