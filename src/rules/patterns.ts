/**
 * Patterns in rule packs are written for lawyers: a plain phrase ("s-postiosoite",
 * "Lorem ipsum") matches case-insensitively as whole words, with any run of
 * whitespace between words and `*` for "any ending" (Finnish inflects:
 * "Väestörekisterikeskus*"). `near(N): a* b* | c*` says that words of each group
 * (separated by `|`; a group's words are alternatives) occur within N words of each
 * other, in any order, in one sentence: the way Finnish states a thing in its own
 * word order ("siirtää kyseiset tiedot toiselle rekisterinpitäjälle"). A pattern
 * written /like this/ is a regular expression, the last resort.
 */
import { shadowOf, shadowSource } from './letter-shadow.js';

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
/** a word, inner ':' '-' and apostrophes included (EU:n, tietosuoja-asetus) */
const WORD_CHARS = "[\\p{L}\\p{N}:'’-]";
/**
 * What lies between two words of one sentence: no full stop, question or exclamation mark,
 * and short: a longer run (an indented list, a whitespace run) is no "near", and a bounded gap
 * keeps the search linear on such text.
 */
const GAP = "(?:[^\\p{L}\\p{N}.!?]{1,12})";
const NEAR = /^near\((\d{1,2})\):\s*(.+)$/su;

export function patternSource(pattern: string): string {
  const re = /^\/(.*)\/[a-z]*$/s.exec(pattern); // flags are implied: every pattern is case-insensitive
  if (re) return re[1];
  const near = NEAR.exec(pattern.trim());
  if (near) return nearSource(Number(near[1]), near[2]);
  const body = pattern
    .trim()
    .split(/\s+/)
    .map((word) => word.split('*').map(escapeRegExp).join('[\\p{L}\\p{N}-]*'))
    .join('\\s+');
  const before = /^[\p{L}\p{N}]/u.test(pattern.trim()) ? EDGE_BEFORE : '';
  const after = /[\p{L}\p{N}*]$/u.test(pattern.trim()) ? EDGE_AFTER : '';
  return `${before}${body}${after}`;
}

/** One near-term word: `siirt*` a beginning, `*tiedot` an ending, `*suoja*` a part, `EU` a whole word. */
function nearWord(word: string): string {
  const lead = word.startsWith('*');
  const trail = word.endsWith('*');
  const core = escapeRegExp(word.replace(/^\*|\*$/g, ''));
  return `${lead ? `${WORD_CHARS}*` : ''}${core}${trail ? `${WORD_CHARS}*` : ''}(?!${WORD_CHARS.slice(0, -1)}])`;
}

function nearGroups(body: string): string[][] {
  return body.split('|').map((g) => g.trim().split(/\s+/).filter(Boolean));
}

/** One group of a near(): any of its words, with one word-edge check before them. */
function nearGroupSource(words: readonly string[]): string {
  return `${EDGE_BEFORE}(?:${words.map(nearWord).join('|')})`;
}

