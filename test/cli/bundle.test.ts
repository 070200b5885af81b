/**
 * The CLI ships as one bundled file (dist/bundle/seloste.cjs, scripts/build-bundle.mjs) for a
 * fast start, which bin/seloste.js compiles with a V8 code cache. These tests run the bundle
 * and the tsc-built modules (dist/cli/main.js) on the same inputs and expect the same output
 * byte for byte: text in the main thread, PDF and DOCX through the worker threads, whose URL
 * the bundle must still find. A code cache that is missing, corrupt or of another build must
 * cost time only, never change a result. `npm test` builds first.
 */
import { isAscii } from 'node:buffer';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, CLEAN, REPO, TIMEOUT } from './run.js';

const BUNDLE = join(REPO, 'dist/bundle/seloste.cjs');
const CACHE = `${BUNDLE}.cache`;
const MODULES = join(REPO, 'dist/cli/main.js');

// A script file, not `node -e`: worker threads inherit the process's options, and `--input-type` breaks them.
const RUNNER = join(mkdtempSync(join(tmpdir(), 'seloste-bundle-')), 'run-entry.mjs');
writeFileSync(
  RUNNER,
  "const [entry, ...args] = process.argv.slice(2);\nprocess.exitCode = await (await import(entry)).main(['node', 'seloste', ...args]);\n",
);

/** `main(argv)` of one entry, in a child process, with its stdout and exit code. */
function runEntry(entry: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [RUNNER, pathToFileURL(entry).href, ...args],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, timeout: TIMEOUT, encoding: 'utf8' },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

