/** Offsets <-> 1-based line/column, shared by every stage that reports a place. */

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line index of an offset (binary search). */
export function lineIndexAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionAt(lineStarts: number[], offset: number): { line: number; column: number } {
  const idx = lineIndexAt(lineStarts, offset);
  return { line: idx + 1, column: offset - lineStarts[idx] + 1 };
}

/** The index of the last of `ranges` (sorted, tiling the text) that starts at or before `at`; 0 when none does. */
export function rangeIndexAt(ranges: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ranges[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
