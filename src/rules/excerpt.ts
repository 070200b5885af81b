/** The words around a finding, on its own line, short enough to read at a glance. */
const CONTEXT = 40;
/** A finding that spans a whole long line (a 6 MB one-line text) still gets a short excerpt. */
const MAX_MATCH = 160;

export function excerptAt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const stop = Math.min(Math.max(end, start), lineEnd, start + MAX_MATCH);
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, stop + CONTEXT);
  // Cut at word boundaries so the excerpt never starts or ends mid-word.
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > stop) to = space;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}
