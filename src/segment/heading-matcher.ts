/**
 * Decides whether a piece of text is a heading of the catalogue, and which
 * canonical sections it covers. A heading must be covered *entirely* by catalogue
 * phrases and connectors ("Tietojen luovutukset ja tietojen siirto EU:n tai ETA:n
 * ulkopuolelle"): that is what keeps body sentences that merely start with a
 * heading word ("Rekisterinpitäjä saattaa käyttää…") from becoming headings.
 */
import { distance } from 'fastest-levenshtein';
import { editPieces } from '../util/edit-pieces.js';
import { tokeniseUnless, type Catalogue, type Phrase, type Token } from './catalogue.js';

export interface HeadingPart {
  ids: string[];
  /** offsets relative to the matched text */
  start: number;
  end: number;
}

/**
 * Inflection (shared stem) or a small typo makes two words the same heading word,
 * unless the catalogue lists their beginnings as different words (`distinct`:
 * "rekisteri" is the register, "rekisteröi" the data subject).
 */
export function sameWord(word: string, phraseWord: string, distinct: readonly [string, string][] = []): boolean {
  if (word === phraseWord) return true;
  const la = word.length;
  const lb = phraseWord.length;
  const min = Math.min(la, lb);
  if (min < 5) return false; // (before the distinct pairs: both say false)
  for (const [x, y] of distinct) {
    if ((word.startsWith(x) && phraseWord.startsWith(y)) || (word.startsWith(y) && phraseWord.startsWith(x)))
      return false;
  }
  let cp = 0;
  while (cp < min && word.charCodeAt(cp) === phraseWord.charCodeAt(cp)) cp++;
  // Finnish inflects at the end of the stem: rekisterinpitäjä/-n, oikeus/oikeudet,
  // henkilötiedot/henkilötietojen. Demand most of the shorter word in common.
  // Henkilön is not henkilötiedot: what differs after the shared stem stays short.
  if (cp >= 5 && cp >= min - 3 && Math.max(la, lb) - cp <= 5) return true;
  if (Math.abs(la - lb) > 2) return false;
  const allowed = min >= 9 ? 2 : 1;
  return mayBeWithin(word, phraseWord, allowed) && distance(word, phraseWord) <= allowed;
}

/**
 * Whether `b` may be within `k` edits of `a` (a necessary condition, never a wrong "no"): one
 * of `a`'s k + 1 pieces (src/util/edit-pieces.ts) occurs in `b` as it is. Most pairs the
 * matcher compares share no such piece ("suojauksen" / "pitämisen"): asked with a few native
 * `includes`, they are not given to `distance`, whose bit-parallel loop turned hot within one
 * notice and had V8 compile it with TurboFan, 3–13 ms of a one-notice run.
 */
function mayBeWithin(a: string, b: string, k: number): boolean {
  return editPieces(a.length, k).some(([from, to]) => b.includes(a.slice(from, to)));
}

const INEXACT = 0.001;
/** A heading has at most this many words. */
const MAX_TOKENS = 24;

interface Step {
  cost: number;
  parts: number;
  prev: number;
  id: string | null;
}

