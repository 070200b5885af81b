/**
 * `npm run test:unit`: the in-process tests, for a quick answer while working (well under a minute). `npm test`
 * (vitest.config.ts) still runs everything, and CI runs `npm test`.
 *
 * Left out, and why:
 * - every test file that runs the built CLI or the built worker threads: it imports test/cli/run.js (spawns
 *   bin/seloste.js), node:child_process, or reads dist/. These are found by reading the files, so a new test
 *   that spawns the CLI is left out without being listed; test:unit needs no build.
 * - the browser tests (test/browser: headless Chromium).
 * - SLOW below: in-process files that took more than 5 s (measured with `npx vitest run --reporter=json` on the
 *   2-core CI machine under load): the property tests that run hundreds of generated cases, the linear-growth
 *   timings, and the files that read every seed PDF and DOCX through pdf.js and mammoth many times over. The
 *   in-process files kept still read each kind of document at least once (ingest/bad-inputs, xml-check,
 *   email-split).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** [file, seconds measured under load, why] */
const SLOW: [string, number, string][] = [
  ['test/diff/one-change.test.ts', 20.0, 'fast-check: one-word edits on every seed and rendering'],
  ['test/compare/compare.test.ts', 18.3, 'every seed as PDF/DOCX'],
  ['test/robust/properties.test.ts', 16.6, 'fast-check: positions over generated texts'],
  ['test/rules/seeds.test.ts', 16.3, 'every seed as TXT, PDF and DOCX'],
  ['test/compare/xlsx-html.test.ts', 12.1, 'workbooks of every seed'],
  ['test/segment/seeds.test.ts', 10.0, 'every seed rendering'],
  ['test/report/positions.test.ts', 8.5, 'PDF pages and lines'],
  ['test/robust/linear.test.ts', 8.0, 'timings of inputs that double in size'],
  ['test/spelling/spelling.test.ts', 8.0, 'Voikko over the seed documents'],
  ['test/ingest/documents.test.ts', 7.9, 'every PDF and DOCX fixture'],
  ['test/diff/redline.test.ts', 6.2, 'PDF/DOCX renderings'],
  ['test/diff/diff.test.ts', 6.2, 'TXT against PDF/DOCX renderings'],
];

/** Test files that spawn the built CLI or its workers, or read dist/: not in-process. */
function outOfProcess(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    );
  return files(join(ROOT, 'test'))
    .filter((f) => /cli\/run\.js'|from '\.\/run\.js'|node:child_process|\bdist\//.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f).replace(/\\/g, '/'));
}

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, 'test/browser/**', ...outOfProcess(), ...SLOW.map(([file]) => file)],
    },
  }),
);
