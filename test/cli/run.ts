/**
 * Runs the BUILT CLI (bin/seloste.js → dist/) as a child process, the way a user does.
 * `npm test` builds first; these tests never import from src/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      { cwd: opts.cwd ?? REPO, env: env as NodeJS.ProcessEnv, timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
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
  const r = await seloste(['lint', '--format', 'json', ...args], opts);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`lint --format json ${args.join(' ')} did not print JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
  return { ...r, report };
}

export const ANSI = /\u001b\[/;
