export interface MarkdownLines {
  text: string;
  headingLines: number[];
  /** level of each of headingLines: 1..6 for `#`/setext headings, 0 for a bold-only line */
  headingLevels: number[];
}

/** Characters a backslash can escape in CommonMark. */
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
/** Escaped characters wait in this private-use range so link/emphasis rules skip them. */
const HOLD = 0xe000;

/**
 * Markdown → plain text, ONE OUTPUT LINE PER SOURCE LINE, so that every line
 * number seloste reports is the line the user sees in the file.
 */
export function markdownToLines(source: string): MarkdownLines {
  const src = source.split('\n');
  const out: string[] = new Array(src.length).fill('');
  const headingLines: number[] = [];
  const levels = new Map<number, number>();
  let i = 0;

  // YAML front matter is metadata, not notice text.
  if (src[0]?.trim() === '---') {
    const end = src.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }

  let fence: string | null = null;
  for (; i < src.length; i++) {
    const line = src[i];
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      else out[i] = line;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    // Setext underline: the line above is the heading.
    if (i > 0 && /^\s{0,3}(=+|-+)\s*$/.test(line) && out[i - 1].trim() !== '' && !isListLine(src[i - 1])) {
      // Lines are visited in order, so the line above can only be the last heading so far.
      if (headingLines[headingLines.length - 1] !== i - 1) headingLines.push(i - 1);
      levels.set(i - 1, line.trim().startsWith('=') ? 1 : 2);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // thematic break
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) continue; // link reference definition
    if (line.includes('|') && TABLE_DELIMITER.test(line)) continue;

    const atx = /^\s{0,3}(#{1,6})(?=\s|$)/.exec(line);
    if (atx) {
      out[i] = inline(atxContent(line.slice(atx[0].length)));
      if (out[i] !== '') {
        headingLines.push(i);
        levels.set(i, atx[1].length);
      }
      continue;
    }
    const bold = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?:\s*(:))?\s*$/.exec(line);
    if (bold && !bold[2].includes(bold[1])) {
      out[i] = inline(bold[2]) + (bold[3] ?? '');
      headingLines.push(i);
      levels.set(i, 0);
      continue;
    }
    out[i] = inline(blockPrefix(line));
  }
  headingLines.sort((a, b) => a - b);
  return { text: out.join('\n'), headingLines, headingLevels: headingLines.map((l) => levels.get(l) ?? 0) };
}

/**
 * `| --- | :---: |`. Written so that no two whitespace runs can share the same spaces:
 * `\s*\|?\s*` backtracks quadratically on a deeply indented line (a 3,000-level list).
 */
const TABLE_DELIMITER = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;

/** The text of an ATX heading after its `#`s, without the optional closing `#` sequence. */
function atxContent(rest: string): string {
  const s = rest.trim();
  let end = s.length;
  while (end > 0 && s[end - 1] === '#') end--;
  // A closing sequence is a run of `#` at the end after a space (or the whole text).
  if (end < s.length && (end === 0 || /\s/.test(s[end - 1]))) return s.slice(0, end).trimEnd();
  return s;
}

function isListLine(line: string): boolean {
  return /^\s*([*+-]|\d+[.)])\s+/.test(line);
}

/** Block quotes, bullets and table pipes; ordered list numbers are content. */
function blockPrefix(line: string): string {
  let s = line.replace(/^(\s{0,3}>\s?)+/, '');
  s = s.replace(/^(\s*)[*+-]\s+(\[[ xX]\]\s+)?/, '$1• ');
  if (/^\s*\|.*\|\s*$/.test(s)) {
    // A Markdown table row: cells become TAB-separated, like an HTML table row.
    s = s
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim())
      .join('\t');
  }
  return s;
}

function inline(text: string): string {
  const held: string[] = [];
  let s = text.replace(ESCAPABLE, (_, ch: string) => {
    held.push(ch);
    return String.fromCharCode(HOLD + held.length - 1);
  });
  s = s
    .replace(/`([^`]+)`/g, '$1')
    // No bracket inside link text and no `**` inside bold: each scan then stops at the next
    // delimiter, so a line of a thousand `[` or `**` costs a thousand steps, not a million.
    .replace(/!?\[([^[\]]*)\]\([^()\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(?=\S)((?:(?!~~).)+?)(?<=\S)~~/g, '$1');
  return s.replace(/[\uE000-\uF8FF]/g, (c) => {
    const k = c.charCodeAt(0) - HOLD;
    return k < held.length ? held[k] : c;
  });
}
