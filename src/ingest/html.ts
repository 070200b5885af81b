import { Parser } from 'htmlparser2';

export interface HtmlLines {
  /** Lines joined by LF; blank lines separate blocks, as in the seed notices. */
  text: string;
  /** 0-based indices of lines the markup marked as headings. */
  headingLines: number[];
  /** level of each of headingLines: 1..6 for <h1>..<h6>, 0 for a bold-only paragraph or a table label cell */
  headingLevels: number[];
}

interface Line {
  text: string;
  heading: boolean;
  /** 1..6 inside <h1>..<h6>, else 0 */
  level?: number;
  li: boolean;
  group: number;
}

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'title', 'svg', 'iframe', 'object']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'body',
  'html',
  ...HEADINGS,
]);
const BOLD = new Set(['strong', 'b']);
/** Nested lists deeper than this are indented no further. */
const MAX_LIST_INDENT = 8;
/** A bold paragraph longer than this is emphasis, not a heading. */
const MAX_BOLD_HEADING_WORDS = 12;

/**
 * HTML → one line per block, keeping the structure the segmenter needs: heading
 * lines, `• ` list items, and two-column tables as `label<TAB>content` (the
 * segmenter reads the text before a line's first TAB as a heading candidate).
 */
export function htmlToLines(html: string): HtmlLines {
  const top: Line[] = [];
  const targets: Line[][] = [top];
  const rows: Line[][][] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let buf = '';
  let sawPlain = false;
  let sawBold = false;
  let skipDepth = 0;
  let headingDepth = 0;
  let headingLevel = 0;
  let boldDepth = 0;
  let preDepth = 0;
  let liPrefix: string | null = null;
  let liIndent = '';
  let group = 0;

  const target = (): Line[] => targets[targets.length - 1];

  const emit = (line: Line): void => {
    const out = target();
    const prev = out[out.length - 1];
    // Blank lines only between top-level blocks; consecutive list items stay together.
    if (out === top && prev && prev.text !== '' && prev.group !== line.group && !(prev.li && line.li)) {
      out.push({ text: '', heading: false, li: false, group: line.group });
    }
    out.push(line);
  };

  const flush = (collapse = true): void => {
    const text = collapse ? buf.replace(/[ \t\n\r\f]+/g, ' ').trim() : buf.replace(/\s+$/, '');
    const boldOnly = sawBold && !sawPlain;
    buf = '';
    sawPlain = sawBold = false;
    if (text === '') return;
    const inList = lists.length > 0;
    let prefix = '';
    if (liPrefix !== null) {
      prefix = liPrefix;
      liPrefix = null;
    } else if (inList) {
      prefix = liIndent;
    }
    const words = text.split(' ').length;
    const heading = headingDepth > 0 || (boldOnly && !inList && words <= MAX_BOLD_HEADING_WORDS);
    emit({ text: prefix + text, heading, level: headingDepth > 0 ? headingLevel : 0, li: inList, group });
  };

  const emitRow = (cells: Line[][]): void => {
    group++;
    const texts = cells.map((c) => c.map((l) => l.text).filter((t) => t !== ''));
    if (cells.length === 1) {
      for (const l of cells[0]) emit({ ...l, group });
    } else if (cells.length === 2) {
      const left = texts[0].join(' ');
      const right = cells[1].filter((l) => l.text !== '');
      if (left === '') {
        for (const l of right) emit({ ...l, heading: false, group });
      } else {
        emit({ text: `${left}\t${right[0]?.text ?? ''}`, heading: true, li: false, group });
        for (const l of right.slice(1)) emit({ ...l, heading: false, group });
      }
    } else if (cells.length > 2) {
      emit({ text: texts.map((t) => t.join(' ')).join('\t'), heading: false, li: false, group });
    }
    group++;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIP.has(name)) {
          if (SKIP.has(name)) skipDepth++;
          return;
        }
        if (name === 'br') {
          flush(preDepth === 0);
          return;
        }
        if (BOLD.has(name)) boldDepth++;
        if (!BLOCKS.has(name)) return;
        flush(preDepth === 0);
        group++;
        if (HEADINGS.has(name)) {
          headingDepth++;
          headingLevel = Number(name[1]);
        } else if (name === 'pre') preDepth++;
        else if (name === 'ul' || name === 'ol') {
          const start = Number.parseInt(attribs.start ?? '1', 10);
          lists.push({ ordered: name === 'ol', n: Number.isFinite(start) ? start - 1 : 0 });
        } else if (name === 'li') {
          const list = lists[lists.length - 1] ?? { ordered: false, n: 0 };
          // Indentation shows nesting up to a point: 100,000 nested lists must not make lines of 200,000 spaces.
          const indent = '  '.repeat(Math.min(MAX_LIST_INDENT, Math.max(0, lists.length - 1)));
          list.n++;
          const marker = list.ordered ? `${list.n}. ` : '• ';
          liPrefix = indent + marker;
          liIndent = indent + ' '.repeat(marker.length);
        } else if (name === 'tr') rows.push([]);
        else if (name === 'td' || name === 'th') targets.push([]);
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (preDepth > 0 && text.includes('\n')) {
          const parts = text.split('\n');
          parts.forEach((part, i) => {
            buf += part;
            if (i < parts.length - 1) flush(false);
          });
        } else {
          buf += text;
        }
        if (/\S/.test(text)) {
          if (boldDepth > 0) sawBold = true;
          else sawPlain = true;
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (SKIP.has(name)) skipDepth--;
          return;
        }
        if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
        if (!BLOCKS.has(name)) return;
        flush(preDepth === 0);
        group++;
        if (HEADINGS.has(name)) headingDepth = Math.max(0, headingDepth - 1);
        else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        else if (name === 'ul' || name === 'ol') lists.pop();
        else if (name === 'li') liPrefix = null;
        else if ((name === 'td' || name === 'th') && targets.length > 1) {
          const cell = targets.pop() as Line[];
          const row = rows[rows.length - 1];
          if (row) row.push(cell);
          else for (const l of cell) emit({ ...l, group });
        } else if (name === 'tr') {
          const cells = rows.pop();
          if (cells) emitRow(cells);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  linearStacks(parser);
  parser.write(html);
  parser.end();
  flush();
  // Content of cells left open by broken markup is still content.
  while (targets.length > 1) {
    const cell = targets.pop() as Line[];
    for (const l of cell) emit(l);
  }

  const headingLines: number[] = [];
  const headingLevels: number[] = [];
  top.forEach((l, i) => {
    if (!l.heading) return;
    headingLines.push(i);
    headingLevels.push(l.level ?? 0);
  });
  return { text: top.map((l) => l.text).join('\n'), headingLines, headingLevels };
}

/**
 * htmlparser2's Parser keeps its open elements top first in an array and adds each
 * with `unshift`, which moves the whole array: 200,000 nested `<div>` took 24 s. This
 * stack offers what the Parser uses of it (`length`, `[0]`, `shift`, `unshift`,
 * `indexOf`) with the top at the end of a plain array, so each step is O(1) amortised
 * (`indexOf` of a name that is not open is O(1) too, by a count per name).
 */
class TopFirstStack<T> {
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    while (this.items.length > n) this.shift();
  }

  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(item: T): number {
    this.items.push(item);
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    return this.items.length;
  }

  shift(): T | undefined {
    const item = this.items.pop();
    if (item !== undefined) this.counts.set(item, this.counts.get(item)! - 1);
    return item;
  }

  /** Distance from the top of the nearest `item`, or -1. */
  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1;
    for (let k = this.items.length - 1; k >= 0; k--) if (this.items[k] === item) return this.items.length - 1 - k;
    return -1;
  }

  /** Top first, as the Parser's array was. */
  toArray(): T[] {
    return [...this.items].reverse();
  }
}

/**
 * Gives the parser the linear stacks above. At the end of the document the Parser
 * closes what is still open by index (`stack[1]`, `stack[2]` …): just before that, the
 * stack becomes a plain top-first array again. If a future htmlparser2 keeps its
 * stack differently, the parser is left as it is.
 */
function linearStacks(parser: Parser): void {
  const p = parser as unknown as { stack?: unknown; foreignContext?: unknown; onend?: () => void };
  if (!Array.isArray(p.stack) || !Array.isArray(p.foreignContext) || typeof p.onend !== 'function') return;
  const stack = new TopFirstStack<string>();
  for (const name of [...p.stack].reverse()) stack.unshift(name as string);
  const foreign = new TopFirstStack<boolean>();
  for (const f of [...p.foreignContext].reverse()) foreign.unshift(f as boolean);
  p.stack = stack;
  p.foreignContext = foreign;
  const onend = p.onend;
  p.onend = function (this: typeof p) {
    p.stack = stack.toArray();
    p.foreignContext = foreign.toArray();
    onend.call(this);
  };
}
