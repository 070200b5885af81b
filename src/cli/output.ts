/**
 * Where the CLI writes: stdout for results, stderr for the one-line problems, and
 * `--output <file>`.
 *
 * A regular file (or a new one) is written atomically (temp file in the same folder +
 * rename) so a reader never sees half a report; missing parent folders are made; a
 * symbolic link is followed and its target replaced, not the link. Anything else — a
 * device such as /dev/null, a pipe, /dev/stdout — is written directly: a rename would
 * replace the device node itself (as root) or fail on a folder the user cannot write.
 * What goes wrong is one line naming the path the user gave, never a temp file.
 * An output that is also an input is refused before anything is read (`refuseInputAsOutput`).
 *
 * A report is written as it is made (`writeChunks`): chunk by chunk, waiting for the file
 * or the pipe to drain, so a report larger than memory or than one string can be written.
 */
import {
  closeSync,
  createWriteStream,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { ownOutput } from '../ingest/sniff.js';
import { CliError, type Lang } from '../model/errors.js';
import { isHighSurrogate } from '../util/chunks.js';
import { oneLine, safeText, terminalGuard } from '../util/terminal.js';
import { inBoth } from '../report/messages/index.js';
import { nodeCrypto } from '../util/lazy-deps.js';
import { nowMs } from '../util/clock.js';
import { addTime } from '../util/timing.js';

const GENERATOR = '<meta name="generator" content="seloste">';

/** An HTML report carries a generator tag, so that seloste knows its own output when it meets it again. */
export function markOwnOutput(text: string): string {
  if (!/^<!DOCTYPE html>\s*<html/i.test(text) || text.includes(GENERATOR)) return text;
  return text.replace(/<head>\n?/i, (head) => `${head}${head.endsWith('\n') ? '' : '\n'}${GENERATOR}\n`);
}

/**
 * `color`: the text carries seloste's own colour codes (they stay on a terminal; without
 * colour every escape sequence is shown escaped). To a terminal, control characters
 * never go raw; to a pipe or a file the text is written as made.
 */
export function writeResult(result: string | Uint8Array, outputFile?: string, _lang: Lang = 'fi', color = false): void {
  // bytes (a workbook) are written as they are; text is marked and guarded
  const text = typeof result === 'string' ? markOwnOutput(result) : result;
  if (outputFile === undefined) {
    if (typeof text !== 'string') {
      process.stdout.write(text);
      return;
    }
    const out = text.endsWith('\n') || text === '' ? text : `${text}\n`;
    process.stdout.write(process.stdout.isTTY ? (color ? terminalGuard(out) : safeText(out)) : out);
    return;
  }
  const out = resolveOutput(outputFile);
  if (out.kind === 'std') {
    // /dev/stdout may be a socket (a parent's pipe), which cannot be opened again: our own stream writes it
    (out.fd === 1 ? process.stdout : process.stderr).write(text);
    return;
  }
  if (out.kind === 'device') {
    try {
      writeFileSync(out.path, text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPIPE') return; // the reader is gone: nothing to say
      out.fail(err);
    }
    return;
  }
  try {
    writeFileSync(out.tmp, text, { flag: 'wx' });
    renameSync(out.tmp, out.target);
  } catch (err) {
    try {
      unlinkSync(out.tmp);
    } catch {
      /* the temp file was never made */
    }
    out.fail(err);
  }
}

type Output = { fail: (err: unknown) => never } & (
  { kind: 'std'; fd: 1 | 2 } | { kind: 'device'; path: string } | { kind: 'file'; target: string; tmp: string }
);

/**
 * Where `--output <file>` goes: our own stdout/stderr, a device or pipe written directly, or a
 * file written atomically (a temp file beside the target, renamed onto it; through a symbolic
 * link to its target; a missing folder is made). A folder or an unreadable path is the user's
 * one line.
 */
function resolveOutput(outputFile: string): Output {
  if (outputFile === '') throw new CliError(EMPTY_OUTPUT);
  const fail = (err: unknown): never => {
    throw new CliError(cannotWrite(outputFile, err), { cause: err });
  };
  // The path as it will be written: `x/../r.json` is r.json even when x does not exist.
  const path = resolve(outputFile);
  let st: Stats | null = null;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') fail(err);
  }
  if (st?.isDirectory()) fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const fd = standardStream(path);
  if (fd !== null) return { kind: 'std', fd, fail };
  if ((st && !st.isFile()) || /^\/(dev|proc)\//.test(path)) return { kind: 'device', path, fail };
  let target: string;
  try {
    target = st ? realpathSync(path) : join(realDir(dirname(path)), basename(path));
  } catch (err) {
    return fail(err);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  return { kind: 'file', target, tmp, fail };
}

/** What is written at once: small chunks are gathered to this many characters first (fewer writes). */
const BATCH = 64 * 1024;
/** The start of a page gathered before it is marked as seloste's own (the generator tag goes after `<head>`). */
const HEAD = 1024;

/**
 * Writes text made as chunks (a formatter's output) where `writeResult` writes a string:
 * stdout, `--output <file>` (atomically: a temp file renamed when the last chunk is
 * written, removed if making the report fails), a device or a pipe. Each write waits for
 * the last to drain, so memory stays at about one batch however long the report is.
 * The written bytes are exactly those `writeResult` writes for the joined text.
 */
export async function writeChunks(
  chunks: Iterable<string> | AsyncIterable<string>,
  outputFile?: string,
  color = false,
): Promise<void> {
  const t0 = nowMs();
  try {
    await writeChunksUntimed(chunks, outputFile, color);
  } finally {
    addTime('(report: formatting and writing)', nowMs() - t0);
  }
}

async function writeChunksUntimed(
  chunks: Iterable<string> | AsyncIterable<string>,
  outputFile: string | undefined,
  color: boolean,
): Promise<void> {
  if (outputFile === undefined) {
    // to a terminal, control characters never go raw (as writeResult)
    const guard = process.stdout.isTTY ? (color ? terminalGuard : safeText) : null;
    try {
      await pump(chunks, process.stdout, { guard, finalNewline: true, end: false });
    } catch (err) {
      if (!readerLeft(err)) throw err;
    }
    return;
  }
  const sink = openSink(outputFile);
  try {
    await pump(chunks, sink.stream, { guard: null, finalNewline: false, end: sink.end });
  } catch (err) {
    sink.abandon();
    if (err instanceof CliError) throw err;
    if (readerLeft(err)) return; // the reader of a pipe is gone: nothing to say
    // an error of the file (no space, …) is the user's to see; anything else is a bug, thrown as it is
    if (
      typeof (err as NodeJS.ErrnoException).code === 'string' &&
      !(err as NodeJS.ErrnoException).code!.startsWith('ERR_')
    )
      throw new CliError(cannotWrite(outputFile, err), { cause: err });
    throw err;
  }
  try {
    sink.commit();
  } catch (err) {
    sink.abandon();
    throw new CliError(cannotWrite(outputFile, err), { cause: err });
  }
}

function readerLeft(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * The generator tag in a page's head: the first kilobyte is held back and marked
 * (markOwnOutput), the rest passes as it comes.
 */
function headMarker(): { next: (chunk: string) => string; end: () => string } {
  let head: string | null = '';
  return {
    next(chunk) {
      if (head === null) return chunk;
      head += chunk;
      if (head.length < HEAD) return '';
      const out = markOwnOutput(head);
      head = null;
      return out;
    },
    end: () => (head ? markOwnOutput(head) : ''),
  };
}

interface PumpOptions {
  guard: ((text: string) => string) | null;
  /** stdout: text that does not end in a line break gets one (as writeResult) */
  finalNewline: boolean;
  /** end the stream when done (a file), or leave it open (stdout) */
  end: boolean;
}

/**
 * Writes the chunks in batches, awaiting 'drain' whenever the stream's buffer is full.
 * A batch never ends between the two halves of a surrogate pair: each batch is encoded
 * to UTF-8 on its own, and half a pair would become U+FFFD.
 */
async function pump(
  chunks: Iterable<string> | AsyncIterable<string>,
  stream: Writable,
  { guard, finalNewline, end }: PumpOptions,
): Promise<void> {
  let failed: Error | null = null;
  const onError = (err: Error) => {
    failed ??= err;
  };
  stream.on('error', onError);
  try {
    let pending = '';
    let last = '';
    // A write returns a promise only when the stream is full: the loop below awaits just then.
    const write = (text: string): Promise<void> | null => {
      if (failed) throw failed;
      if (text === '' || stream.write(guard ? guard(text) : text)) return null;
      return drained(stream).then(() => {
        if (failed) throw failed;
      });
    };
    const marker = headMarker();
    const add = (chunk: string): Promise<void> | null => {
      if (chunk === '') return null;
      last = chunk;
      pending += marker.next(chunk);
      if (pending.length < BATCH) return null;
      // a batch never ends in the first half of a surrogate pair
      const cut = isHighSurrogate(pending.charCodeAt(pending.length - 1)) ? pending.length - 1 : pending.length;
      const text = pending.slice(0, cut);
      pending = pending.slice(cut);
      return write(text);
    };
    // A formatter's chunks come synchronously: no promise per chunk, only a wait when the stream is full.
    if (Symbol.asyncIterator in chunks) {
      for await (const chunk of chunks) await add(chunk);
    } else {
      for (const chunk of chunks) {
        const full = add(chunk);
        if (full) await full;
      }
    }
    pending += marker.end();
    if (finalNewline && last !== '' && !last.endsWith('\n')) pending += '\n';
    await write(pending);
    if (end) await ended(stream);
    if (failed) throw failed;
  } finally {
    stream.off('error', onError);
  }
}

/** Resolves when the stream has drained; rejects on its error; a stream closed before draining ends the wait too (the error, if any, is thrown by the caller). */
function drained(stream: Writable): Promise<void> {
  if (stream.destroyed)
    return Promise.reject(stream.errored ?? Object.assign(new Error('the output was closed'), { code: 'EPIPE' }));
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off('drain', ok);
      stream.off('error', bad);
      stream.off('close', closed);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const bad = (err: Error) => done(err);
    const closed = () => done(stream.errored ?? Object.assign(new Error('the output was closed'), { code: 'EPIPE' }));
    stream.on('drain', ok);
    stream.on('error', bad);
    stream.on('close', closed);
  });
}

/** Ends a file stream and waits until its descriptor is closed (only then may the temp file be renamed). */
function ended(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('close', () => (stream.errored ? reject(stream.errored) : resolve()));
    stream.end();
  });
}

