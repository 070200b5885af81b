/**
 * The CLI writes a report as it is made (src/cli/output.ts `writeChunks`): the same bytes
 * as writing the whole string, never more than a few batches ahead of the reader, atomic
 * for a file even when making the report fails half way, and no chunk that grows with
 * the notice. Behaviour is checked, not time: the reader of a pipe counts what it got,
 * and the producer checks at every chunk how far ahead of it the writer is.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markOwnOutput, writeChunks, writeResult } from '../../src/cli/output.js';
import type { Finding } from '../../src/model/finding.js';
import { CHUNK_FORMATTERS, FORMATTERS, REPORT_FORMATS, type LintReport } from '../../src/report/index.js';
import { SLICE } from '../../src/util/chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'seloste-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLDEN = new URL('./golden/', import.meta.url);
const report: LintReport = JSON.parse(readFileSync(new URL('input-lint.json', GOLDEN), 'utf8'));
const expected: Record<string, { sha256: string }> = JSON.parse(readFileSync(new URL('expected.json', GOLDEN), 'utf8'));
const opts = { lang: 'fi' as const, color: false, toolVersion: '9.9.9' };
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

describe('writeChunks to a file', () => {
  it('writes each format byte for byte as writeResult writes the whole text (HTML with its generator tag)', async () => {
    for (const format of REPORT_FORMATS) {
      const streamed = join(dir, `streamed.${format}`);
      const whole = join(dir, `whole.${format}`);
      await writeChunks(CHUNK_FORMATTERS[format](report, opts), streamed);
      writeResult(FORMATTERS[format](report, opts), whole);
      const bytes = readFileSync(streamed);
      expect(bytes.equals(readFileSync(whole)), format).toBe(true);
      if (format === 'html') {
        expect(bytes.toString('utf8')).toContain(
          '<head>\n<meta name="generator" content="seloste">\n<meta charset="utf-8">',
        );
        expect(bytes.toString('utf8')).toBe(markOwnOutput(FORMATTERS.html(report, opts)));
      } else expect(sha(bytes), format).toBe(expected[`lint.${format}`].sha256);
    }
  });

  it('chunks of one character each still get the generator tag where the whole page would', async () => {
    const page = FORMATTERS.html(report, opts);
    const file = join(dir, 'tiny.html');
    await writeChunks(page.slice(0, 3000).split(''), file);
    expect(readFileSync(file, 'utf8')).toBe(markOwnOutput(page.slice(0, 3000)));
  });

  it('never splits a surrogate pair between two writes (half a pair would be written as U+FFFD)', async () => {
    const file = join(dir, 'pairs.txt');
    const emoji = '😀';
    // the pair straddles the writer's batch boundary, and a formatter's chunk boundary
    const chunks = ['x'.repeat(64 * 1024 - 1) + emoji[0], emoji[1], `${emoji.repeat(40_000)}\n`];
    await writeChunks(chunks, file);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(chunks.join(''));
    expect(text).not.toContain('\uFFFD');
  });

  it('a report that fails half way leaves the old file as it was and no temp file', async () => {
    const file = join(dir, 'keep', 'report.json');
    await writeChunks(['{"old": true}\n'], file);
    function* failing() {
      yield 'x'.repeat(200_000);
      throw new Error('the formatter broke');
    }
    await expect(writeChunks(failing(), file)).rejects.toThrow('the formatter broke');
    expect(readFileSync(file, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(join(dir, 'keep'))).toEqual(['report.json']);
  });
});

describe('writeChunks to a pipe', () => {
  it('waits for the reader: never more than a few batches ahead of what it has read', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const CHUNK = 16 * 1024;
    const COUNT = 2000; // 32 MB in all
    let read = 0;
    let made = 0;
    let ahead = 0;
    function* producer() {
      for (let k = 0; k < COUNT; k++) {
        // how far the writer is ahead of the reader when it asks for the next chunk
        ahead = Math.max(ahead, made - read);
        made += CHUNK;
        yield String.fromCharCode(97 + (k % 26)).repeat(CHUNK);
      }
    }
    // The reader opens first (in the thread pool) so that the writer's open does not block.
    const reading = open(fifo, 'r');
    const writing = writeChunks(producer(), fifo);
    const handle = await reading;
    const buf = Buffer.alloc(8 * 1024);
    const hash = createHash('sha256');
    // A slow reader: 8 KB at a time, yielding to the event loop between reads.
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      read += bytesRead;
      hash.update(buf.subarray(0, bytesRead));
      await new Promise((r) => setImmediate(r));
    }
    await handle.close();
    await writing;
    expect(read).toBe(CHUNK * COUNT);
    expect(hash.digest('hex')).toBe(
      sha(Array.from({ length: COUNT }, (_, k) => String.fromCharCode(97 + (k % 26)).repeat(CHUNK)).join('')),
    );
    // the pipe's buffer, the stream's buffer and a batch or two: well under 1 MB of 32 MB
    expect(ahead).toBeLessThan(1024 * 1024);
  });
});

describe('a report far larger than its chunks', () => {
  /** One long line (no line break) of `n` copies with a finding on each: the worst case for the HTML text. */
  function longLine(n: number, unit: string): LintReport {
    const text = `Rekisterinpitäjä\n${unit.repeat(n)}`;
    const start = 'Rekisterinpitäjä\n'.length;
    const findings: Finding[] = Array.from({ length: n }, (_, k) => ({
      ruleId: 'text/placeholder',
      severity: 'error',
      message: 'Täyteteksti',
      section: 'controller',
      line: 2,
      column: 1 + k * unit.length,
      endLine: 2,
      endColumn: 5 + k * unit.length,
      page: null,
      excerpt: unit.slice(0, 4),
      suggestion: null,
      gdpr: null,
      range: [start + k * unit.length, start + k * unit.length + 4],
    }));
    const segments = [{ ids: ['controller'], heading: 'Rekisterinpitäjä', start: 0, end: text.length, startLine: 1 }];
    return { files: [{ file: 'long.txt', format: 'text', findings, text, segments }], rules: [], sections: [] };
  }

  it('HTML: a 1 MB one-line notice comes in many chunks, none much over a slice, none ending in half a surrogate pair', () => {
    const unit = '[nimi] tekstiä 😀 ja lisää tekstiä ilman rivinvaihtoa; ';
    const r = longLine(Math.round((1024 * 1024) / unit.length), unit);
    let count = 0;
    let longest = 0;
    const parts: string[] = [];
    for (const chunk of CHUNK_FORMATTERS.html(r, opts)) {
      count++;
      longest = Math.max(longest, chunk.length);
      const last = chunk.charCodeAt(chunk.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      parts.push(chunk);
    }
    const page = parts.join('');
    expect(page.length).toBeGreaterThan(2 * 1024 * 1024);
    // the page is at least twice the text; each chunk at most a slice plus one mark's tags
    expect(longest).toBeLessThan(SLICE + 1024);
    expect(count).toBeGreaterThan(page.length / (SLICE + 1024));
    expect(page).toBe(FORMATTERS.html(r, opts));
  });

  it('JSON and SARIF: one finding at a time, never the whole report in one chunk', () => {
    const r = longLine(20_000, 'tekstiä [nimi] ');
    for (const format of ['json', 'sarif'] as const) {
      let count = 0;
      let longest = 0;
      let total = 0;
      for (const chunk of CHUNK_FORMATTERS[format](r, opts)) {
        count++;
        total += chunk.length;
        longest = Math.max(longest, chunk.length);
      }
      expect(count, format).toBeGreaterThan(20_000);
      expect(longest, format).toBeLessThan(4096);
      expect(total, format).toBeGreaterThan(1000 * longest);
    }
  });
});
