/**
 * Layout evidence that a line is a heading, before anything is said about what it
 * names. Real notices mark their headings in many ways: a Markdown, HTML or Word
 * heading; a numbering that runs 1…N through the document; a short line set apart
 * by blank lines like the document's other headings; a bold line or a table label.
 *
 * - `strong`: the line is a heading even when no catalogue id fits (it becomes `other`);
 * - `named`: a heading when its words name a section (concepts), any section;
 * - `weak`: a heading only when its words name the section it stands in (a sub-heading).
 */
import { LetterPattern } from './letters.js';

export type Evidence = 'strong' | 'named' | 'weak';

export interface LayoutLine {
  evidence: Evidence;
  /** what marked it: a declared heading, a bold line or table label, a numbering, a line set apart */
  kind: 'declared' | 'bold' | 'numbered' | 'apart';
  /** 1..6 for a declared heading (Markdown #, HTML h1..h6, Word Heading N), else null */
  level: number | null;
}

export interface LayoutInput {
  lines: string[];
  /** PDF text has no blank lines: there a line after a sentence's end counts as set apart */
  pdf?: boolean;
  headingLines: number[];
  headingLevels?: number[];
  /** lines the catalogue phrases alone recognise as headings */
  catalogueHeadings: Set<number>;
  /** whether a line's words name a section (exact phrases or concepts) */
  names: (line: number) => boolean;
  /** whether a line reads as a sentence (a finite verb) rather than a heading; a question may */
  readsAsSentence: (text: string) => boolean;
}

const MAX_WORDS = 14;
const MAX_DECLARED_WORDS = 24;
/** "5. Keiden tietoja käsittelemme?", "2      Henkilötietojen …", "III. Oikeudet" */
const TOP_NUMBER = new LetterPattern('^\\s*(\\d{1,2})(?:[.)]\\s+|[.)](?=[\\p{Lu}])|\\s+)(?=[\\p{Lu}\\p{N}])');
/** "4.1 Asiakastiedot", "4.2. Markkinointitiedot": a heading under heading 4 */
const SUB_NUMBER = new LetterPattern('^\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(?=[\\p{Lu}])');
// Letter tests of headingShaped, setApart and followedByParagraph (see letters.ts)
const LABEL_VALUE = new LetterPattern('[\\p{L}]:\\s+\\S');
const STOP_BETWEEN_WORDS = new LetterPattern('(?<=[\\p{L}]{3})\\.\\s+[\\p{L}]');
const THREE_LETTERS = new LetterPattern('[\\p{L}]{3}');
const STARTS_UPPER = new LetterPattern('^[\\p{Lu}]');
const CAPITALISED = new LetterPattern('^[\\p{Lu}][\\p{Ll}]');
const STARTS_LOWER = new LetterPattern('^[\\p{Ll}]');
const BULLET = /^\s*[•\-*–·○▪►\uF0B7]/u;
const MIN_SEQUENCE = 3;

export function layoutLines(input: LayoutInput): Map<number, LayoutLine> {
  const { lines } = input;
  const out = new Map<number, LayoutLine>();

  const declared = new Map<number, number>();
  input.headingLines.forEach((line, k) => declared.set(line, input.headingLevels?.[k] ?? 0));
  // A bold line or a table label is a heading in some documents and a value in others
  // ("**Helsingin yliopisto**" under "Rekisterinpitäjä"). Where the document has no declared
  // headings and sets at least three lines that name a section in bold ("**Mitä tietoja
  // keräämme?**"), bold is its heading style.
  const bold = [...declared].filter(([, level]) => level === 0).map(([line]) => line);
  const boldIsStyle = bold.length === declared.size && bold.filter((l) => input.names(l)).length >= MIN_SEQUENCE;
  for (const [line, level] of declared) {
    if (!headingShaped(lines[line], level > 0 ? MAX_DECLARED_WORDS : MAX_WORDS, level > 0)) continue;
    if (level === 0 && (listIntro(lines, line) || input.readsAsSentence(lines[line]))) continue;
    if (level > 0) out.set(line, { evidence: 'strong', kind: 'declared', level });
    else
      out.set(line, {
        evidence: boldIsStyle ? (followedByParagraph(lines, line) ? 'strong' : 'named') : 'weak',
        kind: 'bold',
        level: null,
      });
  }

  // The numbering's own levels: 4 above 4.1, so an unnamed 4.1 belongs to section 4.
  const sequence = numberingSequence(input);
  for (const line of sequence) {
    if (!out.has(line)) out.set(line, { evidence: 'strong', kind: 'numbered', level: declared.size ? null : 1 });
  }
  if (sequence.length && declared.size === 0) {
    const numbers = new Set(sequence.map((line) => Number(TOP_NUMBER.exec(lines[line])![1])));
    lines.forEach((line, i) => {
      const m = SUB_NUMBER.exec(line);
      if (m && numbers.has(Number(m[1])) && !out.has(i) && headingShaped(line.slice(m[0].length), MAX_WORDS)) {
        out.set(i, { evidence: 'strong', kind: 'numbered', level: 2 });
      }
    });
  }

  // Short lines set apart by a blank line, followed by a paragraph. Where the document's
  // own catalogue headings are laid out so (and it has no numbering or declared headings),
  // that is its heading style and such a line is a heading of its own ("Määritelmät");
  // elsewhere it must name a section ("Evästeiden käyttö" under "13. Evästeet").
  const apart: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (setApart(lines, i, input.pdf) && !listIntro(lines, i, input.pdf) && !input.readsAsSentence(lines[i]))
      apart.push(i);
  }
  const styleLines = apart.filter((i) => input.catalogueHeadings.has(i));
  const apartIsStyle = styleLines.length >= MIN_SEQUENCE && out.size === 0;
  for (const i of apart) {
    if (out.has(i) || !followedByParagraph(lines, i)) continue;
    out.set(i, { evidence: apartIsStyle ? 'strong' : 'weak', kind: 'apart', level: null });
  }
  return out;
}

