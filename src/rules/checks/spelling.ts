/**
 * Every word of the notice checked with Voikko, the Finnish spell checker, which
 * knows Finnish compounds and inflection (off by default; needs libvoikko). What is
 * not a word to check is left alone: e-mail addresses, URLs and file names, markup,
 * acronyms, the case ending after a colon (EU:n), abbreviations with their dot,
 * street addresses, and names — a capitalised word inside a sentence, one the
 * notice also uses as a name elsewhere, or one alone on its line (a register's name).
 * Foreign phrases are not Finnish typos: two or more words in a row that Voikko does not
 * know ("opt out", "local storage", "på svenska", "6th floor") are a quoted term, a title
 * or a name. Nor are suspended compounds ("vapaaehtois- ja luottamustoimet"), compounds
 * of an acronym ("ip-osoitteen"), or of known words where the same vowel meets
 * ("sähköposti-osoite"). The pack
 * and the config list accepted words (company and product names, loanwords); their
 * inflected forms are accepted too.
 *
 * Voikko accepts some typos as compounds of other words (Varisnais-Suomen as varis + nais
 * + Suomen, henkilötietojoen as henkilö + tieto + joen). So a word the notice writes once
 * that is one letter off (swapped, stray or missing) from a word the notice writes
 * elsewhere, where Voikko needs more words to read it than to read that neighbour, is
 * reported as a typo of the neighbour.
 */
import { ConfigError } from '../../model/errors.js';
import { once, zod } from '../../util/lazy-deps.js';
import type { CodeCheck } from '../kinds/code.js';
import type { Word } from '../view.js';
import { openVoikko, type Speller } from '../voikko.js';

/** The options of text/spelling (validated when the pack is loaded, and when the rule is switched on). */
export const spellingOptions = once(() => {
  const z = zod();
  return z.object({
  /** path or name of libvoikko (default libvoikko.so.1, found by the system loader) */
  libraryPath: z.string().min(1).optional(),
  /** words accepted as written (names, loanwords); an accepted word plus a short ending is accepted too */
  acceptedWords: z.array(z.string().min(1)).default([]),
  /** how many of Voikko's suggestions the message shows */
  maxSuggestions: z.number().int().min(1).default(3),
  }).strict();
});

/** A longer ending than this after an accepted word makes another word (Matomoa, Datahubin). */
const MAX_ENDING = 4;
const ACRONYM_MAX = 5;
const QUOTES = '"”“\'’‘«»';

export const spelling: CodeCheck = (rawOptions, env) => {
  const parsed = spellingOptions().safeParse(rawOptions);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`text/spelling: options.${issue.path.join('.')}: ${issue.message}`);
  }
  const opts = parsed.data;
  const speller = openVoikko(opts.libraryPath);
  const accepted = new Set([...opts.acceptedWords.map((a) => a.toLowerCase()), ...env.acceptedWords]);

  return (view, report) => {
    const text = view.text;
    const skipped = skipRanges(text);
    const words = view.words.filter((w) => !inside(skipped, w.start));
    const foreign = foreignRuns(view.words, text, speller);
    // Names the notice itself uses inside a sentence (Google Analytics, Matomo) are
    // names wherever they occur: in a heading in capitals or at a sentence start.
    const names = new Set<string>();
    for (const w of words) if (isCapitalised(w.text) && !sentenceStart(text, w.start)) names.add(w.lower);

    // A name vouches for the same word capitalised, never for it written in lowercase.
    const isAccepted = (word: string) =>
      knownWithEnding(word.toLowerCase(), accepted) || (!isLower(word) && knownWithEnding(word.toLowerCase(), names));

    for (const w of words) {
      if (afterColon(text, w.start) || quoted(text, w) || glued(text, w)) continue;
      if (speller.spell(w.text)) continue;
      if (foreign.has(w.start) || aloneOnLine(text, w)) continue;
      // a suspended compound: "vapaaehtois- ja luottamustoimet", "ilmoittautumis-, osallistumis-"
      if (suspended(text, w) && speller.spell(`${w.text}-`)) continue;
      // An abbreviation is written with its dot (esim., ko.); a short one Voikko does not know is still one.
      if (text[w.end] === '.' && (speller.spell(`${w.text}.`) || (w.text.length <= 3 && isLower(w.text)))) continue;
      if (isAccepted(w.text)) continue;
      if (!misspelt(w, text, speller, isAccepted)) continue;
      const suggestions = speller.suggest(w.text).slice(0, opts.maxSuggestions);
      // A capitalised word Voikko has no correction for is a name it does not know.
      if (!suggestions.length && /^\p{Lu}/u.test(w.text)) continue;
      if (suggestions.length) {
        report([w.start, w.end], {
          suggestion: suggestions[0],
          vars: { match: w.text, suggestion: suggestions[0], suggestions: suggestions.map((s) => `”${s}”`).join(', ') },
        });
      } else report([w.start, w.end], { messageKey: 'noSuggestion', vars: { match: w.text } });
    }

    for (const [w, fix] of realWordTypos(words, text, speller, isAccepted)) {
      report([w.start, w.end], { messageKey: 'realWord', suggestion: fix, vars: { match: w.text, suggestion: fix, suggestions: `”${fix}”` } });
    }
  };
};