describe('the bundled CLI', () => {
  it('is what bin/seloste.js runs after a build, with the code cache the build made for it', () => {
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(statSync(MODULES).mtimeMs);
    expect(readFileSync(BIN, 'utf8')).toContain('../dist/bundle/seloste.cjs');
    const build = /^\/\* seloste build ([0-9a-f]{32}) \*\//.exec(readFileSync(BUNDLE, 'utf8'))?.[1];
    expect(build).toBeDefined();
    expect(readFileSync(CACHE).subarray(0, 33).toString('latin1')).toBe(`${build}\n`);
  });

  for (const file of [
    CLEAN,
    'fixtures/001_50aa7928b2bf8345.txt',
    'fixtures/docs/001_seinajoki_table.pdf',
    'fixtures/docs/003_imatra_numbered_headings.docx',
    'fixtures/docs/001_seinajoki_table.html',
  ]) {
    it(`lints ${file} exactly as the modules do`, async () => {
      const [bundled, modules] = await Promise.all([
        runEntry(BUNDLE, ['lint', '--format', 'json', file]),
        runEntry(MODULES, ['lint', '--format', 'json', file]),
      ]);
      expect(bundled.stderr).toBe(modules.stderr);
      expect(bundled.code).toBe(modules.code);
      expect(bundled.stdout).toBe(modules.stdout);
      // A real report, not two identical failures.
      expect(JSON.parse(bundled.stdout).files[0].format).not.toBeNull();
    });
  }

  it('reports an unreadable PDF as the modules do (the worker reports it)', async () => {
    const file = 'fixtures/docs/003_imatra_encrypted_userpw.pdf';
    const [bundled, modules] = await Promise.all([
      runEntry(BUNDLE, ['lint', '--format', 'json', file]),
      runEntry(MODULES, ['lint', '--format', 'json', file]),
    ]);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(JSON.parse(bundled.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'input/unreadable',
    ]);
  });

  it('diffs a DOCX against a PDF as the modules do', async () => {
    const args = [
      'diff',
      '--format',
      'json',
      'fixtures/docs/001_seinajoki_table.docx',
      'fixtures/docs/001_seinajoki_table.pdf',
    ];
    const [bundled, modules] = await Promise.all([runEntry(BUNDLE, args), runEntry(MODULES, args)]);
    expect(bundled.code).toBe(modules.code);
    expect(bundled.stdout).toBe(modules.stdout);
  });

  it('bundles commander and chalk, and leaves the heavy readers to node_modules (loaded when a PDF, DOCX or workbook comes)', () => {
    const dir = join(REPO, 'dist/bundle');
    // The source maps name every file each output was made from.
    const sourcesOf = (f: string) =>
      (JSON.parse(readFileSync(join(dir, `${f}.map`), 'utf8')) as { sources: string[] }).sources;
    const outputs = readdirSync(dir).filter((f) => f.endsWith('.cjs'));
    const all = outputs.flatMap(sourcesOf);
    expect(sourcesOf('seloste.cjs').some((s) => s.includes('node_modules/commander/'))).toBe(true);
    expect(all.some((s) => s.includes('node_modules/chalk/'))).toBe(true);
    for (const dep of ['pdf-parse', 'pdfjs-dist', 'mammoth', 'exceljs', 'koffi', 'zod', 'yaml'])
      expect(all.filter((s) => s.includes(`node_modules/${dep}/`))).toEqual([]);
    // loaded when first used, by require: a code-cached script cannot run import()
    const code = outputs.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(code).toMatch(/__selosteImport\(\s*"exceljs"\s*\)/);
    expect(code).not.toMatch(/\bimport\(\s*["'`]/);
  });

  it('is ASCII, so that the launcher reads it as Latin-1 (no UTF-8 decoding, a one-byte string)', () => {
    expect(isAscii(readFileSync(BUNDLE))).toBe(true);
  });

  it("needs no colour detection from chalk: every Chalk is made with a level (the bundle's chalk detects none)", () => {
    const src = join(REPO, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    let made = 0;
    for (const f of files) {
      const text = readFileSync(join(src, f), 'utf8');
      // only the Chalk class is imported, never the default instance (chalk) or chalkStderr
      for (const m of text.matchAll(/import\s+([^;]*?)\s+from\s+'chalk'/g)) expect(m[1]).toBe('{ Chalk }');
      for (const m of text.matchAll(/new Chalk\(([^)]*)\)/g)) {
        expect(m[1]).toMatch(/\blevel:/);
        made++;
      }
    }
    expect(made).toBeGreaterThan(0);
  });
});

/**
 * A copy of the installed CLI whose dist/bundle/ (the bundle and its code cache) is its own:
 * the launcher and the bundle copied, everything else (the modules, rules, node_modules)
 * linked to the repository's. What a test does to this cache touches no other test's runs.
 */
function ownInstall(): { root: string; cache: string; run: (args: string[]) => Promise<RunOut> } {
  const root = mkdtempSync(join(tmpdir(), 'seloste-install-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist/bundle'), { recursive: true });
  copyFileSync(BIN, join(root, 'bin/seloste.js'));
  copyFileSync(join(REPO, 'bin/package.json'), join(root, 'bin/package.json'));
  for (const f of ['seloste.cjs', 'seloste.cjs.cache'])
    copyFileSync(join(REPO, 'dist/bundle', f), join(root, 'dist/bundle', f));
  for (const entry of readdirSync(join(REPO, 'dist')))
    if (entry !== 'bundle') symlinkSync(join(REPO, 'dist', entry), join(root, 'dist', entry));
  for (const entry of ['node_modules', 'rules', 'package.json']) symlinkSync(join(REPO, entry), join(root, entry));
  const bin = join(root, 'bin/seloste.js');
  const run = (args: string[]) =>
    new Promise<RunOut>((resolve) => {
      execFile(
        process.execPath,
        [bin, ...args],
        { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, timeout: TIMEOUT, encoding: 'utf8' },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
      );
    });
  return { root, cache: join(root, 'dist/bundle/seloste.cjs.cache'), run };
}

type RunOut = { code: number; stdout: string; stderr: string };

describe('the code cache of the bundled CLI', () => {
  const args = ['lint', '--format', 'json', 'fixtures/001_50aa7928b2bf8345.txt'];
  const install = ownInstall();
  const build = readFileSync(install.cache).subarray(0, 33);
  let expected: RunOut;

  it("is used as the build made it: the run gives the modules' report and leaves the cache as it was", async () => {
    expected = await runEntry(MODULES, args);
    expect(JSON.parse(expected.stdout).files[0].findings.length).toBeGreaterThan(0);
    const before = readFileSync(install.cache);
    const out = await install.run(args);
    expect(out).toEqual(expected);
    expect(readFileSync(install.cache).equals(before)).toBe(true);
  });

  for (const [state, spoil] of [
    ['missing', () => unlinkSync(install.cache)],
    // a valid header over bytes V8 refuses (another Node, or a damaged file)
    ['corrupt', () => writeFileSync(install.cache, Buffer.concat([build, Buffer.alloc(4096, 7)]))],
    // a cache of another build of the bundle: V8 would take it if it had the same length
    [
      'of another build',
      () =>
        writeFileSync(
          install.cache,
          Buffer.concat([Buffer.from(`${'f'.repeat(32)}\n`), readFileSync(CACHE).subarray(33)]),
        ),
    ],
  ] as const) {
    it(`${state}: the run gives the same report, then writes a cache for this build`, async () => {
      spoil();
      const out = await install.run(args);
      expect(out).toEqual(expected);
      expect(existsSync(install.cache)).toBe(true);
      const written = readFileSync(install.cache);
      expect(written.subarray(0, 33).equals(build)).toBe(true);
      expect(written.length).toBeGreaterThan(10_000); // compiled code, not a header alone
      // and the next run takes it as it is
      const again = await install.run(args);
      expect(again).toEqual(expected);
      expect(readFileSync(install.cache).equals(written)).toBe(true);
    });
  }

  it('leaves no temporary file behind', () => {
    expect(readdirSync(join(install.root, 'dist/bundle')).sort()).toEqual(['seloste.cjs', 'seloste.cjs.cache']);
    rmSync(install.root, { recursive: true, force: true });
  });
});

describe('the build', () => {
  it('removes compiled files whose source is gone, and keeps the rest and the bundle', async () => {
    const { pruneDist } = (await import(pathToFileURL(join(REPO, 'scripts/build-prune.mjs')).href)) as {
      pruneDist: (root: string) => string[];
    };
    const root = mkdtempSync(join(tmpdir(), 'seloste-prune-'));
    try {
      for (const dir of ['src/util', 'dist/util', 'dist/model', 'dist/bundle'])
        mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, 'src/util/position.ts'), '');
      for (const f of [
        'dist/util/position.js',
        'dist/util/position.d.ts',
        'dist/model/position.js',
        'dist/model/position.js.map',
        'dist/model/position.d.ts',
        'dist/bundle/seloste.cjs',
      ])
        writeFileSync(join(root, f), '');
      expect(pruneDist(root)).toEqual(['model/position.d.ts', 'model/position.js', 'model/position.js.map']);
      expect(readdirSync(join(root, 'dist')).sort()).toEqual(['bundle', 'util']);
      expect(readdirSync(join(root, 'dist/util')).sort()).toEqual(['position.d.ts', 'position.js']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
