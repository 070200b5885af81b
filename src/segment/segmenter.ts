/**
 * Splits normalised notice text into segments by canonical section.
 *
 * Every layout of the seeds is one of: a heading on its own line (000), a table
 * row "heading<TAB>content" (001, 002), a heading wrapped over several lines or
 * table rows (002, 001 "Säännönmukaiset / tietolähteet"), a numbered heading
 * (003, 004), a heading the source marked as such (DOCX, HTML, Markdown), or an
 * empty heading glued to the next by PDF extraction (000). The segments tile the
 * text: concatenated in order they give it back unchanged.
 */
import type { Extracted, Segment } from '../model/notice.js';
import { lineIndexAt } from '../util/position.js';
import type { ConceptClassifier } from './concepts.js';
import type { HeadingMatcher, HeadingPart } from './heading-matcher.js';
import { layoutLines } from './layout.js';
import { LetterPattern } from './letters.js';

/** What the matcher says of a text: its heading parts, or where a word ruled it out. */
type Matched = ReturnType<HeadingMatcher['matchOrRefuse']>;

const MAX_WRAP_LINES = 6;
const MAX_HEADING_CHARS = 200;
/** A document with this many numbered (or source-marked) catalogue headings uses that style throughout. */
const STYLE_THRESHOLD = 3;

const TAG = /<[^>]*>/g;
const NUMBERING = /^(\s*)((?:\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+))|(?:[IVX]{1,4}\.\s+))(?=\S)/u;
const STARTS_UPPER = new LetterPattern('^\\s*[\\p{Lu}\\p{N}]');
/** where a label may end: before a capital or a digit; after a letter and a colon (see letters.ts) */
const BEFORE_CAPITAL = new LetterPattern('\\s+(?=[\\p{Lu}\\p{N}])', 'g');
const AFTER_COLON = new LetterPattern('(?<=[\\p{L}]:)\\s+(?=\\S)', 'g');
const BULLET = /^\s*[•\-*–·○▪►]/u;

interface Piece {
  line: number;
  /** text offered to the matcher: tags and numbering blanked out, offsets kept */
  text: string;
  /** absolute offset of text[0] */
  offset: number;
  isCell: boolean;
  numbered: boolean;
  marked: boolean;
}

interface Boundary {
  start: number;
  contentStart: number;
  ids: string[];
  heading: string;
}

export interface Classifiers {
  matcher: HeadingMatcher;
  concepts: ConceptClassifier;
}