interface Sink {
  stream: Writable;
  /** end the stream when the chunks are written (not stdout or stderr) */
  end: boolean;
  /** the file is complete: a temp file is renamed onto the target */
  commit: () => void;
  /** making the report failed: a temp file is removed, the target stays as it was */
  abandon: () => void;
}

/** Where `--output <file>` is written, decided as writeResult decides it. */
function openSink(outputFile: string): Sink {
  const out = resolveOutput(outputFile);
  const none = () => {};
  if (out.kind === 'std')
    return { stream: out.fd === 1 ? process.stdout : process.stderr, end: false, commit: none, abandon: none };
  // a device or a pipe is written directly; a file through its temp file (opened now, so that a
  // failure to open is the user's one line)
  let handle: number;
  try {
    handle = openSync(out.kind === 'device' ? out.path : out.tmp, out.kind === 'device' ? 'w' : 'wx');
  } catch (err) {
    return out.fail(err);
  }
  const stream = createWriteStream('', { fd: handle });
  if (out.kind === 'device') return { stream, end: true, commit: none, abandon: () => stream.destroy() };
  const { tmp, target } = out;
  const abandon = () => {
    stream.destroy();
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  };
  return { stream, end: true, commit: () => renameSync(tmp, target), abandon };
}

/** 1 for /dev/stdout (and /dev/fd/1, /proc/self/fd/1), 2 for /dev/stderr; else null. */
function standardStream(path: string): 1 | 2 | null {
  const m = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/([12])|proc\/self\/fd\/([12]))$/.exec(path);
  if (!m) return null;
  return m[1] === 'stdout' || m[2] === '1' || m[3] === '1' ? 1 : 2;
}

