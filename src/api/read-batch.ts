/**
 * Reads a batch of notices (SPEC §8): text, Markdown and HTML in this thread (they
 * are cheap and the cold start of one text file matters), PDF and DOCX on a pool of
 * worker threads sized to the cores. Each PDF/DOCX runs under a hard time limit: a
 * worker that exceeds it is terminated and the file reported as unreadable
 * ('timeout'); the batch goes on. Results come back in input order, and no more than
 * `maxInFlight` documents are read ahead of the consumer, so memory stays bounded
 * however long the list is.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract, INGEST_DEFAULTS, isHeavyFormat, readInput, type IngestOptions } from '../ingest/index.js';
import { unreadable, withLimits } from '../ingest/reasons.js';
import { UnreadableInputError } from '../model/errors.js';
import type { Extracted } from '../model/notice.js';
import type { Job, Reply, SerialError } from './worker.js';

export interface BatchOptions {
  /** Size, page, DOCX and time limits (`timeoutMs`: per document; 0 = none). */
  limits?: IngestOptions;
  /** Worker threads for PDF/DOCX. Default: the number of cores. */
  workers?: number;
  /** Documents read ahead of the consumer (bounded memory). Default 2 × workers + 2. */
  maxInFlight?: number;
  /** Each time a document has been read (in completion order). */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Memory cap of one worker's heap, in MB; past it the file is reported 'out-of-memory'. Default 1024. */
  workerHeapMB?: number;
}

export interface BatchItem {
  file: string;
  extracted?: Extracted;
  /** Why the file could not be read; never any other kind of error. */
  error?: UnreadableInputError;
}

/** Default time limit per document when the config does not set one. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The files, read, in the order given. Stopping the iteration early (break) stops
 * the workers.
 */
export async function* readBatch(files: readonly string[], opts: BatchOptions = {}): AsyncGenerator<BatchItem> {
  const limits: IngestOptions = { ...opts.limits };
  // Node's timers take at most 2^31 - 1 ms; a longer delay would fire at once.
  const timeoutMs = Math.min(limits.timeoutMs ?? DEFAULT_TIMEOUT_MS, 2 ** 31 - 1);
  const size = Math.max(1, opts.workers ?? availableParallelism());
  const window = Math.max(1, opts.maxInFlight ?? 2 * size + 2);
  const pool = new Pool(size, timeoutMs, opts.workerHeapMB ?? 1024);
  const pending: Promise<BatchItem>[] = [];
  let started = 0;
  let done = 0;
  const start = (i: number) => {
    const file = files[i];
    pending[i] = readOneOf(file, limits, pool).then((item) => {
      done++;
      opts.onProgress?.(done, files.length, file);
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

async function readOneOf(file: string, limits: IngestOptions, pool: Pool): Promise<BatchItem> {
  try {
    const bytes = await readInput(file, limits.maxBytes ?? INGEST_DEFAULTS.maxBytes);
    // Text, Markdown and HTML are read here, in linear time and within the size limit;
    // a time limit in this thread could only throw away a finished result.
    const extracted = isHeavyFormat(bytes) ? await pool.run(file, bytes, limits) : await extract(bytes, file, { ...limits, timeoutMs: 0 });
    return { file, extracted };
  } catch (err) {
    return { file, error: withLimits(asUnreadable(err), { ...INGEST_DEFAULTS, ...limits }) };
  }
}

/** Anything that is not already an UnreadableInputError is a bug of ours: said so, the batch goes on. */
function asUnreadable(err: unknown): UnreadableInputError {
  if (err instanceof UnreadableInputError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UnreadableInputError(
    'read-error',
    { fi: `sisäinen virhe tiedostoa luettaessa (${message})`, en: `internal error while reading (${message})` },
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
  resolve: (e: Extracted) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer?: NodeJS.Timeout;
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

  run(file: string, bytes: Uint8Array, limits: IngestOptions): Promise<Extracted> {
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
      if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) bytes = bytes.slice();
      const job: Job = { id: task.id, file: task.file, bytes, limits: task.limits };
      task.bytes = new Uint8Array(0);
      slot.worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
      if (this.timeoutMs > 0) {
        const s = slot;
        s.timer = setTimeout(() => this.fail(s, unreadable('timeout')), this.timeoutMs);
      }
    }
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl(), {
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
    if ('extracted' in reply) task.resolve(reply.extracted);
    else if ('unreadable' in reply) task.reject(unreadable(reply.unreadable, reply.cause ? revive(reply.cause) : undefined));
    else task.reject(revive(reply.internal));
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
