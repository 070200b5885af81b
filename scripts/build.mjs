#!/usr/bin/env node
/**
 * npm run build: the library and the CLI.
 *
 *   1. tsc compiles src/ to dist/ (the library: `exports` and `types` point there; the
 *      worker thread for PDF/DOCX runs dist/api/worker.js).
 *   2. Files in dist/ whose source is gone (a module moved or deleted) are removed, so a
 *      stale copy can never be imported.
 *   3. The Finnish stemmer is cut out of snowball-stemmers (scripts/build-stemmer.mjs).
 *   4. esbuild bundles the CLI into dist/bundle/seloste.cjs (scripts/build-bundle.mjs): one
 *      file to load at start-up instead of ≈80 modules, and a run of it on two seed notices
 *      leaves the V8 code cache bin/seloste.js compiles it from (scripts/train-code-cache.cjs).
 *
 * Portable: node only (no rm, no shell).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './build-bundle.mjs';
import { pruneDist } from './build-prune.mjs';
import { buildFinnishStemmer } from './build-stemmer.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const removed = pruneDist(ROOT);
if (removed.length) console.log(`build: removed ${removed.length} stale file(s) from dist/: ${removed.join(', ')}`);

if (!buildFinnishStemmer(ROOT))
  console.log('build: snowball-stemmers has changed its layout; the whole package is loaded for Finnish stems');

await bundleCli(ROOT);
