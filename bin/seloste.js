#!/usr/bin/env node
// Thin launcher. `npm run build` (run on install by `prepare`) makes the CLI twice: dist/cli/
// (tsc, one module per source file) and dist/bundle/seloste.js (esbuild, one file: a faster
// start). The bundle is used unless tsc has rebuilt dist/ since it was made (a bare
// `tsc` in development): then the modules are newer and run instead of stale code.
import { statSync } from 'node:fs';

const BUNDLE = new URL('../dist/bundle/seloste.js', import.meta.url);
const MODULES = new URL('../dist/cli/main.js', import.meta.url);

function entry() {
  try {
    return statSync(BUNDLE).mtimeMs >= statSync(MODULES).mtimeMs ? BUNDLE : MODULES;
  } catch {
    return MODULES; // no bundle (or not built at all: the import below says so)
  }
}

import(entry().href).then(
  (cli) =>
    cli.main(process.argv).then((code) => {
      process.exitCode = code;
    }),
  (err) => {
    process.stderr.write(
      `seloste: cannot start (${err && err.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : err}).\n`,
    );
    process.exitCode = 2;
  },
);
