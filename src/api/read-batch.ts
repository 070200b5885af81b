/**
 * Reads a batch of notices (SPEC §8): text, Markdown and HTML in this thread (they
 * are cheap and the cold start of one text file matters), PDF and DOCX on a pool of
 * worker threads sized to the cores. Every document is read under a hard time limit: a
 * worker that exceeds it is terminated, a read in this thread is interrupted by V8
 * (src/api/deadline.ts), and the file is reported as unreadable ('timeout'); the batch
 * goes on. Each item says how much of its time the read took (`elapsedMs`): the
 * caller's work on the document (segmenting, the rules) gets what is left (`timeLeft`). Results come back in input order, and no more than
 * `maxInFlight` documents are read ahead of the consumer, so memory stays bounded
 * however long the list is.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import {
  extractLight,
  HtmlReaderNotLoaded,
  INGEST_DEFAULTS,
  isHeavyFormat,
  loadHtmlReader,
  readInput,
  type IngestOptions,
} from '../ingest/index.js';
import { unreadable, withLimits } from '../ingest/reasons.js';
import { UnreadableInputError } from '../model/errors.js';
import type { Extracted } from '../model/notice.js';
import { loadCatalogue } from '../segment/index.js';
import { clampTimeout, within } from './deadline.js';
import type { Job, Reply, SerialError } from './worker.js';
import { inBoth } from '../report/messages/index.js';
import { nowMs } from '../util/clock.js';
import { addTime } from '../util/timing.js';
import { nodeOs, workerThreads } from '../util/lazy-deps.js';

/** A notice to read: a path, or bytes already in memory (an editor's buffer, standard input) with a name. */
export type BatchInput = string | { file: string; bytes: Uint8Array };

export interface BatchOptions {
  /** Size, page, DOCX and time limits (`timeoutMs`: per document; 0 = none). */
  limits?: IngestOptions;
  /** Worker threads for PDF/DOCX. Default: the number of cores. */
  workers?: number;
  /** Documents read ahead of the consumer (bounded memory). Default 2 × workers + 2. */
  maxInFlight?: number;
  /** Each time a document has been read (in completion order). */
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Memory cap of one worker's heap, in MB; past it the file is reported 'out-of-memory'.
   * Default 512: a batch runs a worker on each core, and with the PDF and DOCX unpacking
   * guards (src/ingest/pdf.ts, docx.ts) a notice needs far less; the cap is the backstop.
   */
  workerHeapMB?: number;
}

export interface BatchItem {
  file: string;
  extracted?: Extracted;
  /** Why the file could not be read; never any other kind of error. */
  error?: UnreadableInputError;
  /** How long reading it took, in ms (in the worker, or in this thread), of its time limit. */
  elapsedMs?: number;
}

/**
 * What is left of a document's time limit after its read (at least 1 ms, so that the
 * rest of its work is still bounded); 0 when there is no limit.
 */
export function timeLeft(item: Pick<BatchItem, 'elapsedMs'>, timeoutMs: number | undefined): number {
  const limit = clampTimeout(timeoutMs);
  return limit === 0 ? 0 : Math.max(1, limit - (item.elapsedMs ?? 0));
}

