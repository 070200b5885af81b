/**
 * The one normalisation every format goes through after its adapter. It works line
 * by line and never adds or removes a line, so text/Markdown line numbers still
 * match the file and PDF `linePages` stays aligned.
 */
export function normalise(text: string): string {
  const joined = text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    // Soft hyphen, zero-width space/joiners, word joiner, stray BOM: invisible in the
    // published notice, but they would split words for every rule.
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  // (asked of the whole text once: most texts have no such bullet, and two replaces a line cost)
  const split = joined.split('\n');
  const lines = PRIVATE_USE.test(joined) ? split.map(privateUseBullet) : split;
  const tabSpaced = usesTabsAsWordGaps(lines);
  // trimEnd, not /\s+$/: that regex is tried at every space of a run, quadratic in its length.
  return lines.map((l) => (tabSpaced ? collapseTabGaps(l) : l).trimEnd()).join('\n');
}

/**
 * Word's Symbol-font bullet comes out of PDFs as U+F0B7; other Wingdings bullets
 * land nearby in U+F000–U+F0FF. At the start of a line any of them is a bullet.
 */
const PRIVATE_USE = /[\uF000-\uF0FF]/;

function privateUseBullet(line: string): string {
  return line.replace(/^(\s*)[\uF000-\uF0FF]/, '$1•').replace(/\uF0B7/g, '•');
}

/**
 * Some PDF exporters (seed 002) put a TAB after nearly every word. Only then are tabs
 * spacing; elsewhere (seed 001, HTML/DOCX tables) a TAB is a cell boundary.
 */
function usesTabsAsWordGaps(lines: string[]): boolean {
  let tabGaps = 0;
  for (const l of lines) if (l.includes('\t')) tabGaps += l.match(/\S\t(?=\S)/g)?.length ?? 0;
  // the spaces are counted only when the tabs could be the gaps (a match array per line)
  if (tabGaps < 10) return false;
  let spaceGaps = 0;
  for (const l of lines) spaceGaps += l.match(/\S (?=\S)/g)?.length ?? 0;
  return tabGaps > spaceGaps;
}

/**
 * In a tab-spaced text, a lone TAB between words is a space; a TAB followed by
 * spaces mid-line is where the exporter jumped to the next table cell.
 */
function collapseTabGaps(line: string): string {
  // Only a whole gap between two non-space characters that holds a TAB is rewritten. The
  // look-behind lets a match start only where a gap starts, and a gap is taken whole or not
  // at all, so this is linear (a regex with two [ \t]* around a \t backtracks quadratically
  // on a long run of spaces and tabs); and native, where a loop over every character of the
  // text took 3 ms of a one-notice run in V8's interpreter.
  return line.includes('\t') ? line.replace(TAB_GAP, tabGap) : line;
}

const TAB_GAP = /(?<=\S)[ \t]+(?=\S)/g;

function tabGap(gap: string): string {
  if (!gap.includes('\t')) return gap;
  return gap.length === 1 ? ' ' : '\t';
}
