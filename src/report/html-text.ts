/**
 * The notice text of one segment in the HTML report, line by line, each finding's range
 * wrapped in <mark>, as chunks. Ranges may overlap: the text is cut at every range end
 * and line start, and each piece is marked with the most severe finding covering it. A
 * finding with an empty range gets a marker.
 *
 * Linear in the text and the findings: one sweep over the sorted cuts with the findings
 * open at each (not every finding at every cut), a PDF line's number on its page looked
 * up (not counted back to the page start for every line), and a long line written in
 * slices, so no chunk grows with the notice.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../model/finding.js';
import { SLICE, sliced } from '../util/chunks.js';
import { esc } from '../util/html.js';
import type { Messages } from './messages/index.js';
import type { ReportSegment } from './types.js';

export interface Placed {
  finding: Finding;
  /** index in file.findings: ids `f<file>-<n>` (list item) and `m<file>-<n>` (mark) */
  n: number;
}

interface Span {
  a: number;
  b: number;
  n: number;
  severity: Severity;
  message: string;
}

/** How a file's lines are numbered in the report. */
export interface LineNumbers {
  /** PDF: the 1-based page of each line of the text; null for other formats */
  linePages: number[] | null;
  /** PDF: each line's number on its page (`pageLineNumbers`); null for other formats */
  pageLines: number[] | null;
  /** a PDF whose pages the report was not given: its lines are not numbered (numbers through the whole document would contradict the findings' "s. 3, rivi 2") */
  unnumbered: boolean;
}

/** Each line's number on its page, for all lines at once (line n is entry n - 1). */
export function pageLineNumbers(linePages: number[]): number[] {
  const out = new Array<number>(linePages.length);
  for (let k = 0; k < linePages.length; k++) out[k] = k > 0 && linePages[k - 1] === linePages[k] ? out[k - 1] + 1 : 1;
  return out;
}

/** `placed`: the segment's findings in order of start. */
export function* renderText(
  text: string,
  seg: ReportSegment,
  placed: Placed[],
  i: number,
  numbers: LineNumbers,
  w: Messages['html'],
): Generator<string> {
  const cuts = new Set<number>([seg.start, seg.end]);
  for (let p = text.indexOf('\n', seg.start); p !== -1 && p < seg.end - 1; p = text.indexOf('\n', p + 1))
    cuts.add(p + 1);
  const spans: Span[] = placed.map(({ finding, n }) => {
    const a = Math.max(seg.start, Math.min(finding.range[0], seg.end));
    const b = Math.max(a, Math.min(finding.range[1], seg.end));
    cuts.add(a);
    cuts.add(b);
    return { a, b, n, severity: finding.severity, message: finding.message };
  });
  const points = [...cuts].sort((x, y) => x - y);
  const anchored = new Set<number>();
  let next = 0; // first span not yet opened
  let open: Span[] = []; // spans covering the current piece, in placed order
  let line = ''; // the current line's content not yet written
  let opened = false; // the current line's <span> is written
  let written = 0; // lines written
  let lineNo = seg.startLine;
  let lineStarted = seg.start === 0 || text[seg.start - 1] === '\n';
  const { linePages, pageLines, unnumbered } = numbers;
  const pageOf = (n: number) => (linePages ? (linePages[n - 1] ?? null) : null);
  // a marker where a PDF page begins, and the line's opening tag with its number
  const lineStart = (): string => {
    const page = lineStarted ? pageOf(lineNo) : null;
    const mark =
      page !== null && (lineNo === 1 || pageOf(lineNo - 1) !== page || lineNo === seg.startLine)
        ? `<span class="pagemark" role="separator">${esc(w.page(page))}</span>`
        : '';
    const n = page !== null && pageLines ? pageLines[lineNo - 1] : lineNo;
    return `${mark}<span class="line"${lineStarted && !unnumbered ? ` data-n="${n}"` : ''}>`;
  };
  // What is written of a line so far goes out once it is a slice long: a 50 MB line is not one string.
  const spill = (): string | null => {
    if (line.length < SLICE) return null;
    const out = opened ? line : lineStart() + line;
    opened = true;
    line = '';
    return out;
  };
  const flush = (): string => {
    const out = `${opened ? '' : lineStart()}${line}</span>`;
    line = '';
    opened = false;
    written++;
    return out;
  };
  for (let k = 0; k < points.length; k++) {
    const a = points[k];
    if (open.length > 0) open = open.filter((sp) => sp.b > a);
    for (; next < spans.length && spans[next].a === a; next++) {
      const sp = spans[next];
      if (sp.b > sp.a) open.push(sp);
      else {
        line += `<mark class="point sev-${sp.severity}" id="m${i}-${sp.n}" title="${esc(sp.message)}">⟂</mark>`;
        anchored.add(sp.n);
      }
    }
    if (k === points.length - 1) break;
    const b = points[k + 1];
    const endsLine = b > a && text.charCodeAt(b - 1) === 10;
    const pieceEnd = endsLine ? b - 1 : b;
    if (open.length > 0 && pieceEnd > a) {
      const worst = open.reduce((x, y) => (SEVERITY_RANK[y.severity] > SEVERITY_RANK[x.severity] ? y : x));
      const first = open.find((sp) => !anchored.has(sp.n));
      if (first) anchored.add(first.n);
      // Later findings starting here get their anchor on an empty mark, so every finding can be linked to.
      for (const sp of open) {
        if (sp === first || sp.a !== a || anchored.has(sp.n)) continue;
        anchored.add(sp.n);
        line += `<mark class="anchor" id="m${i}-${sp.n}"></mark>`;
      }
      const title = open.map((sp) => sp.message).join('\n');
      line += `<mark class="sev-${worst.severity}"${first ? ` id="m${i}-${first.n}"` : ''} title="${esc(title)}">`;
    }
    for (const part of sliced(text.slice(a, pieceEnd))) {
      line += esc(part);
      const out = spill();
      if (out !== null) yield out;
    }
    if (open.length > 0 && pieceEnd > a) line += '</mark>';
    if (endsLine) {
      yield flush();
      lineNo++;
      lineStarted = true;
    }
  }
  if (opened || line !== '' || written === 0) yield flush();
}