/** Words shorter than this have too many real neighbours one letter away. */
const REAL_WORD_MIN = 8;

/**
 * Typos Voikko accepts as a compound: a word written once, one letter off from a word the
 * notice writes elsewhere (two neighbouring letters swapped, a stray letter, a missing one),
 * that Voikko can read only as more words than that neighbour (Varisnais-Suomen: 3 words,
 * Varsinais-Suomen: 2). Inflected forms of one word are read as the same number of words
 * (tiedoista / tiedosta), so they are never taken for each other.
 */
function realWordTypos(words: readonly Word[], text: string, speller: Speller, isAccepted: (w: string) => boolean): [Word, string][] {
  const byLower = new Map<string, Word[]>();
  for (const w of words) {
    const list = byLower.get(w.lower);
    if (list) list.push(w);
    else byLower.set(w.lower, [w]);
  }
  // every word written more than once, with one inner letter left out → the word (to find a
  // word missing a letter; words written once are left out to bound the map)
  const shortened = new Map<string, Word>();
  for (const [lower, list] of byLower) {
    if (lower.length <= REAL_WORD_MIN || list.length < 2) continue;
    for (let i = 1; i < lower.length - 1; i++) {
      const d = lower.slice(0, i) + lower.slice(i + 1);
      if (!shortened.has(d)) shortened.set(d, list[0]);
    }
  }
  const out: [Word, string][] = [];
  for (const [lower, list] of byLower) {
    if (list.length !== 1 || lower.length < REAL_WORD_MIN) continue;
    const w = list[0];
    if (afterColon(text, w.start) || quoted(text, w) || glued(text, w) || isAccepted(w.text)) continue;
    const candidates: string[] = [];
    const t = w.text;
    for (let i = 1; i + 1 < t.length; i++) {
      if (t[i] !== t[i + 1] && t[i] !== '-' && t[i + 1] !== '-') candidates.push(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2));
      if (i < t.length - 1 && t[i] !== '-') candidates.push(t.slice(0, i) + t.slice(i + 1));
    }
    const longer = shortened.get(lower);
    if (longer) candidates.push(longer.text);
    for (const c of candidates) {
      const seen = byLower.get(c.toLowerCase());
      if (!seen || seen[0] === w) continue;
      // how the notice writes the neighbour; a heading in capitals does not tell
      const written = seen.find((x) => x.text !== x.text.toUpperCase())?.text ?? seen[0].lower;
      if (!speller.spell(written) || !speller.spell(t)) continue;
      const mine = speller.parts(t);
      const theirs = speller.parts(written);
      if (theirs > 0 && mine > theirs) {
        out.push([w, matchCase(t, written)]);
        break;
      }
    }
  }
  return out;
}

function matchCase(original: string, fix: string): string {
  return /^\p{Lu}/u.test(original) ? fix[0].toUpperCase() + fix.slice(1) : fix[0].toLowerCase() + fix.slice(1);
}

/** Is a word that Voikko rejected as a whole a misspelling, or a name, acronym or accepted word in a compound? */
function misspelt(w: Word, text: string, speller: Speller, isAccepted: (word: string) => boolean): boolean {
  const parts = w.text.split('-');
  const first = parts[0];
  if (isAcronym(first) && parts.length === 1) return false;
  if (isMixedCase(w.text) && parts.length === 1) return false; // iPhone, YouTube, LinkedIn
  if (isCapitalised(first) && !isAcronym(first)) {
    if (!sentenceStart(text, w.start)) return false; // a name inside a sentence
    if (/^\s+\d/.test(text.slice(w.end, w.end + 6))) return false; // a street and its number
  }
  if (parts.length === 1) return true;
  // A compound with an acronym, a name or an accepted word in it (IP-osoite, laite-ID,
  // chat-viestit, S-Etukortin): the other parts must be words of their own.
  // A short part is an acronym however it is written (ip-osoite, sms-viesti, url-osoite).
  const masked = parts.map(
    (p, i) => isAcronym(p) || p.length <= 3 || (i > 0 && /^\p{Lu}/u.test(p)) || isMixedCase(p) || isAccepted(p),
  );
  if (!masked.some(Boolean)) {
    // Known words joined with a hyphen where the same vowel meets (sähköposti-osoite) are
    // written as Finnish asks; elsewhere (eväste-toiminnon) the compound is one word.
    const sameVowel = parts.every((p, i) => i === 0 || (/[aeiouyäö]$/.test(parts[i - 1]) && parts[i - 1].slice(-1) === p[0]?.toLowerCase()));
    return !(sameVowel && parts.every((p) => p !== '' && speller.spell(p)));
  }
  return parts.some((p, i) => !masked[i] && p !== '' && !speller.spell(p));
}

