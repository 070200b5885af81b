/**
 * Most CLI tests run the CLI's own main in process (`cli` in run.ts) instead of starting the
 * built bin each time. This holds them to what a user sees: for the same arguments, `cli` gives
 * exactly the exit code, stdout and stderr of the bin run as a child process (`seloste`), and
 * leaves this process's working directory, environment and streams as they were.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, SEED, TIMEOUT, cli, removeDir, seloste, tempDir } from './run.js';

const dir = tempDir();
afterAll(() => removeDir(dir));

const RUNS: { args: string[]; env?: Record<string, string | undefined>; cwd?: string; code: number }[] = [
  { args: ['lint', SEED['003']], code: 1 }, // stylish findings, a summary line
  { args: ['--lang', 'en', 'lint', '--format', 'json', '--rule', 'text/placeholder=off', SEED['002']], code: 1 },
  { args: ['text', 'fixtures/docs/003_imatra_encrypted_userpw.pdf'], code: 2 }, // one line on stderr, nothing on stdout
  { args: ['lint', '--formatt', 'x', SEED['003']], code: 2 }, // commander's usage error, in Finnish
  {
    args: ['compare', '-f', 'table', SEED['000'], SEED['004']],
    env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    code: 0,
  }, // coloured
  { args: ['lint', '--format', 'json', join(REPO, SEED['001'])], cwd: dir, code: 1 }, // another working directory
];

describe('cli() in process is the built bin as a child process', () => {
  for (const run of RUNS) {
    it(
      `seloste ${run.args.join(' ').replace(REPO, '')}${run.env ? ' (FORCE_COLOR=1)' : ''}`,
      { timeout: TIMEOUT },
      async () => {
        const cwd = process.cwd();
        const env = { ...process.env };
        const inProcess = await cli(run.args, { env: run.env, cwd: run.cwd });
        const child = await seloste(run.args, { env: run.env, cwd: run.cwd });
        expect(child.code).toBe(run.code);
        expect(child.stdout.length + child.stderr.length).toBeGreaterThan(20);
        expect(inProcess).toEqual(child);
        expect(process.cwd()).toBe(cwd);
        expect(process.env).toEqual(env);
      },
    );
  }
});