function nearSource(distance: number, body: string): string {
  const groups = nearGroups(body);
  if (groups.length < 2 || groups.some((g) => g.length === 0)) throw new Error(`near: needs at least two groups of words separated by "|": ${body}`);
  // one word-edge check per group, not per word: the engine tries it at every position
  const alt = groups.map(nearGroupSource);
  const between = `(?:${GAP}${WORD_CHARS}+){0,${Math.max(0, distance - 1)}}?${GAP}`;
  // Any order: every permutation of up to three groups; more are taken in the order written.
  const orders = groups.length <= 3 ? permutations(alt.map((_, i) => i)) : [alt.map((_, i) => i)];
  return orders.map((order) => order.map((i) => alt[i]).join(between)).join('|');
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * One regular expression for a list of patterns: one pass over the text per rule.
 * Plain phrases share a single word-edge check around one alternation (longest
 * first), which the regex engine scans about twice as fast as one alternative per phrase.
 */
export function compilePatterns(patterns: readonly string[]): RegExp {
  return new RegExp(combinedSource(patterns), 'giu');
}

/** Expressions that run on the shadow of the text (letter-shadow.ts); matchesIn knows them. */
const SHADOWED = new WeakSet<RegExp>();

/**
 * compilePatterns with cheap letter classes, for `matchesIn` only (it runs the expression on
 * the text's shadow and reports the text's own words): compiles in a few milliseconds where
 * the Unicode classes take hundreds. A pattern that cannot run on the shadow compiles as written.
 */
export function compileRulePatterns(patterns: readonly string[]): RegExp {
  return compileRuleSource(combinedSource(patterns));
}

/**
 * An expression composed of pattern sources (`rulePatternsSource`) and written parts, compiled
 * as compileRulePatterns compiles a list: on the shadow where it can run there, for `matchesIn`
 * and `firstGroupsIn`. `flags`: 'giu', with 'd' for the groups of `firstGroupsIn`.
 */
export function compileRuleSource(source: string, flags = 'giu'): RegExp {
  // the shadow is in one case: a case-insensitive pattern runs on it without the `i` flag
  const cheap = flags.includes('i') ? shadowSource(source) : null;
  if (cheap === null) return new RegExp(source, flags);
  const re = new RegExp(cheap, flags.replace('i', ''));
  SHADOWED.add(re);
  return re;
}

/** The source compilePatterns and compileRulePatterns compile for a list, to compose a larger expression of. */
export function rulePatternsSource(patterns: readonly string[]): string {
  return combinedSource(patterns);
}

function combinedSource(patterns: readonly string[]): string {
  if (patterns.length === 0) return '(?!)';
  const phrases: string[] = [];
  const others: string[] = [];
  for (const p of patterns) {
    const src = patternSource(p);
    if (src.startsWith(EDGE_BEFORE) && src.endsWith(EDGE_AFTER) && !/^\/.*\/[a-z]*$/s.test(p)) {
      phrases.push(src.slice(EDGE_BEFORE.length, src.length - EDGE_AFTER.length));
    } else others.push(src);
  }
  const parts = others.map((o) => `(?:${o})`);
  if (phrases.length) {
    phrases.sort((a, b) => b.length - a.length);
    parts.unshift(`${EDGE_BEFORE}(?:${phrases.join('|')})${EDGE_AFTER}`);
  }
  return parts.join('|');
}

/**
 * A list of patterns asked only "does any of them match in these ranges?". V8 compiles a
 * regular expression on its first use, and its Unicode classes are what costs: a `near()` of
 * three groups (six word orders, each with its `[\p{L}\p{N}]` edges and gaps) takes 100–400 ms
 * to compile, and one alternation of a must-mention item's eight patterns made the first lint
 * of a notice take 2.6 s. Here the plain phrases share one expression (one pass over the
 * text) and each `near()` or `/regex/` is an expression of its own, the shortest first, each
 * made on first use: the costly ones are compiled only for a notice the others do not already
 * satisfy. For "any match" an alternation and its parts tried in turn answer alike.
 */
export class AnyOf {
  private readonly groups: (readonly string[])[];
  private readonly compiled: (RegExp | undefined)[];
  /** per group: a near()'s groups of words, each alone (null: not a near()), made on first use */
  private readonly parts: (RegExp[] | null | undefined)[];

  constructor(patterns: readonly string[]) {
    const plain = patterns.filter((p) => !isRegexOrNear(p));
    // by an estimate of the source's length: building a near()'s source to measure it cost a
    // millisecond of every start; the order only decides what is compiled first, never the answer
    const others = patterns
      .filter(isRegexOrNear)
      .map((p) => ({ p, size: sourceSizeEstimate(p) }))
      .sort((a, b) => a.size - b.size)
      .map(({ p }) => p);
    this.groups = [...(plain.length ? [plain] : []), ...others.map((p) => [p])];
    this.compiled = new Array<RegExp | undefined>(this.groups.length);
    this.parts = new Array<RegExp[] | null | undefined>(this.groups.length);
  }

  /** Whether a pattern matches (non-empty) in any of the ranges of text. */
  matchesAny(text: string, ranges: readonly (readonly [number, number])[]): boolean {
    for (let i = 0; i < this.groups.length; i++) {
      // A near() matches in a range only where each of its groups of words does: the ranges
      // without one of them are skipped, and with none left the near() is not even compiled.
      // Each group alone is a small expression; a near() repeats them once per word order.
      const parts = this.parts[i] === undefined ? (this.parts[i] = nearParts(this.groups[i])) : this.parts[i];
      const where = parts ? ranges.filter(([a, b]) => parts.every((re) => !matchesIn(re, text, a, b).next().done)) : ranges;
      if (where.length === 0) continue;
      const re = (this.compiled[i] ??= compileRulePatterns(this.groups[i]));
      for (const [a, b] of where) if (!matchesIn(re, text, a, b).next().done) return true;
    }
    return false;
  }
}

/**
 * The groups of words of a lone near() pattern, each compiled alone (as the near() writes it,
 * with its word edges), or null for anything else. Where the near() matches, each of these
 * matches too, at the same place: a range without one of them holds no match of the near().
 */
function nearParts(patterns: readonly string[]): RegExp[] | null {
  if (patterns.length !== 1) return null;
  const near = NEAR.exec(patterns[0].trim());
  if (!near) return null;
  return nearGroups(near[2]).map((g) => compileRuleSource(nearGroupSource(g)));
}

/** About how long a pattern's source is: a `near()` repeats its words once per word order. */
function sourceSizeEstimate(pattern: string): number {
  const near = NEAR.exec(pattern.trim());
  if (!near) return pattern.length;
  const groups = near[2].split('|').length;
  const orders = groups === 2 ? 2 : groups === 3 ? 6 : 1;
  return pattern.length * orders;
}

const isRegexOrNear = (p: string) => /^\/.*\/[a-z]*$/s.test(p) || NEAR.test(p.trim());

/** The first of `patterns` that matches all of `text` (to tell which one a combined match was). */
export function whichPattern(patterns: readonly string[], text: string): number {
  return patterns.findIndex((p) => new RegExp(`^(?:${patternSource(p)})$`, 'iu').test(text));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Every match of `re` in text[from, to): [start, end, matched text]. The search runs
 * on that slice only, so scoped rules cost the size of their sections, not of the
 * notice times the number of sections.
 */
export function* matchesIn(re: RegExp, text: string, from = 0, to = text.length): Generator<[number, number, string]> {
  const shadowed = SHADOWED.has(re);
  const subject = shadowed ? shadowOf(text) : text;
  // Asked once, not at every match: a shadow equal to its text (a text in lower case) may be
  // another string with the same characters, and `!==` then compares all of them.
  const ownWords = shadowed && subject !== text;
  const part = from === 0 && to === text.length ? subject : subject.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = from + m.index;
    const end = start + m[0].length;
    // the words as the notice writes them, not their shadow
    yield [start, end, ownWords ? text.slice(start, end) : m[0]];
  }
}

/**
 * The first (non-empty) match of `re` in `text`, as its groups: [0] the whole match, then each
 * group as the text writes it (undefined for a group that took no part); null when none.
 * `re` is compiled with the 'd' and 'g' flags (compileRuleSource(source, 'dgiu')).
 */
export function firstGroupsIn(re: RegExp, text: string): (string | undefined)[] | null {
  if (!re.hasIndices || !re.global) throw new Error('firstGroupsIn: the expression needs the d and g flags');
  const subject = SHADOWED.has(re) ? shadowOf(text) : text;
  re.lastIndex = 0;
  try {
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // the groups as the notice writes them, not their shadow
      return m.indices!.map((at) => (at ? text.slice(at[0], at[1]) : undefined));
    }
    return null;
  } finally {
    re.lastIndex = 0;
  }
}

export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}