/** The time limit per document a batch works under, given its limits (default 30 s, clamped for timers). */
export function timeLimitOf(limits: IngestOptions | undefined): number {
  return clampTimeout(limits?.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

/** Default time limit per document when the config does not set one. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The files, read, in the order given. Stopping the iteration early (break) stops
 * the workers.
 */
export async function* readBatch(files: readonly BatchInput[], opts: BatchOptions = {}): AsyncGenerator<BatchItem> {
  // Node's timers take at most 2^31 - 1 ms; a longer delay would fire at once.
  const timeoutMs = timeLimitOf(opts.limits);
  // PDF lines are rejoined around the catalogue's connectors (`sähkö- ja kaasu…`)
  const limits: IngestOptions = {
    ...opts.limits,
    timeoutMs,
    connectors: opts.limits?.connectors ?? [...loadCatalogue().connectors],
  };
  // One file needs one worker at most: node:os is loaded only for more.
  const size = Math.max(1, opts.workers ?? (files.length <= 1 ? 1 : nodeOs().availableParallelism()));
  const window = Math.max(1, opts.maxInFlight ?? 2 * size + 2);
  const pool = new Pool(size, timeoutMs, opts.workerHeapMB ?? 512);
  const pending: Promise<BatchItem>[] = [];
  let started = 0;
  let done = 0;
  const start = (i: number) => {
    const input = files[i];
    pending[i] = readOneOf(input, limits, pool).then((item) => {
      done++;
      opts.onProgress?.(done, files.length, item.file);
      return item;
    });
  };
  try {
    for (let i = 0; i < files.length; i++) {
      while (started < files.length && started < i + window) start(started++);
      const item = await pending[i];
      delete pending[i];
      yield item;
    }
  } finally {
    await pool.close();
  }
}

async function readOneOf(input: BatchInput, limits: IngestOptions, pool: Pool): Promise<BatchItem> {
  const file = typeof input === 'string' ? input : input.file;
  const timeoutMs = limits.timeoutMs ?? 0;
  try {
    const t0 = nowMs();
    // The bytes of a path are read in full here (bounded by the size limit, not by time).
    let bytes =
      typeof input === 'string' ? await readInput(input, limits.maxBytes ?? INGEST_DEFAULTS.maxBytes) : input.bytes;
    if (bytes.length > (limits.maxBytes ?? INGEST_DEFAULTS.maxBytes)) {
      // (bytes given in memory; a path's are refused while reading)
      const err = unreadable('too-large');
      err.size = bytes.length;
      throw err;
    }
    if (isHeavyFormat(bytes)) {
      // The worker is handed the bytes without a copy: never the caller's own buffer.
      if (typeof input !== 'string') bytes = bytes.slice();
      const read = await pool.run(file, bytes, limits);
      addTime('(reading)', nowMs() - t0);
      return { file, ...read };
    }
    const extracted = await readLight(bytes, file, limits, timeoutMs);
    addTime('(reading)', nowMs() - t0);
    return { file, extracted, elapsedMs: nowMs() - t0 };
  } catch (err) {
    return { file, error: withLimits(asUnreadable(err), { ...INGEST_DEFAULTS, ...limits }) };
  }
}

const HTML_NAME = /\.(?:x?html?)$/i;

/** Inputs up to this size are read without the watchdog (see readLight). */
const UNGUARDED_READ_BYTES = 256 * 1024;

/** Text, Markdown or HTML, read in this thread under the hard time limit. */
async function readLight(
  bytes: Uint8Array,
  file: string,
  limits: IngestOptions,
  timeoutMs: number,
): Promise<Extracted> {
  // The HTML reader is loaded (asynchronously) before the limited read needs it.
  if (HTML_NAME.test(file)) await loadHtmlReader();
  const t0 = nowMs();
  // Reading text, Markdown and HTML is linear (the bench's doubling rows): a small input reads in a
  // few milliseconds, and the watchdog thread would cost more than the read (≈0.1–0.5 ms a call,
  // 17 % of a 500-notice batch). Segmenting and the rules, where a user's pattern runs, are always
  // under the watchdog (src/api/lint.ts).
  const guard = bytes.length > UNGUARDED_READ_BYTES ? timeoutMs : 0;
  try {
    return within(guard, () => extractLight(bytes, file, limits));
  } catch (err) {
    if (!(err instanceof HtmlReaderNotLoaded)) throw err;
  }
  // HTML under another name: read again once the reader is there, in the time that is left.
  await loadHtmlReader();
  return within(timeLeft({ elapsedMs: nowMs() - t0 }, timeoutMs), () => extractLight(bytes, file, limits));
}

/** Anything that is not already an UnreadableInputError is a bug of ours: said so, the batch goes on. */
function asUnreadable(err: unknown): UnreadableInputError {
  if (err instanceof UnreadableInputError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UnreadableInputError(
    'read-error',
    inBoth((m) => m.io.internalRead(message)),
    { cause: err },
  );
}

function revive(e: SerialError): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/** Where the compiled worker is: next to this module in dist/, or in dist/ when this runs from src/ (tests). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/api/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('dist/api/worker.js is missing: run `npm run build`');
}

interface Task {
  id: number;
  file: string;
  bytes: Uint8Array;
  limits: IngestOptions;
  resolve: (r: { extracted: Extracted; elapsedMs: number }) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: NodeJS.Timeout;
  /** when the slot's document was handed to its worker */
  started?: number;
}

/** Worker threads started on demand, one document each at a time, replaced when one is terminated. */
class Pool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly heapMB: number,
  ) {}

  run(file: string, bytes: Uint8Array, limits: IngestOptions): Promise<{ extracted: Extracted; elapsedMs: number }> {
    // The worker limit is the hard one (terminate), not the cooperative in-thread timer.
    const { timeoutMs: _unused, ...rest } = limits;
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, bytes, limits: rest, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('batch stopped'));
    for (const s of this.slots) s.task?.reject(new Error('batch stopped'));
    await Promise.all([...this.slots].map((s) => this.retire(s)));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift()!;
      slot.task = task;
      // Hand the bytes over without a copy (the caller no longer needs them).
      let bytes = task.bytes;
      if (
        bytes.byteOffset !== 0 ||
        bytes.byteLength !== bytes.buffer.byteLength ||
        !(bytes.buffer instanceof ArrayBuffer)
      )
        bytes = bytes.slice();
      const job: Job = { id: task.id, file: task.file, bytes, limits: task.limits };
      task.bytes = new Uint8Array(0);
      slot.started = nowMs();
      slot.worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
      if (this.timeoutMs > 0) {
        const s = slot;
        s.timer = setTimeout(() => this.fail(s, unreadable('timeout')), this.timeoutMs);
      }
    }
  }

  private spawn(): Slot {
    const worker = new (workerThreads().Worker)(workerUrl(), {
      // pdf.js must never print to our stdout: the worker's output streams are ours to drop.
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMB },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, task: null };
    worker.on('message', (reply: Reply) => this.answer(slot, reply));
    worker.on('error', (err: Error & { code?: string }) => {
      // Out of memory is not "too large": a 60 KB DOCX can exhaust the heap too.
      const out = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? unreadable('out-of-memory', err) : err;
      this.fail(slot, out);
    });
    worker.on('exit', () => this.fail(slot, new Error('the reader thread stopped')));
    this.slots.push(slot);
    return slot;
  }

  private answer(slot: Slot, reply: Reply): void {
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.task = null;
    if ('extracted' in reply) task.resolve({ extracted: reply.extracted, elapsedMs: nowMs() - (slot.started ?? 0) });
    else if ('unreadable' in reply) {
      const cause = reply.cause ? revive(reply.cause) : undefined;
      const known = unreadable(reply.unreadable, cause);
      // A reason said with its figures in the worker keeps them; a plain one is the same object as here (withLimits adds the limit).
      const said = reply.reason && (reply.reason.fi !== known.reason.fi || reply.reason.en !== known.reason.en);
      task.reject(
        said
          ? new UnreadableInputError(reply.unreadable, reply.reason!, cause === undefined ? undefined : { cause })
          : known,
      );
    } else task.reject(revive(reply.internal));
    this.dispatch();
  }

  /** The slot's document failed in a way that leaves the worker unusable: retire it, go on. */
  private fail(slot: Slot, err: unknown): void {
    if (!this.slots.includes(slot)) return;
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    void this.retire(slot);
    task?.reject(err);
    this.dispatch();
  }

  private async retire(slot: Slot): Promise<void> {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('message');
    // An 'error' after retirement must not become an uncaught exception.
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate().catch(() => undefined);
  }
}