function knownWithEnding(lower: string, known: ReadonlySet<string>): boolean {
  if (known.has(lower)) return true;
  for (let n = lower.length - 1; n >= Math.max(4, lower.length - MAX_ENDING); n--) {
    if (known.has(lower.slice(0, n))) return true;
  }
  return false;
}

const isAcronym = (s: string) => s.length <= ACRONYM_MAX && s === s.toUpperCase() && s !== s.toLowerCase();
const isLower = (s: string) => s === s.toLowerCase();
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s) && /\p{Ll}/u.test(s);
const isMixedCase = (s: string) => /^\p{L}+$/u.test(s) && /\p{Ll}\p{Lu}/u.test(s);

/** A word is at a sentence start after . ! ? : a bullet or dash, at a line start, or at the start of the text. */
function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '(' || text[i] === '[' || QUOTES.includes(text[i]))) i--;
  return i < 0 || '\n.!?:;•*·–—-'.includes(text[i]);
}

/**
 * Words that belong to a foreign phrase: two or more words in a row, on one line and
 * separated by a space only, none of which Voikko knows ("opt out", "local storage",
 * "Data Processing and Security Terms", "6th floor", "på svenska"). One Finnish typo
 * next to a known word is never part of such a run. Returns the runs' word starts.
 */
function foreignRuns(words: readonly Word[], text: string, speller: Speller): Set<number> {
  const out = new Set<number>();
  let run: Word[] = [];
  const flush = () => {
    if (run.length >= 2) for (const w of run) out.add(w.start);
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    if (prev && !/^[ \u00a0]$/.test(text.slice(prev.end, w.start))) flush();
    if (speller.spell(w.text)) flush();
    else run.push(w);
  }
  flush();
  return out;
}

/** A capitalised word that is all its line holds is a title or a name (a register's or a service's). */
function aloneOnLine(text: string, w: Word): boolean {
  if (!isCapitalised(w.text)) return false;
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1;
  const lineEnd = text.indexOf('\n', w.end);
  return text.slice(lineStart, w.start).trim() === '' && text.slice(w.end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}

/** The first part of a suspended compound: a hyphen, then a conjunction or a comma. */
function suspended(text: string, w: Word): boolean {
  return text[w.end] === '-' && /^-\s*(?:,|ja\b|tai\b|sekä\b|eli\b|tahi\b|ynnä\b|–)/u.test(text.slice(w.end, w.end + 8));
}

/** The case ending of an abbreviation or number (EU:n, ATK:lla, Oy:lle, 2020:ssa). */
function afterColon(text: string, start: number): boolean {
  return text[start - 1] === ':' && start >= 2 && /[\p{L}\p{N}]/u.test(text[start - 2]);
}

/** Letters glued to digits or underscores are a code or an identifier (A4, snake_case), not a word. */
function glued(text: string, w: Word): boolean {
  return /[\p{N}_]/u.test(text[w.start - 1] ?? '') || /[\p{N}_]/u.test(text[w.end] ?? '');
}

/** A single word in quotes is a term quoted as such, often a foreign one (”cookies”). */
function quoted(text: string, w: Word): boolean {
  return QUOTES.includes(text[w.start - 1] ?? '') && QUOTES.includes(text[w.end] ?? '');
}

/**
 * What is not prose: markup, entities, and any run of non-space characters that is an
 * e-mail address, a URL, a domain or a file name (a letter, a dot, letters).
 */
function skipRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/<\/?[A-Za-z][^<>\n]*>|&(?:[A-Za-z]+|#\d+);/g)) ranges.push([m.index!, m.index! + m[0].length]);
  // an address hidden by the web host's e-mail protection, as a scrape keeps it
  for (const m of text.matchAll(/\[email(?:&#160;|\s)+protected\]/gi)) ranges.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(/\S+/g)) {
    if (/@|:\/\/|^\W*www\.|[\p{L}\p{N}]\.\p{L}{2,}/iu.test(m[0])) ranges.push([m.index!, m.index! + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function inside(ranges: [number, number][], offset: number): boolean {
  // Merged and sorted: the last range that starts at or before the offset decides.
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && offset < ranges[hi][1];
}
