/**
 * The build cuts the Finnish stemmer out of snowball-stemmers (scripts/build-stemmer.mjs) so that
 * the heading matcher loads 70 KB, not 870 KB. The cut must stem exactly as the package does.
 * `npm test` builds first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
type Stemmers = { newStemmer(lang: string): { stem(word: string): string } };

describe('the Finnish stemmer cut out of snowball-stemmers', () => {
  const cut = (require(join(REPO, 'dist/snowball-finnish.cjs')) as Stemmers).newStemmer('finnish');
  const full = (require('snowball-stemmers') as Stemmers).newStemmer('finnish');
  const words = [
    ...new Set(
      [
        ...readdirSync(join(REPO, 'fixtures')).filter((f) => f.endsWith('.txt')),
        'clean/puhdas_tietosuojaseloste.txt',
      ].flatMap(
        (f) =>
          readFileSync(join(REPO, 'fixtures', f), 'utf8')
            .toLowerCase()
            .match(/\p{L}+/gu) ?? [],
      ),
    ),
  ];

  it('stems every word of the seed notices as the whole package does', () => {
    expect(words.length).toBeGreaterThan(1000);
    const differ = words.filter((w) => cut.stem(w) !== full.stem(w));
    expect(differ).toEqual([]);
    // and stems something (the control: not an identity function)
    expect(words.filter((w) => cut.stem(w) !== w).length).toBeGreaterThan(words.length / 3);
  });

  it('has only Finnish', () => {
    expect(() => (require(join(REPO, 'dist/snowball-finnish.cjs')) as Stemmers).newStemmer('english')).toThrow(
      /only the Finnish stemmer/,
    );
  });
});
