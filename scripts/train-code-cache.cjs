/**
 * Writes the code cache of the bundled CLI (dist/bundle/seloste.cjs.cache; see bin/seloste.js):
 * loads the bundle as the launcher does, runs `lint` on the notices given (as the default
 * report and as JSON, the main job and CI's), then saves what V8 compiled on the way.
 * Run by scripts/build-bundle.mjs: node scripts/train-code-cache.cjs notice.txt ...
 * Output is discarded; a lint that fails does not matter here, only the code it ran.
 */
'use strict';
const { loadBundle } = require('../bin/seloste.js');

const notices = process.argv.slice(2);
const bundle = loadBundle();
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (_chunk, encoding, done) => {
    (typeof encoding === 'function' ? encoding : done)?.();
    return true;
  };
}
(async () => {
  for (const args of [
    ['lint', ...notices],
    ['lint', '--format', 'json', ...notices],
  ])
    await bundle.exports.main(['node', 'seloste', ...args]);
  bundle.saveCache();
  process.exitCode = 0;
})();