/** A line that could be a heading: short, no sentence inside it, not a list item or an address. */
export function headingShaped(line: string | undefined, maxWords = MAX_WORDS, declared = false): boolean {
  if (!line) return false;
  const text = line.split('\t')[0].trim();
  if (!text || BULLET.test(text)) return false;
  if (!declared && (text.length > 120 || /[.;,]$/.test(text))) return false;
  if (/@|https?:|www\./i.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > maxWords) return false;
  // "Rekisterinpitäjän yksikkö: Tietojenkäsittelytieteen osasto" is a label and its value.
  if (!declared && LABEL_VALUE.test(text)) return false;
  // A full stop between two words is a sentence, not a heading ("Henkilötiedot. Rekisteri …").
  // (Written with a look-behind: `\p{L}{3}\.` leading an unanchored search takes V8 10–30 ms to
  // compile, a tenth of a cold start; the look-behind form matches the same lines in 2 ms.)
  if (!declared && STOP_BETWEEN_WORDS.test(text)) return false;
  return THREE_LETTERS.test(text);
}

function setApart(lines: string[], i: number, pdf = false): boolean {
  const line = lines[i];
  if (!line.trim() || line.includes('\t')) return false;
  // PDF text keeps no blank lines; a paragraph's last line ends its sentence.
  if (i > 0 && lines[i - 1].trim() !== '' && !(pdf && /[.:!?]\s*$/.test(lines[i - 1]))) return false;
  const text = line.trim();
  if (!STARTS_UPPER.test(text) || TOP_NUMBER.test(text)) return false;
  if (!headingShaped(line, 10)) return false;
  if (/\d{3,}/.test(text)) return false; // an address or a phone number
  // Finnish headings capitalise their first word only: "Rekisterinpitäjä Lapin
  // ammattikorkeakoulu Oy" is a label run into a name.
  const capitalised = CAPITALISED.for(text);
  const names = text
    .split(/\s+/)
    .slice(1)
    .filter((w) => capitalised.test(w));
  if (names.length >= 2) return false;
  return followedByParagraph(lines, i) || nextIsBlankThenText(lines, i);
}

/** "Käsittelemme seuraavia tietoja:" above a list introduces the list; it is not a heading. */
function listIntro(lines: string[], i: number, pdf = false): boolean {
  if (!/:\s*(?:\*\*)?\s*$/.test(lines[i])) return false;
  // PDF text keeps no blank lines: there only a bullet below tells a list.
  if (!pdf && (lines[i + 1]?.trim() ?? '') !== '') return true;
  let j = i + 1;
  while (j < lines.length && lines[j].trim() === '') j++;
  return j < lines.length && BULLET.test(lines[j]);
}

function nextIsBlankThenText(lines: string[], i: number): boolean {
  return lines[i + 1]?.trim() === '' && (lines[i + 2]?.trim() ?? '') !== '';
}

/** The next non-blank line reads as running text or a list: the line above introduced it. */
function followedByParagraph(lines: string[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j].trim() === '') j++;
  const next = lines[j]?.trim();
  if (!next) return false;
  // A line that goes on in lower case below is a sentence wrapped by the layout (PDF text).
  if (STARTS_LOWER.test(next)) return false;
  // Not a block of short lines: "Esimerkkienergia Oy" above "Y-tunnus: …" is a name and an address.
  return /[.:!?)]$/.test(next) || next.length >= 50 || BULLET.test(next);
}

/**
 * The longest run of lines numbered 1, 2, 3 … in order (gaps allowed between them) that
 * looks like the document's headings: at least three, each heading-shaped, and at least
 * two of them naming a section, so that a numbered list of items inside a section is not
 * taken for the headings.
 */
function numberingSequence(input: LayoutInput): number[] {
  const { lines } = input;
  const numbered: { line: number; n: number }[] = [];
  lines.forEach((line, i) => {
    const m = TOP_NUMBER.exec(line);
    if (!m) return;
    const rest = line.slice(m[0].length);
    if (headingShaped(rest, MAX_WORDS) || /\?\s*$/.test(rest)) numbered.push({ line: i, n: Number(m[1]) });
  });
  // Longest chain n, n+1, n+2 … in document order, in one pass: the best chain ending in
  // number n extends the best chain ending in n-1 seen before it.
  type Link = { length: number; line: number; prev: Link | null };
  const endingIn = new Map<number, Link>();
  let top: Link | null = null;
  for (const { line, n } of numbered) {
    const before = endingIn.get(n - 1);
    const link: Link = { length: (before?.length ?? 0) + 1, line, prev: before ?? null };
    const here = endingIn.get(n);
    if (!here || link.length > here.length) endingIn.set(n, link);
    if (!top || link.length > top.length) top = link;
  }
  const best: number[] = [];
  for (let l = top; l; l = l.prev) best.unshift(l.line);
  if (best.length < MIN_SEQUENCE) return [];
  const naming = best.filter((line) => input.names(line)).length;
  return naming >= 2 ? best : [];
}