export function segmentText(extracted: Extracted, lineStarts: number[], { matcher, concepts }: Classifiers): Segment[] {
  const { text } = extracted;
  const lines = text.split('\n');
  const marked = new Set(extracted.headingLines);
  const pieces = lines.map((line, i) => headPiece(line, i, lineStarts[i], marked.has(i)));

  // Which styles does this document use? Counted on single lines, cheaply.
  let numberedHits = 0;
  let markedHits = 0;
  const catalogueHeadings = new Set<number>();
  // each line's own verdict, kept: matchAt asks it again as the shortest run from that line
  const alone = new Map<number, Matched>();
  for (const p of pieces) {
    if (!p) continue;
    const own = matcher.matchOrRefuse(p.text);
    alone.set(p.line, own);
    if (!own.parts) continue;
    catalogueHeadings.add(p.line);
    if (p.numbered) numberedHits++;
    if (p.marked) markedHits++;
  }
  const styled = numberedHits >= STYLE_THRESHOLD || markedHits >= STYLE_THRESHOLD;
  // A plain line that starts in lower case continues a sentence.
  const canStart = (p: Piece) => p.isCell || p.marked || p.numbered || (!styled && STARTS_UPPER.test(p.text));
  // A two-column table rendered to PDF or DOCX loses its tab: "Rekisterin nimi Asiakasrekisteri".
  // Only where that layout clearly runs through the document is a heading read off the start
  // of a line, so that a sentence which opens with a heading word stays a sentence.
  // Any format may run a label into its value with a colon: "Rekisterinpitäjä: Esimerkki Oy",
  // "Käsittelyn tarkoitus: asiakassuhteen hoito". The same rule: only where it runs through.
  const labels = new Map<number, { parts: HeadingPart[]; end: number }>();
  if (!styled) {
    const tableless = extracted.format === 'pdf' || extracted.format === 'docx';
    pieces.forEach((p, i) => {
      if (!p || p.isCell || !STARTS_UPPER.test(p.text)) return;
      const hit = labelAtStart(p, matcher, !tableless);
      if (hit) labels.set(i, hit);
    });
    if (labels.size < STYLE_THRESHOLD) labels.clear();
  }
  // A line's concepts, worked out once: the layout asks whether it names a section, the loop which.
  const named = new Map<number, string[] | null>();
  const classify = (i: number): string[] | null => {
    if (!named.has(i)) named.set(i, concepts.classify(pieces[i]!.text.trim()));
    return named.get(i)!;
  };
  const layout = layoutLines({
    lines,
    pdf: extracted.format === 'pdf',
    headingLines: extracted.headingLines,
    headingLevels: extracted.headingLevels,
    catalogueHeadings,
    names: (i) => catalogueHeadings.has(i) || (pieces[i] !== null && classify(i) !== null),
    readsAsSentence: (line) => concepts.readsAsSentence(line),
  });
  const firstText = lines.findIndex((l) => l.trim() !== '');

  const boundaries: Boundary[] = [];
  let currentIds: string[] = ['preamble'];
  /** declared headings above the current line: a deeper one without a name of its own belongs to its parent */
  const parents: { level: number; ids: string[] | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = pieces[i];
    if (!first) continue;
    const evidence = layout.get(i);
    const label = labels.get(i);
    // In a tab-less table a wrapped label is tried first: its first line alone may look like a
    // heading of its own ("Henkilötietojen" above "säilyttämisaika 10 vuotta …").
    const found = canStart(first)
      ? label && /:\s*$/.test(first.text.slice(0, label.end))
        ? labelAsHeading(first, label) // "Rekisteröidyn oikeudet: tarkastusoikeus, …": the label, then its value
        : ((labels.size ? wrappedLabel(pieces, i, matcher) : null) ??
          matchAt(pieces, i, matcher, alone) ??
          (label ? labelAsHeading(first, label) : null))
      : null;
    if (!found && !evidence) continue;

    if (evidence?.level != null) {
      while (parents.length && parents[parents.length - 1].level >= evidence.level) parents.pop();
    }
    const parent = evidence?.level != null ? (parents[parents.length - 1]?.ids ?? null) : null;

    let parts: { ids: string[]; start: number; end: number }[];
    let lastLine = i;
    let joined: Joined;
    if (found) {
      ({ parts, lastLine, joined } = found);
    } else {
      const heading = first.text.trim();
      let ids = classify(i);
      // A sub-heading that names no section of its own, or names one outside its parent's,
      // belongs to its parent; under an `other` heading its own name stands.
      const canonicalParent = parent && !parent.includes('other');
      if (parent && (canonicalParent ? !ids || !ids.every((id) => parent.includes(id)) : !ids)) ids = parent;
      // Weak layout (a line set apart, a bold line) with words that name a section: a
      // sub-heading of the section we are in. Another section needs the catalogue's phrases.
      if (ids && evidence!.evidence === 'weak' && !ids.every((id) => currentIds.includes(id))) ids = null;
      if (!ids) {
        // The layout says heading, but nothing names a section: the notice's title stays in
        // the preamble; a strong heading is a section of its own (`other`), any other text.
        const title = i === firstText || concepts.isTitle(heading);
        if (title || evidence!.evidence !== 'strong') {
          if (evidence!.level != null) parents.push({ level: evidence!.level, ids: null });
          continue;
        }
        ids = ['other'];
      }
      joined = join([first]);
      const start = first.text.search(/\S/);
      parts = [{ ids, start, end: first.text.trimEnd().length }];
    }
    if (evidence?.level != null) parents.push({ level: evidence.level, ids: parts[parts.length - 1].ids });
    for (const [k, part] of parts.entries()) {
      // A sub-heading of the section we are in, unless the layout marks it as a heading of its own.
      // A line set apart like a heading and followed by a paragraph is a sub-heading of its own.
      const own = evidence && (evidence.evidence !== 'weak' || evidence.kind === 'apart');
      if (!own && part.ids.every((id) => currentIds.includes(id))) continue;
      const start = k === 0 ? lineStarts[i] : joined.toAbs(part.start);
      boundaries.push({
        start,
        contentStart: joined.toAbs(part.end),
        ids: part.ids,
        heading: cleanHeading(joined.text.slice(part.start, part.end)),
      });
      currentIds = part.ids;
    }
    i = lastLine;
  }
  return tile(text, lineStarts, extracted.linePages, boundaries);
}

