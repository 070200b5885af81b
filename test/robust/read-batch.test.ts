/**
 * Issue 5 item 4 / issue 7: a batch reads every file whatever it is — text in this
 * thread, PDF/DOCX on worker threads — under the limits, each document under a time
 * limit, results in input order, a bounded number in flight, inputs untouched.
 * The workers run the compiled dist/cli/worker.js (`npm test` builds first).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBatch, type BatchItem, type BatchOptions } from '../../src/api/read-batch.js';
import { extract } from '../../src/ingest/index.js';
import { REASONS } from '../../src/ingest/reasons.js';
import { UnreadableInputError } from '../../src/model/errors.js';
import { fixture } from '../helpers/notice.js';
import { lyingZipBomb, randomBytes, snapshot } from './helpers.js';

async function all(files: string[], opts: BatchOptions = {}): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of readBatch(files, opts)) out.push(item);
  return out;
}

const outcome = (i: BatchItem) => (i.extracted ? i.extracted.format : `error:${i.error!.code}`);

const GOOD_PDF = fixture('docs/000_tietosuojaseloste_headings.pdf');
const GOOD_DOCX = fixture('docs/000_tietosuojaseloste_headings.docx');
const SEED = fixture('000_a454ac08de0ff13f.txt');

describe('readBatch on a folder that mixes good and bad files', () => {
  let dir: string;
  let before: Record<string, string>;
  const expected: [string, string][] = [
    ['a.pdf', 'pdf'],
    ['b.docx', 'docx'],
    ['c.txt', 'text'],
    ['d.html', 'html'],
    ['e-encrypted.pdf', 'error:pdf-encrypted'],
    ['f-scanned.pdf', 'error:pdf-no-text'],
    ['g-truncated.pdf', 'error:pdf-damaged'],
    ['h-truncated.docx', 'error:docx-damaged'],
    ['i-empty.pdf', 'error:empty'],
    ['j-empty.docx', 'error:empty'],
    ['k-empty.txt', 'error:empty'],
    ['l-old.doc', 'error:doc-binary'],
    ['m-not-docx.zip', 'error:zip-not-docx'],
    ['n-random.bin', 'error:binary'],
    ['o-docx-named.pdf', 'docx'],
    ['p-pdf-named.txt', 'pdf'],
    ['q-nul.txt', 'text'],
    ['r-bomb.docx', 'error:docx-too-large'],
    ['s-missing.pdf', 'error:not-found'],
  ];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-batch-'));
    const copy = (from: string, to: string) => copyFileSync(fixture(from), join(dir, to));
    copy('docs/000_tietosuojaseloste_headings.pdf', 'a.pdf');
    copy('docs/001_seinajoki_table.docx', 'b.docx');
    copy('003_98cc76d9ec6c475c.txt', 'c.txt');
    copy('docs/001_seinajoki_table.html', 'd.html');
    copy('docs/003_imatra_encrypted_userpw.pdf', 'e-encrypted.pdf');
    copy('docs/003_imatra_image_only.pdf', 'f-scanned.pdf');
    copy('docs/000_tietosuojaseloste_truncated.pdf', 'g-truncated.pdf');
    copy('docs/004_aanekoski_truncated.docx', 'h-truncated.docx');
    copy('docs/empty_zero_bytes.pdf', 'i-empty.pdf');
    copy('docs/empty_zero_bytes.docx', 'j-empty.docx');
    writeFileSync(join(dir, 'k-empty.txt'), '');
    copy('ingest/old-word.doc', 'l-old.doc');
    copy('ingest/not-a-docx.zip', 'm-not-docx.zip');
    copy('ingest/random.bin', 'n-random.bin');
    copy('docs/004_aanekoski_numbered_headings.docx', 'o-docx-named.pdf');
    copy('docs/004_aanekoski_numbered_headings.pdf', 'p-pdf-named.txt');
    copy('ingest/stray-nul.txt', 'q-nul.txt');
    copy('ingest/zip-bomb.docx', 'r-bomb.docx');
    before = snapshot(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const files = () => expected.map(([name]) => join(dir, name));

  it('every file gets its answer, in input order, with 2 workers', async () => {
    const items = await all(files(), { workers: 2 });
    expect(items.map((i) => i.file)).toEqual(files());
    expect(items.map(outcome)).toEqual(expected.map(([, o]) => o));
    for (const item of items.filter((i) => i.error)) {
      expect(item.error).toBeInstanceOf(UnreadableInputError);
      // the reason opens with the code's sentence (a limit's reason then names the limit)
      expect(item.error!.reason.en.startsWith(REASONS[item.error!.code].en)).toBe(true);
      expect(item.error!.reason.fi.startsWith(REASONS[item.error!.code].fi)).toBe(true);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('the same answers with 1 worker, and the text is the same as read in this thread', async () => {
    const items = await all(files(), { workers: 1, maxInFlight: 1 });
    expect(items.map(outcome)).toEqual(expected.map(([, o]) => o));
    const pdf = items[0].extracted!;
    const { readNotice } = await import('../../src/ingest/index.js');
    expect(pdf).toEqual(await readNotice(join(dir, 'a.pdf')));
    expect(snapshot(dir)).toEqual(before);
  });

  it('the library error behind a reason travels back from the worker (for --debug)', async () => {
    const [item] = await all([join(dir, 'e-encrypted.pdf')]);
    expect((item.error!.cause as Error).name).toBe('PasswordException');
  });

  it('reports progress once per file and never reads more than maxInFlight ahead', async () => {
    const list = [...files(), ...files()];
    const seen: number[] = [];
    let done = 0;
    for await (const item of readBatch(list, {
      workers: 2,
      maxInFlight: 3,
      onProgress: (n, total) => {
        expect(total).toBe(list.length);
        done = n;
      },
    })) {
      seen.push(done);
      expect(item.file).toBe(list[seen.length - 1]);
      // item k (1-based) has been yielded: at most k - 1 + 3 reads started, so finished.
      expect(done).toBeLessThanOrEqual(seen.length - 1 + 3);
    }
    expect(done).toBe(list.length);
  });
});

describe('limits reach the worker threads', () => {
  it('PDF pages, file size, DOCX entries', async () => {
    const items = await all([GOOD_PDF, GOOD_DOCX, SEED], { limits: { maxPages: 3, maxDocxEntries: 3 } });
    expect(items.map(outcome)).toEqual(['error:pdf-too-many-pages', 'error:docx-too-large', 'text']);
    const small = await all([GOOD_PDF, SEED], { limits: { maxBytes: 1000 } });
    expect(small.map(outcome)).toEqual(['error:too-large', 'error:too-large']);
  });

  it('a document past the time limit is reported as "timeout", its worker replaced, the batch goes on', async () => {
    // (A text read in this thread is under the limit too, so 1 ms could stop it as well: test/robust/time-limit.test.ts.)
    const files = [GOOD_PDF, GOOD_DOCX, GOOD_PDF];
    const items = await all(files, { workers: 1, limits: { timeoutMs: 1 } });
    expect(items.map(outcome)).toEqual(['error:timeout', 'error:timeout', 'error:timeout']);
    expect(items[0].error!.reason.en).toBe(
      'reading the file took longer than 0.001 s and was stopped; raise the limit with --timeout <seconds> (0: none)',
    );
    // and with room to work, the same pool reads them
    const ok = await all(files, { workers: 1, limits: { timeoutMs: 60_000 } });
    expect(ok.map(outcome)).toEqual(['pdf', 'docx', 'pdf']);
  });

  it('in this thread (seloste text, sections) a document past the limit is reported the same way', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of [GOOD_PDF, GOOD_DOCX]) {
      const bytes = new Uint8Array(await readFile(file));
      const err = await extract(bytes, file, { timeoutMs: 1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnreadableInputError);
      expect((err as UnreadableInputError).code).toBe('timeout');
      expect((await extract(bytes, file, { timeoutMs: 60_000 })).text.length).toBeGreaterThan(1000);
    }
  });
});

describe('a zip bomb whose headers lie about its size', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-bomb-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('256 MB of XML declared as 1 KB is refused while streaming (default limit 200 MB), without holding it', async () => {
    const bomb = await lyingZipBomb(256);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const heapBefore = process.memoryUsage().rss;
    const err = await extract(new Uint8Array(bomb), 'bomb.docx').catch((e: unknown) => e);
    expect((err as UnreadableInputError).code).toBe('docx-too-large');
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(150 * 1024 * 1024);
    writeFileSync(join(dir, 'bomb.docx'), bomb);
    const [item] = await all([join(dir, 'bomb.docx')]);
    expect(outcome(item)).toBe('error:docx-too-large');
  });

  it('the limit is the configured one: 20 MB unpacked passes 50 MB and fails 10 MB', async () => {
    const bomb = new Uint8Array(await lyingZipBomb(20));
    const MB = 1024 * 1024;
    const small = await extract(bomb, 'b.docx', { maxDocxUncompressedBytes: 10 * MB }).catch((e: unknown) => e);
    expect((small as UnreadableInputError).code).toBe('docx-too-large');
    expect((small as UnreadableInputError).reason.en).not.toContain('of XML');
    // within the limit it goes on to the next guard: 20 MB of XML is more than mammoth is given (8 MB)
    const big = await extract(bomb, 'b.docx', { maxDocxUncompressedBytes: 50 * MB }).catch((e: unknown) => e);
    expect((big as UnreadableInputError).code).toBe('docx-too-large');
    expect((big as UnreadableInputError).reason.en).toContain('MB of XML; the limit is 8 MB');
  });
});

describe('a worker survives what pdf.js leaves behind', () => {
  it('a late rejection inside pdf.js (fuzz case) does not take the next file with it', async () => {
    const stray = fixture('robust/stray-rejection.pdf');
    const items = await all([stray, GOOD_PDF, stray, GOOD_DOCX, GOOD_PDF], { workers: 1 });
    expect(items.map(outcome)).toEqual(['error:pdf-no-text', 'pdf', 'error:pdf-no-text', 'docx', 'pdf']);
  });
});

describe('random bytes', () => {
  it('any byte sequence gives text or a clear reason, never another error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-random-'));
    try {
      const files: string[] = [];
      const heads = ['', '%PDF-1.7\n', 'PK\u0003\u0004', '<html>', '\ufeff', '# '];
      for (let k = 0; k < 36; k++) {
        const f = join(dir, `r${k}${['.pdf', '.docx', '.txt', ''][k % 4]}`);
        writeFileSync(
          f,
          Buffer.concat([Buffer.from(heads[k % heads.length], 'latin1'), randomBytes(1 + k * 97, k + 1)]),
        );
        files.push(f);
      }
      const before = snapshot(dir);
      const items = await all(files, { workers: 2 });
      for (const item of items) {
        if (item.error) expect(Object.keys(REASONS)).toContain(item.error.code);
        expect(item.error?.code).not.toBe('read-error');
      }
      expect(snapshot(dir)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
