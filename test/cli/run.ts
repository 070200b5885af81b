/**
 * Runs the BUILT CLI (bin/seloste.js → dist/): `seloste()` as a child process, the way a
 * user does (the end-to-end tests: exit codes of a real process, stdin, pipes, devices);
 * `cli()` in this process, through the same `main` with stdout, stderr, the environment
 * and the working directory of a run of its own (what a command prints and its exit code,
 * without ≈0.35 s of Node start-up and module loading per run).
 * `npm test` builds first; these tests never import from src/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import type { Finding } from '../../src/model/finding.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO, 'bin', 'seloste.js');
export const TIMEOUT = 30_000;

export const SEED = {
  '000': 'fixtures/000_a454ac08de0ff13f.txt',
  '001': 'fixtures/001_50aa7928b2bf8345.txt',
  '002': 'fixtures/002_4b4a33e3b28bb923.txt',
  '003': 'fixtures/003_98cc76d9ec6c475c.txt',
  '004': 'fixtures/004_05ecfa6f8211a144.txt',
} as const;
export const CLEAN = 'fixtures/clean/puhdas_tietosuojaseloste.txt';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** added to the environment; a value of undefined removes the variable */
  env?: Record<string, string | undefined>;
}

/** `node bin/seloste.js ...args` with NO_COLOR=1 unless told otherwise. */
export function seloste(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: opts.cwd ?? REPO,
        env: env as NodeJS.ProcessEnv,
        timeout: TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          reject(new Error(`seloste ${args.join(' ')} did not finish: ${err.message}\n${stderr}`));
          return;
        }
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
  });
}

type Main = (argv: string[]) => Promise<number>;
let loaded: Promise<Main> | undefined;
/** The CLI's `main` as the library build has it (dist/cli/main.js, what bin/seloste.js runs when no bundle is newer). */
const cliMain = (): Promise<Main> =>
  (loaded ??= import(/* @vite-ignore */ pathToFileURL(join(REPO, 'dist', 'cli', 'main.js')).href).then(
    (m: { main: Main }) => m.main,
  ));

let queue: Promise<unknown> = Promise.resolve();

/**
 * `seloste ...args` run in this process by the CLI's own `main(argv)`: what it writes to
 * stdout and stderr is captured (neither is a terminal, as with `seloste()`), the
 * environment is the one `seloste()` gives (NO_COLOR=1 unless told otherwise), the working
 * directory is `opts.cwd`, and the exit code is what `main` resolves to, which bin/seloste.js
 * makes the process's. Runs one at a time; all of it is restored after each run.
 * A run that reads standard input (`-`), or a test file in a worker thread (no chdir there),
 * runs as a child process instead.
 */
export function cli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (args.includes('-') || !isMainThread) return seloste(args, opts);
  const run = queue.then(() => inProcess(args, opts));
  queue = run.catch(() => undefined);
  return run;
}

/** `cli()` with the JSON report parsed (as `lintJson`). */
export async function cliJson(args: string[], opts: RunOptions = {}): Promise<RunResult & { report: JsonReport }> {
  return parseReport(args, await cli(['lint', '--format', 'json', ...args], opts));
}

type Write = typeof process.stdout.write;

async function inProcess(args: string[], opts: RunOptions): Promise<RunResult> {
  const main = await cliMain();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const capture = (into: Buffer[]): Write =>
    function (
      chunk: string | Uint8Array,
      encoding?: BufferEncoding | ((e?: Error | null) => void),
      cb?: (e?: Error | null) => void,
    ) {
      into.push(
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
          : Buffer.from(chunk),
      );
      const done = typeof encoding === 'function' ? encoding : cb;
      if (done) process.nextTick(done);
      return true;
    } as Write;
  const streams = [process.stdout, process.stderr] as const;
  const saved = streams.map((s) => ({ write: s.write, tty: Object.getOwnPropertyDescriptor(s, 'isTTY') }));
  const env = { ...process.env };
  const cwd = process.cwd();
  try {
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.chdir(opts.cwd ?? REPO);
    streams.forEach((s, i) => {
      Object.defineProperty(s, 'isTTY', { value: false, configurable: true, writable: true });
      s.write = capture(i === 0 ? out : err);
    });
    const code = await main([process.execPath, BIN, ...args]);
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  } finally {
    streams.forEach((s, i) => {
      s.write = saved[i].write;
      if (saved[i].tty) Object.defineProperty(s, 'isTTY', saved[i].tty!);
      else delete (s as { isTTY?: boolean }).isTTY;
    });
    process.chdir(cwd);
    for (const k of Object.keys(process.env)) if (!(k in env)) delete process.env[k];
    Object.assign(process.env, env);
  }
}

/** The non-empty lines of stderr. */
export const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seloste-cli-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// Shapes of the JSON contract (SPEC §6), for readable tests.
/** A finding as the JSON report writes it: the model's Finding without its internal range. */
export type JsonFinding = Omit<Finding, 'range'>;
export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  files: { file: string; format: string | null; findings: JsonFinding[] }[];
  summary: { files: number; errors: number; warnings: number; infos: number; unreadable: number };
}

export async function lintJson(args: string[], opts: RunOptions = {}): Promise<RunResult & { report: JsonReport }> {
  return parseReport(args, await seloste(['lint', '--format', 'json', ...args], opts));
}

function parseReport(args: string[], r: RunResult): RunResult & { report: JsonReport } {
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(
      `lint --format json ${args.join(' ')} did not print JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  return { ...r, report };
}

export const ANSI = /\u001b\[/;