export class HeadingMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly singleWord = new Map<string, string>();

  /** The first three letters of every phrase word and connector: a quick "cannot be a heading". */
  private readonly starts = new Set<string>();

  constructor(private readonly cat: Catalogue) {
    for (const c of cat.connectors) this.starts.add(c.slice(0, 3));
    for (const p of cat.phrases) {
      for (const w of p.tokens) this.starts.add(w.slice(0, 3));
      const key = p.tokens[0].slice(0, 2);
      let list = this.byFirst.get(key);
      if (!list) this.byFirst.set(key, (list = []));
      list.push(p);
      if (p.tokens.length === 1 && p.tokens[0].length >= 5) this.singleWord.set(p.tokens[0], p.id);
    }
    // Longer phrases first: on equal cost the DP keeps the first found.
    for (const [key, list] of this.byFirst) {
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      const firsts = [...new Set(list.map((p) => p.tokens[0]))];
      this.firstWords.set(key, { firsts, firstOf: list.map((p) => firsts.indexOf(p.tokens[0])) });
      this.firstFits = new Int8Array(Math.max(this.firstFits.length, firsts.length));
    }
  }

  /**
   * The phrases of a byFirst list share few first words (43 phrases, 13 words): a word is
   * compared with each of them once (`firstFits`, per token: -1 not yet, 0 no, 1 yes).
   */
  private readonly firstWords = new Map<string, { firsts: string[]; firstOf: number[] }>();
  private firstFits = new Int8Array(0);

  /**
   * The sections `text` names, or null when it is not (wholly) a heading.
   * Usually one part; two when PDF extraction glued an empty section's heading
   * to the next one ("Suostumusrekisterin tietosisältö").
   */
  match(text: string, lineBreaks: number[] = []): HeadingPart[] | null {
    return this.matchOrRefuse(text, lineBreaks).parts;
  }

  /**
   * `match`, and where a word ruled the text out before any matching (`refusedAt`: the
   * offset of that word, else -1). A longer text that begins with the same words up to
   * there is ruled out by it too, unless brackets (blanked out in pairs) differ between them.
   */
  matchOrRefuse(text: string, lineBreaks: number[] = []): { parts: HeadingPart[] | null; refusedAt: number } {
    const cannot = this.cannotBeHeading();
    const tokens = tokeniseUnless(stripBrackets(text), cannot);
    if (tokens === null) return { parts: null, refusedAt: cannot.refusedAt };
    return { parts: this.matchTokens(tokens, lineBreaks), refusedAt: -1 };
  }

  private matchTokens(tokens: Token[], lineBreaks: number[]): HeadingPart[] | null {
    if (tokens.length === 0) return null;
    const wrapped = new Set<number>();
    for (const br of lineBreaks) {
      const t = tokens.findIndex((tok) => tok.start >= br);
      if (t > 0) wrapped.add(t);
    }
    const ids = this.cover(tokens, wrapped);
    if (ids) return [{ ids, start: tokens[0].start, end: tokens[tokens.length - 1].end }];
    return wrapped.size ? null : this.matchGlued(tokens);
  }

  /**
   * A test of each token in turn that says when the text cannot be a heading, so that
   * the rest of it is not read: more than 24 words; a connector first ("tai rekisterin
   * yhteyshenkilölle." is the tail of a sentence); a word that is no catalogue word
   * (most body lines fail on their first ordinary word). Words after a sub-label are free.
   */
  private cannotBeHeading(): ((norm: string, index: number, start: number) => boolean) & { refusedAt: number } {
    let free = false;
    const test = (norm: string, index: number, start: number): boolean => {
      const refuse =
        index >= MAX_TOKENS ||
        (index === 0 && this.cat.connectors.has(norm)) ||
        (!free &&
          !(free = this.cat.sublabel.test(norm)) &&
          index > 0 &&
          !this.starts.has(norm.slice(0, 3)) &&
          !norm.endsWith('-'));
      if (refuse) test.refusedAt = start;
      return refuse;
    };
    test.refusedAt = -1;
    return test;
  }

  private matchGlued(tokens: Token[]): HeadingPart[] | null {
    const first = tokens[0];
    for (let cut = 5; cut <= first.norm.length - 4; cut++) {
      const headId = this.singleWord.get(first.norm.slice(0, cut));
      if (!headId) continue;
      const rest: Token[] = [
        { norm: first.norm.slice(cut), start: first.start + cut, end: first.end, boundaryBefore: false },
        ...tokens.slice(1),
      ];
      const ids = this.cover(rest);
      if (ids) {
        return [
          { ids: [headId], start: first.start, end: first.start + cut },
          { ids, start: first.start + cut, end: tokens[tokens.length - 1].end },
        ];
      }
    }
    return null;
  }

  /**
   * Cover every token with phrases and connectors; the section ids in order, or null.
   * A heading wrapped over lines breaks inside a phrase ("Henkilötietojen /
   * säilyttämisaika"); where a line starts a phrase of its own it is a heading of
   * its own ("Suostumus" above "Rekisterin tietosisältö"), so no phrase may start
   * at a `wrapped` token.
   */
  private cover(tokens: Token[], wrapped: Set<number> = new Set()): string[] | null {
    const n = tokens.length;
    const best: (Step | undefined)[] = new Array(n + 1);
    best[0] = { cost: 0, parts: 0, prev: -1, id: null };
    const relax = (to: number, from: number, cost: number, id: string | null) => {
      const b = best[from]!;
      const cand: Step = { cost: b.cost + cost, parts: b.parts + (id ? 1 : 0), prev: from, id };
      const cur = best[to];
      if (!cur || cand.cost < cur.cost || (cand.cost === cur.cost && cand.parts < cur.parts)) best[to] = cand;
    };
    for (let i = 0; i < n; i++) {
      if (!best[i]) continue;
      const tok = tokens[i];
      if (this.cat.connectors.has(tok.norm)) relax(i + 1, i, 0, null);
      relax(i + 1, i, 1, null);
      if (wrapped.has(i)) continue;
      // A sub-label ("A: Manuaalinen aineisto") ends the heading once a phrase matched.
      if (best[i]!.parts > 0 && this.cat.sublabel.test(tok.norm)) {
        relax(n, i, 0, null);
      }
      const key = tok.norm.slice(0, 2);
      const list = this.byFirst.get(key) ?? [];
      const { firsts, firstOf } = this.firstWords.get(key) ?? { firsts: [], firstOf: [] };
      this.firstFits.fill(-1, 0, firsts.length);
      for (let q = 0; q < list.length; q++) {
        const p = list[q];
        const k = p.tokens.length;
        if (i + k > n) continue;
        const f = firstOf[q];
        if (this.firstFits[f] === -1) this.firstFits[f] = sameWord(tok.norm, firsts[f], this.cat.distinct) ? 1 : 0;
        let ok = this.firstFits[f] === 1;
        let inexact = ok && tok.norm !== p.tokens[0] ? 1 : 0;
        for (let j = 1; j < k && ok; j++) {
          if (tokens[i + j].boundaryBefore) ok = false;
          else ok = sameWord(tokens[i + j].norm, p.tokens[j], this.cat.distinct);
          if (ok && tokens[i + j].norm !== p.tokens[j]) inexact++;
        }
        // An exact phrase beats one matched by stem or typo ("Henkilötiedot" is data
        // content, not "henkilötietoryhmät"); a fraction, since only uncovered words reject.
        if (ok) relax(i + k, i, inexact * INEXACT, p.id);
      }
      if (tok.norm.endsWith('-')) {
        const id = this.expandSuspended(tok.norm.slice(0, -1), tokens, i);
        if (id) relax(i + 1, i, 0, id);
      }
    }
    const end = best[n];
    if (!end || end.cost >= 1 || end.parts === 0) return null;
    const path: { id: string | null; last: string }[] = [];
    for (let at = n; at > 0; at = best[at]!.prev) path.push({ id: best[at]!.id, last: tokens[at - 1].norm });
    path.reverse();
    // "Rekisterinpitäjän yhteyshenkilöt": a genitive right before another phrase, with no
    // connector between, modifies it; the head of the noun phrase names the section.
    const found = path
      .filter((step, k) => step.id && !(step.last.endsWith('n') && path[k + 1]?.id))
      .map((step) => step.id!);
    return [...new Set(found)];
  }

  /**
   * "Tarkastus-, kielto- ja korjausoikeus": a suspended compound borrows its head
   * from the last word of the run (korjaus|oikeus → tarkastus + oikeus).
   */
  private expandSuspended(stem: string, tokens: Token[], i: number): string | null {
    let last: string | undefined;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j].norm;
      if (this.cat.connectors.has(t) || t.endsWith('-')) continue;
      last = t;
      break;
    }
    if (!last) return null;
    for (let cut = 1; cut <= last.length - 4; cut++) {
      // Finnish writes the hyphen where the same vowel meets: kielto-oikeus.
      const id = this.singleWord.get(stem + last.slice(cut)) ?? this.singleWord.get(`${stem}-${last.slice(cut)}`);
      if (id) return id;
    }
    return null;
  }
}

/** "(ja yhteystiedot)" qualifies a heading; blank it out but keep offsets. */
function stripBrackets(text: string): string {
  if (!text.includes('(') && !text.includes('[')) return text; // most lines: no replace call, no copy
  return text.replace(/\([^()]*\)|\[[^\][]*\]/g, (m) => ' '.repeat(m.length));
}
