/**
 * The pigeonhole filter of the edit distance. Cut a word into k + 1 pieces: within k edits of
 * single characters one piece survives whole (an edit breaks one piece at most), at most k
 * places from where it stood (each edit before it shifts it by one). A word with no such piece
 * is more than k edits away, and is not given to the costly comparison. The heading matcher
 * (src/segment/heading-matcher.ts) and text/probable-typo (src/rules/kinds/lexicon.ts) both
 * use it.
 */

const cuts = new Map<number, readonly (readonly [number, number])[]>();

/** The [start, end) offsets (UTF-16 units, as the distance counts) of the k + 1 pieces of a word of `length`. */
export function editPieces(length: number, k: number): readonly (readonly [number, number])[] {
  const key = length * 16 + k;
  let out = cuts.get(key);
  if (!out) {
    const pieces: [number, number][] = [];
    for (let p = 0; p <= k; p++)
      pieces.push([Math.floor((p * length) / (k + 1)), Math.floor(((p + 1) * length) / (k + 1))]);
    cuts.set(key, (out = pieces));
  }
  return out;
}