/** The longest start of a line that is a whole heading and is followed by a capital or a digit. */
function labelAtStart(
  p: Piece,
  matcher: HeadingMatcher,
  colonOnly = false,
): { parts: HeadingPart[]; end: number } | null {
  const head = p.text.slice(0, MAX_HEADING_CHARS);
  const cuts = colonOnly
    ? [...head.matchAll(AFTER_COLON.for(head))].slice(0, 1).map((m) => m.index!)
    : [...head.matchAll(BEFORE_CAPITAL.for(head))].map((m) => m.index!);
  for (const cut of cuts.reverse()) {
    const parts = matcher.match(p.text.slice(0, cut));
    if (parts && parts.length === 1) return { parts, end: cut };
  }
  return null;
}

/** A table label wrapped over lines whose last line goes on with the content ("Henkilötietojen / säilyttämisaika 10 vuotta …"). */
function wrappedLabel(pieces: (Piece | null)[], i: number, matcher: HeadingMatcher) {
  const run: Piece[] = [];
  let best: { parts: HeadingPart[]; lastLine: number; joined: Joined } | null = null;
  for (let j = i; j < pieces.length && run.length < MAX_WRAP_LINES; j++) {
    const p = pieces[j];
    if (!p || p.isCell || p.numbered) break;
    run.push(p);
    if (run.length < 2) continue;
    // The label may end with the line (content below) or before a capital (content beside it).
    const head = p.text.slice(0, MAX_HEADING_CHARS);
    const cuts = [...head.matchAll(BEFORE_CAPITAL.for(head))].map((m) => m.index!);
    cuts.push(p.text.length);
    for (const cut of cuts.reverse()) {
      const joined = join([...run.slice(0, -1), { ...p, text: p.text.slice(0, cut) }]);
      const parts = matcher.match(joined.text, joined.breaks);
      // The longest label wins: "…tarkoitus. / Onko tietojen antaminen … vaatimus" is one heading.
      if (parts && parts.length === 1) {
        best = { parts, lastLine: p.line, joined };
        break;
      }
    }
  }
  return best;
}

function labelAsHeading(p: Piece, label: { parts: HeadingPart[]; end: number }) {
  const joined = join([{ ...p, text: p.text.slice(0, label.end) }]);
  return { parts: label.parts, lastLine: p.line, joined };
}

function headPiece(line: string, index: number, offset: number, marked: boolean): Piece | null {
  const tab = line.indexOf('\t');
  const isCell = tab > 0 && line.slice(0, tab).trim() !== '';
  let head = isCell ? line.slice(0, tab) : line;
  head = head.replace(TAG, (m) => ' '.repeat(m.length));
  if (!head.trim() || head.length > MAX_HEADING_CHARS || BULLET.test(head)) return null;
  let numbered = false;
  head = head.replace(NUMBERING, (m, lead: string) => {
    numbered = true;
    return lead + ' '.repeat(m.length - lead.length);
  });
  if (!head.trim()) return null;
  return { line: index, text: head, offset, isCell, numbered, marked };
}

interface Joined {
  text: string;
  /** offsets in `text` where a new line begins */
  breaks: number[];
  toAbs(rel: number): number;
  /** how many of the run's lines `text` has reached at offset `rel` (1 for the first line) */
  lineAt(rel: number): number;
}