/** The real path of a folder, made (with its parents) when missing. */
function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dir, { recursive: true });
  return realpathSync(dir);
}

const EMPTY_OUTPUT = inBoth((m) => m.io.emptyPath('-o/--output'));

/** "cannot write <path>: <reason>" in both languages. */
export function cannotWrite(path: string, err: unknown): Record<Lang, string> {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return inBoth((m) =>
    m.io.cannotWrite(oneLine(path), m.io.writeReasons[code] ?? m.io.writeFailed(code || (err as Error).message)),
  );
}

/**
 * Refuses (exit 2) an output file that is one of the inputs — the same file through
 * any path, hard link or symbolic link — so that a result never overwrites a notice.
 * `ownOutputsAllowed`: lint and compare skip a report seloste wrote, so writing over
 * such an input is fine (`lint -o notices/report.html notices`, run twice).
 */
export function refuseInputAsOutput(
  outputFile: string | undefined,
  inputs: readonly string[],
  lang: Lang,
  ownOutputsAllowed = false,
): void {
  if (outputFile === undefined) return;
  if (outputFile === '') throw new CliError(EMPTY_OUTPUT);
  let out: Stats;
  try {
    out = statSync(resolve(outputFile));
  } catch {
    return; // a new file is no input
  }
  if (!out.isFile()) return;
  for (const input of inputs) {
    let st: Stats;
    try {
      st = statSync(resolve(input));
    } catch {
      continue;
    }
    if (st.dev !== out.dev || st.ino !== out.ino) continue;
    if (ownOutputsAllowed && isOwnOutput(resolve(outputFile))) continue;
    const same = resolve(input) === resolve(outputFile) ? '' : ` (${oneLine(input)})`;
    throw new CliError(inBoth((m) => m.io.outputIsInput(oneLine(outputFile), same)));
  }
}

function isOwnOutput(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = new Uint8Array(4096);
      return ownOutput(head.subarray(0, readSync(fd, head, 0, head.length, 0))) !== null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** One line on stderr, `seloste: <line>`, with control characters escaped (one problem is one line). */
export function problem(line: string): void {
  process.stderr.write(`seloste: ${oneLine(line)}\n`);
}
