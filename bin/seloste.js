#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run on install by `prepare`).
import('../dist/cli/main.js').then(
  (cli) => cli.main(process.argv).then((code) => { process.exitCode = code; }),
  (err) => {
    process.stderr.write(`seloste: cannot start (${err && err.code === 'ERR_MODULE_NOT_FOUND' ? 'not built: run npm install or npm run build' : err}).\n`);
    process.exitCode = 2;
  },
);
