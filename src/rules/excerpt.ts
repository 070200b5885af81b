/** The words around a finding, on its own line, short enough to read at a glance. */
const CONTEXT = 40;
/** A finding that spans a whole long line (a 6 MB one-line text) still gets a short excerpt. */
const MAX_MATCH = 160;

/**
 * The excerpt of `text` around [start, end). `line` is the [start, end) of the line that
 * holds `start` (its end is the offset of its `\n`, or text.length); the engine passes it
 * from the notice's line starts, so that no finding scans its line: on a 50 MB one-line
 * notice with many findings that scan was quadratic. Every scan here stays inside the
 * window of at most 2 × CONTEXT + MAX_MATCH characters.
 */
export function excerptAt(text: string, start: number, end: number, line?: readonly [number, number]): string {
  const lineStart = line ? line[0] : text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = line ? line[1] : text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const stop = Math.min(Math.max(end, start), lineEnd, start + MAX_MATCH);
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, stop + CONTEXT);
  // Cut at word boundaries so the excerpt never starts or ends mid-word.
  if (from > lineStart) {
    let space = from;
    while (space < start && text[space] !== ' ') space++;
    if (space < start) from = space + 1;
  }
  if (to < lineEnd) {
    let space = to;
    while (space > stop && text[space] !== ' ') space--;
    if (space > stop) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}
