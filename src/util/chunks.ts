/**
 * Output as a sequence of strings (chunks) instead of one string: a report of a big notice
 * can be written piece by piece, so no report has to fit in V8's largest string (about
 * 512 M characters) or be held whole in memory. Renderers stay pure functions of their
 * input; they just return an iterable of strings. A caller that wants one string joins it.
 */

/** Chunk sizes in characters: above this a piece of text is cut (see `sliced`). */
export const SLICE = 64 * 1024;

/**
 * Small chunks gathered into pieces of about `size` characters, each made flat (one
 * block of characters, not a tree of the small strings it was added up from): a page of
 * a million tags is then a few hundred strings for the garbage collector to keep track
 * of, not millions.
 */
export function* batched(chunks: Iterable<string>, size = SLICE): Generator<string> {
  let batch = '';
  for (const c of chunks) {
    // a batch is never longer than `size` or than the one chunk in it
    if (batch !== '' && batch.length + c.length > size) {
      flatten(batch);
      yield batch;
      batch = '';
    }
    batch += c;
  }
  if (batch !== '') yield batch;
}

/** V8 makes a string built with `+=` flat the first time a character of it is read. */
function flatten(s: string): void {
  void s.charCodeAt(0);
}

/** All chunks as one string (the library API and the tests want the whole text). */
export function joinChunks(chunks: Iterable<string>): string {
  const parts: string[] = [];
  for (const c of chunks) parts.push(c);
  return parts.join('');
}

/**
 * A long text as slices of at most about `size` characters, each cut between two code
 * points: a surrogate pair is never split, because a writer encodes each chunk to UTF-8
 * on its own and half a pair would become U+FFFD.
 */
export function* sliced(text: string, size = SLICE): Generator<string> {
  if (text.length <= size) {
    if (text !== '') yield text;
    return;
  }
  for (let a = 0; a < text.length;) {
    let b = Math.min(text.length, a + size);
    if (b < text.length && isHighSurrogate(text.charCodeAt(b - 1))) b++;
    yield text.slice(a, b);
    a = b;
  }
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** `items` each rendered to chunks, with `separator` between two (Array#join, as chunks). */
export function* joined<T>(
  items: Iterable<T>,
  render: (item: T, index: number) => Iterable<string> | string,
  separator = '',
): Generator<string> {
  let k = 0;
  for (const item of items) {
    if (k > 0 && separator !== '') yield separator;
    const out = render(item, k++);
    if (typeof out === 'string') yield out;
    else yield* out;
  }
}

/**
 * `JSON.stringify(value, null, 2)` as chunks, byte for byte: arrays and objects down to
 * `depth` levels are written item by item; anything deeper is one `JSON.stringify` of its
 * own (a finding, a SARIF result), indented to its place. A JSON string never holds a raw
 * line break, so indenting after every "\n" of the nested text is exact.
 */
export function* stringifyChunks(value: unknown, depth = 4, level = 0): Generator<string> {
  const json = toJson(value);
  // an array of plain values (a row of the similarity matrix) is one chunk, not one per number
  if (
    level >= depth ||
    json === null ||
    typeof json !== 'object' ||
    (Array.isArray(json) && json.every((x) => x === null || typeof x !== 'object'))
  ) {
    const text = JSON.stringify(json, null, 2) as string | undefined;
    // undefined, a function or a symbol at the top is no JSON at all (JSON.stringify gives undefined)
    if (text === undefined) return;
    yield level === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(level)}`);
    return;
  }
  const pad = '  '.repeat(level + 1);
  const close = '  '.repeat(level);
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < json.length; i++) {
      yield pad;
      // in an array, what JSON cannot hold is null
      if (isSkipped(json[i])) yield 'null';
      else yield* stringifyChunks(json[i], depth, level + 1);
      yield i < json.length - 1 ? ',\n' : '\n';
    }
    yield `${close}]`;
    return;
  }
  const record = json as Record<string, unknown>;
  // in an object, a key whose value JSON cannot hold is left out
  const keys = Object.keys(record).filter((k) => !isSkipped(record[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${pad}${JSON.stringify(keys[i])}: `;
    yield* stringifyChunks(record[keys[i]], depth, level + 1);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${close}}`;
}

function toJson(value: unknown): unknown {
  const v = value as { toJSON?: (key: string) => unknown } | null;
  return v !== null && typeof v === 'object' && typeof v.toJSON === 'function' ? v.toJSON('') : value;
}

function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
