/**
 * snowball-stemmers is one 870 KB file with the stemmers of 25 languages; loading it costs
 * 30–50 ms, and seloste needs only Finnish (src/segment/concepts.ts). This cuts the shared
 * helpers and the Finnish stemmer out of it into dist/snowball-finnish.cjs, with the same
 * `newStemmer('finnish')`. The cut is found by the package's own markers; if a new version
 * moves them, nothing is written and the whole package is loaded as before.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const STEMMER_FILE = 'snowball-finnish.cjs';

/** Writes ROOT/dist/snowball-finnish.cjs; returns whether it could. */
export function buildFinnishStemmer(root) {
  const out = join(root, 'dist', STEMMER_FILE);
  rmSync(out, { force: true });
  const source = readFileSync(createRequire(join(root, 'package.json')).resolve('snowball-stemmers'), 'utf8');
  const cut = (from, to) => {
    const a = source.indexOf(from);
    const b = to === null ? source.length : source.indexOf(to, a + 1);
    return a === -1 || b === -1 ? null : source.slice(a, b);
  };
  const head = cut('', '    var arabicStemmer = function');
  const finnish = cut('    var finnishStemmer = function', '    var frenchStemmer = function');
  if (
    !head ||
    !finnish ||
    !head.includes('var SnowballStemmer = function') ||
    !source.includes('    function newStemmer(lng) {')
  )
    return false;
  const tail = `
    function newStemmer(lng) {
        if (String(lng).toLowerCase() !== 'finnish') throw new Error('only the Finnish stemmer is included: ' + lng);
        var stemmer = new finnishStemmer();
        return {
            stem: function stem(word) {
                stemmer.setCurrent(word);
                stemmer.stem();
                return stemmer.getCurrent();
            }
        };
    }

    function algorithms() {
        return ['finnish'];
    }
});
`;
  writeFileSync(
    out,
    `// The Finnish stemmer of snowball-stemmers (MIT), cut out by scripts/build-stemmer.mjs.\n${head}${finnish}${tail}`,
  );
  return true;
}
