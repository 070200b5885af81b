/**
 * `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` over the Latin-1 characters, as class bodies (without
 * brackets), for expressions without the `u` flag: a `\p{…}` class costs a one-notice run
 * 0.5–3 ms to compile. The segmenter's Latin copies (src/segment/letters.ts, whose test checks
 * every character) and the reader's "has it a letter?" (src/ingest/index.ts) use them.
 */
export const LATIN1_CLASSES: Readonly<Record<'L' | 'Lu' | 'Ll' | 'N', string>> = {
  L: 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff',
  Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
  Ll: 'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff',
  N: '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be',
};
