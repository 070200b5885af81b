/**
 * Letter classes that are cheap to compile. A regex with `\p{L}` and the `u` flag takes V8
 * 0.5–3 ms to compile (once to bytecode, again to native code on its second use), and the
 * segmenter needs a dozen of them: in a one-notice run that was most of segmenting's time.
 * A notice is almost always written in Latin-1 letters (Finnish, Swedish, English), and over
 * those characters a plain class says exactly what `\p{…}` says. So each pattern has a Latin
 * copy without the `u` flag, used for a text made only of such characters, and its Unicode
 * original, compiled only for a text that has any other character. The classes are
 * src/util/latin1.ts; test/segment/letters.test.ts checks them over every character they serve.
 */
import { LATIN1_CLASSES } from '../util/latin1.js';

/**
 * Any character outside Latin-1, combining marks (a decomposed ä), general punctuation
 * (dashes, quotes, bullets), the euro sign and geometric shapes (▪ ○ ►): none of those is a
 * letter or a number, so the Latin classes are exact for a text without such a character.
 */
const NOT_LATIN = /[^\u0300-\u036f\0-\u00ff\u2000-\u206f\u20ac\u25a0-\u25ff]/;

/** Whether the Latin copies of the patterns are exact for `text`. */
export function latinText(text: string): boolean {
  return !NOT_LATIN.test(text);
}

/** The source with each `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}` (always written inside [ ]) as a Latin range list. */
export function latinSource(source: string): string {
  return source.replace(
    /\\p\{(Lu|Ll|L|N)\}/g,
    (_, name: string) => LATIN1_CLASSES[name as keyof typeof LATIN1_CLASSES],
  );
}

/**
 * A pattern whose `\p{…}` classes are written inside brackets (`[\p{L}]{3}` for `\p{L}{3}`),
 * so that the Latin copy can put its ranges in their place. `flags` without `u`.
 */
export class LetterPattern {
  private readonly latin: RegExp;
  private unicode: RegExp | undefined;

  constructor(
    private readonly source: string,
    private readonly flags = '',
  ) {
    this.latin = new RegExp(latinSource(source), flags);
  }

  /** The regex that is exact for `text` (a global one's lastIndex is the caller's to reset). */
  for(text: string): RegExp {
    return latinText(text) ? this.latin : (this.unicode ??= new RegExp(this.source, `${this.flags}u`));
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}
