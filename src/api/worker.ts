/**
 * The worker-thread entry of a batch (src/api/read-batch.ts): receives the bytes of
 * one PDF or DOCX at a time, runs the ingest adapter, and posts back the extracted
 * text or why it could not be read. It holds no state between documents; the main
 * thread terminates it when a document takes longer than the time limit.
 */
import { parentPort } from 'node:worker_threads';
import { extract, type IngestOptions } from '../ingest/index.js';
import type { Lang, UnreadableCode } from '../model/errors.js';
import type { Extracted } from '../model/notice.js';

export interface Job {
  id: number;
  file: string;
  bytes: Uint8Array;
  limits: IngestOptions;
}

export interface SerialError {
  name: string;
  message: string;
  stack?: string;
}

export type Reply =
  | { id: number; extracted: Extracted }
  | { id: number; unreadable: UnreadableCode; reason?: Record<Lang, string>; cause?: SerialError }
  | { id: number; internal: SerialError };

const serial = (err: unknown): SerialError =>
  err instanceof Error
    ? { name: err.name, message: err.message, stack: err.stack }
    : { name: 'Error', message: String(err) };

const port = parentPort;
if (port) {
  // The handler never rejects (every error becomes a reply), so its promise is not awaited.
  port.on('message', (job: Job) => void answer(port, job));
}

async function answer(port: NonNullable<typeof parentPort>, job: Job): Promise<void> {
  let reply: Reply;
  try {
    reply = { id: job.id, extracted: await extract(job.bytes, job.file, job.limits) };
  } catch (err) {
    if (err instanceof Error && err.name === 'UnreadableInputError') {
      const { code, cause, reason } = err as Error & { code: UnreadableCode; reason: Record<Lang, string> };
      // The reason travels too: some carry their figures (the text too large: its size and limit).
      reply = { id: job.id, unreadable: code, reason, cause: cause === undefined ? undefined : serial(cause) };
    } else {
      reply = { id: job.id, internal: serial(err) };
    }
  }
  port.postMessage(reply);
}
