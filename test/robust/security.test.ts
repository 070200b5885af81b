/**
 * Issue 7 item 5: pdf.js runs with `isEvalSupported: false`; nothing in seloste opens a
 * network connection. Checked twice: in the source (no networking module, no fetch),
 * and by running every fixture through the CLI and the worker threads with a preload
 * that turns any socket, DNS lookup or fetch into exit 99.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../cli/run.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const NETWORK =
  /from ['"](node:)?(http|https|http2|net|tls|dgram|dns|undici|ws)['"]|import\(['"](node:)?(http|https|http2|net|tls|dgram|dns|undici)['"]\)|\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\b/;

describe('security', () => {
  it('no source file imports a networking module or calls fetch', () => {
    const offenders = sources(join(REPO, 'src')).filter((f) => NETWORK.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('pdf.js is created with isEvalSupported: false, and mammoth never follows external links', () => {
    const pdf = readFileSync(join(REPO, 'src/ingest/pdf.ts'), 'utf8');
    expect(pdf).toMatch(/new PDFParse\(\{[^}]*isEvalSupported: false/);
    expect(readFileSync(join(REPO, 'src/ingest/docx.ts'), 'utf8')).toMatch(/externalFileAccess: false/);
  });

  it('linting and batch-reading every fixture opens no connection', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-nonet-'));
    try {
      const preload = join(dir, 'no-network.mjs');
      writeFileSync(
        preload,
        `import net from 'node:net'; import dns from 'node:dns'; import tls from 'node:tls';
const stop = (what) => () => { process._rawDebug('NETWORK: ' + what); process.exit(99); };
net.Socket.prototype.connect = stop('socket'); net.connect = net.createConnection = stop('net.connect');
tls.connect = stop('tls.connect'); dns.lookup = stop('dns.lookup'); dns.promises.lookup = stop('dns.lookup');
globalThis.fetch = stop('fetch');`,
      );
      const batch = join(dir, 'batch.mjs');
      writeFileSync(
        batch,
        `import { readBatch } from ${JSON.stringify(join(REPO, 'dist/api/read-batch.js'))};
let n = 0; for await (const item of readBatch(process.argv.slice(2), { workers: 2 })) n++;
console.log('read', n);`,
      );
      const fixtures = ['fixtures/docs', 'fixtures/clean', 'fixtures/ingest'].flatMap((d) =>
        readdirSync(join(REPO, d)).map((f) => join(REPO, d, f)),
      );
      const run = (args: string[]) =>
        new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
          execFile(
            process.execPath,
            ['--import', preload, ...args],
            { cwd: REPO, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
            (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
          ),
        );
      const lint = await run([BIN, 'lint', '--format', 'json', 'fixtures/docs', 'fixtures/clean', 'fixtures/ingest']);
      expect(lint.stderr).not.toContain('NETWORK');
      expect(lint.code).toBe(2); // the bad fixtures are unreadable; nothing else
      const read = await run([batch, ...fixtures]);
      expect(read.stderr).not.toContain('NETWORK');
      expect(read.stdout).toContain(`read ${fixtures.length}`);
      // the preload does catch a connection
      const probe = await run(['-e', "require('node:net').connect(9, '127.0.0.1')"]);
      expect(probe.code).toBe(99);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
