#!/usr/bin/env node
'use strict';
// The launcher. `npm run build` (run on install by `prepare`) makes the CLI twice: dist/cli/
// (tsc, one module per source file, the library's layout) and dist/bundle/seloste.cjs (esbuild,
// one file: a faster start). The bundle runs unless tsc has rebuilt dist/ since it was made (a
// bare `tsc` in development): then the modules are newer and run instead of stale code.
//
// The bundle is compiled with a V8 code cache (dist/bundle/seloste.cjs.cache, made by the build
// from a run on a seed notice): what the cache holds is not parsed or compiled again, 25–30 ms
// of a one-notice run. Node 20 has no compile cache for modules (module.enableCompileCache is
// Node 22), hence a vm.Script, and this file is CommonJS (bin/package.json says so; the name
// stays, so that npx's links to it keep working) so that the ES module loader is not started
// either. The cache belongs to one build of the bundle (its first line names it) and
// one V8: when V8 turns it down (another Node version) or it is missing, the run writes a new
// one once it is done, if it may write there; a cache it cannot use costs time, never a result.
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '../dist/bundle/seloste.cjs');
const CACHE = `${BUNDLE}.cache`;
const MODULES = join(__dirname, '../dist/cli/main.js');

function bundleIsCurrent() {
  try {
    return statSync(BUNDLE).mtimeMs >= statSync(MODULES).mtimeMs;
  } catch {
    return false; // no bundle (or not built at all: the import below says so)
  }
}

/**
 * The bundle's text. The build writes it in ASCII (scripts/build-bundle.mjs), which Latin-1
 * decodes as UTF-8 would, into a one-byte string and without UTF-8 decoding (≈1 ms less
 * than `readFileSync(file, 'utf8')` for 540 KB); any other text is read as UTF-8.
 */
function readSource(file) {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * V8 optimises a function with TurboFan once it has run a budget of bytecode (67,584 by default).
 * A one-notice run is over in about 50 ms, before such compiles pay off: they ran on the second
 * of two cores while the run needed it (judging the words of a notice took 8–12 ms instead of
 * 3–4). Four times the budget leaves a short run to the interpreter and baseline code and
 * optimises what a batch runs over and over a little later; a 300-notice batch and a 50-page
 * diff were faster with it too. Set before the bundle is compiled: the code cache is checked
 * against V8's flags, and the build writes it under the same one (scripts/train-code-cache.cjs
 * loads the bundle through loadBundle).
 */
function optimiseLater() {
  require('node:v8').setFlagsFromString('--interrupt-budget=270336');
}

/**
 * The bundle's exports, compiled from the code cache when the cache is of this build;
 * `stale` when it was not used, and `saveCache()` writes one from what has run so far.
 */
function loadBundle() {
  optimiseLater();
  const source = readSource(BUNDLE);
  const build = /^\/\* seloste build ([0-9a-f]{32}) \*\//.exec(source)?.[1];
  const head = Buffer.from(`${build}\n`);
  let cachedData;
  try {
    const data = readFileSync(CACHE);
    if (build && data.subarray(0, head.length).equals(head)) cachedData = data.subarray(head.length);
  } catch {
    // no cache yet
  }
  // The module wrapper on the first line: line numbers in stack traces stay the bundle's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(BUNDLE), mod, BUNDLE, dirname(BUNDLE));
  return {
    exports: mod.exports,
    stale: !build || cachedData === undefined || script.cachedDataRejected === true,
    saveCache() {
      if (!build) return;
      const tmp = `${CACHE}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([head, script.createCachedData()]));
        renameSync(tmp, CACHE); // whole or not at all: other runs may be reading it
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
          // a read-only install: the next run compiles again
        }
      }
    },
  };
}

/** Runs the CLI; only a CLI that cannot be loaded is explained here (main reports its own errors). */
function run() {
  const cannotStart = (err) => {
    process.stderr.write(
      `seloste: cannot start (${err && err.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : err}).\n`,
    );
    process.exitCode = 2;
  };
  if (!bundleIsCurrent()) {
    import(pathToFileURL(MODULES).href).then(
      (cli) =>
        cli.main(process.argv).then((code) => {
          process.exitCode = code;
        }),
      cannotStart,
    );
    return;
  }
  let bundle;
  try {
    bundle = loadBundle();
  } catch (err) {
    cannotStart(err);
    return;
  }
  bundle.exports.main(process.argv).then((code) => {
    process.exitCode = code;
    if (bundle.stale) bundle.saveCache();
  });
}

if (require.main === module) run();
else module.exports = { loadBundle, BUNDLE, CACHE };