/** Longest run of 1..4 lines (or table-row cells) that together form a heading. */
function matchAt(
  pieces: (Piece | null)[],
  i: number,
  matcher: HeadingMatcher,
  alone: ReadonlyMap<number, Matched>,
): { parts: HeadingPart[]; lastLine: number; joined: Joined } | null {
  const run: Piece[] = [pieces[i]!];
  const first = pieces[i]!;
  // A wrapped heading starts short and without a full stop; cells may skip blank lines.
  const mayWrap = first.text.trim().length <= 60 && !/:\s*$/.test(first.text);
  if (mayWrap) {
    for (let j = i + 1; j < pieces.length && run.length < MAX_WRAP_LINES; j++) {
      const p = pieces[j];
      if (!p) {
        if (first.isCell) continue;
        break;
      }
      if (p.numbered || (first.isCell && !p.isCell)) break;
      run.push(p);
      if (p.isCell && !first.isCell) break; // the heading ends where the content cell begins
    }
  }
  // Table rows are tried shortest first (each row is normally a whole heading);
  // wrapped lines longest first ("Oikeusperuste ja henkilötietojen" alone would
  // wrongly read as two headings).
  const order = run.map((_, k) => k + 1);
  if (!first.isCell) order.reverse();
  // A run whose first lines already hold a word that rules out a heading cannot be one with
  // more lines after them: those runs are not tried (most lines are body text, refused on
  // their second word). Brackets are blanked out in pairs, which more lines may change.
  const bracketed = run.some((p) => /[()[\]]/.test(p.text));
  let most = run.length;
  for (const k of order) {
    if (k > most) continue;
    const joined = join(run.slice(0, k));
    // (a run of one line is the line's own text, without breaks)
    const { parts, refusedAt } = k === 1 ? alone.get(first.line)! : matcher.matchOrRefuse(joined.text, joined.breaks);
    if (refusedAt >= 0 && !bracketed) most = Math.min(most, joined.lineAt(refusedAt) - 1);
    if (!parts) continue;
    if (k > 1 && parts.length > 1) continue; // a glued heading is a single-line artefact
    return { parts, lastLine: run[k - 1].line, joined };
  }
  return null;
}

function join(run: Piece[]): Joined {
  let text = '';
  const starts: number[] = [];
  for (const p of run) {
    if (text) text += ' ';
    starts.push(text.length);
    text += p.text;
  }
  return {
    text,
    // After a full stop a heading may go on with a sentence of its own ("…tarkoitus. /
    // Onko tietojen antaminen…"), so a phrase may start there.
    breaks: starts.slice(1).filter((_, k) => !/[.?]\s*$/.test(run[k].text)),
    toAbs(rel: number): number {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > rel) k--;
      return run[k].offset + Math.min(rel - starts[k], run[k].text.length);
    },
    lineAt(rel: number): number {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > rel) k--;
      return k + 1;
    },
  };
}

function cleanHeading(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[:.]$/, '');
}

function tile(text: string, lineStarts: number[], linePages: number[] | null, boundaries: Boundary[]): Segment[] {
  const segments: Segment[] = [];
  const make = (ids: string[], heading: string | null, start: number, contentStart: number, end: number): Segment => {
    const startLine = lineIndexAt(lineStarts, start) + 1;
    const endLine = lineIndexAt(lineStarts, Math.max(start, end - 1)) + 1;
    const pages = linePages ? [...new Set(linePages.slice(startLine - 1, endLine))].sort((a, b) => a - b) : [];
    return { ids, heading, start, end, contentStart, startLine, endLine, pages };
  };
  if (text.length === 0) return segments;
  const firstStart = boundaries.length ? boundaries[0].start : text.length;
  if (firstStart > 0) segments.push(make(['preamble'], null, 0, 0, firstStart));
  boundaries.forEach((b, k) => {
    const end = k + 1 < boundaries.length ? boundaries[k + 1].start : text.length;
    segments.push(make(b.ids, b.heading, b.start, Math.min(b.contentStart, end), end));
  });
  return segments;
}
