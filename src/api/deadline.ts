/**
 * The hard time limit for synchronous work in this thread (issue 14): reading a text,
 * Markdown or HTML notice, segmenting it and running the rules on it. A promise race
 * cannot stop such work, because a timer only fires once the thread is free again, and a
 * user's pattern that backtracks catastrophically (`/(a+)+$/`) never frees it. V8 can
 * interrupt running JavaScript only through `vm`'s `timeout`, so the work runs as a host
 * function called from one small reusable script; at the deadline V8 terminates it and
 * Node throws ERR_SCRIPT_EXECUTION_TIMEOUT, turned here into the usual 'timeout' reason.
 *
 * (V8's --enable-experimental-regexp-engine-on-excessive-backtracks does not help here:
 * on Node 20 it skips every pattern with the `i` or `u` flag, and seloste compiles every
 * pattern with both. Measured: `/(a+)+$/iu` on 26 a's + 'b' still takes 10 s with it.)
 *
 * Cost: one watchdog thread per call, about 0.1–0.2 ms, and more on a loaded machine (the
 * call waits for the thread to be scheduled and joined); nothing is loaded at start-up.
 * A batch shares the calls (`withinEach`).
 */
import { Script } from 'node:vm';
import { unreadable } from '../ingest/reasons.js';
import { nowMs } from '../util/clock.js';

/** The longest delay Node's timers (and vm's watchdog) accept: about 24.8 days. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A time limit in ms as a timer can take it: whole, at least 1, at most MAX_TIMER_MS; 0 (or less, or NaN) is none. */
export function clampTimeout(ms: number | undefined): number {
  if (ms === undefined || !(ms > 0)) return 0;
  return Math.min(Math.max(1, Math.round(ms)), MAX_TIMER_MS);
}

let runScript: ((ms: number) => unknown) | undefined;
let current: (() => unknown) | null = null;

/**
 * Where the watchdog's script finds the work: set before each run, so that another copy of
 * this module in the process (the bundle and the library side by side) calls its own.
 */
const RUN = Symbol.for('seloste.deadline.run');
const run = () => current!();

/**
 * `fn()`, stopped at `ms` milliseconds (0: no limit) with UnreadableInputError 'timeout'.
 * `fn` must be synchronous. Inside another `within`, the outer deadline already holds.
 * Work cut off at the deadline leaves no state behind that a later call depends on:
 * the callers only build new objects (a notice, its findings) and memoise whole values.
 */
export function within<T>(ms: number, fn: () => T): T {
  const limit = clampTimeout(ms);
  if (limit === 0 || current !== null) return fn();
  try {
    return guarded(limit, fn);
  } catch (err) {
    if (timedOut(err)) throw unreadable('timeout');
    throw err;
  }
}

/** `fn()` in the watchdog's context, stopped at `limit` ms (ERR_SCRIPT_EXECUTION_TIMEOUT). */
function guarded<T>(limit: number, fn: () => T): T {
  if (!runScript) {
    // Made on the first limited call (a built-in module costs nothing to import). It runs in
    // this context: a context of its own took 1–1.5 ms to create, for the same watchdog.
    const script = new Script("globalThis[Symbol.for('seloste.deadline.run')]()");
    runScript = (timeout) => {
      (globalThis as Record<symbol, unknown>)[RUN] = run;
      return script.runInThisContext({ timeout });
    };
  }
  current = fn;
  try {
    return runScript(limit) as T;
  } finally {
    current = null;
  }
}

function timedOut(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * The watchdog's timer may fire this much after its limit (libuv counts whole milliseconds):
 * a job joins a running call only if the call's deadline falls this much before its own.
 */
const TIMER_SLACK_MS = 2;

/**
 * Each job's outcome as `within(job.ms, job.fn)` gives it (its value, or what it threw, the
 * 'timeout' included), in order, through as few watchdog calls as that allows. A call starts
 * with a job and its whole limit; the jobs after it run in the same call while the call's
 * deadline comes before their own, so none runs longer than its limit. A job the call's
 * deadline cuts off was not given its whole limit: it is run again, first in a call of its
 * own, and only a job stopped there times out. So the same documents time out as with one
 * call each (one cut off runs at most twice its limit in all); the jobs must be safe to run
 * again, as `within`'s are (they only build new objects and memoise whole values).
 */
export function withinEach<T>(jobs: readonly { ms: number; fn: () => T }[]): Outcome<T>[] {
  const out: Outcome<T>[] = new Array(jobs.length);
  let k = 0;
  while (k < jobs.length) {
    const limit = clampTimeout(jobs[k].ms);
    if (limit === 0 || current !== null) {
      out[k] = attempt(jobs[k].fn);
      k++;
      continue;
    }
    const first = k;
    try {
      guarded(limit, () => {
        // taken after the watchdog's timer started: the call's deadline is no later than this
        const deadline = nowMs() + limit;
        for (; k < jobs.length; k++) {
          if (k > first) {
            const own = clampTimeout(jobs[k].ms);
            if (own === 0 || deadline - nowMs() + TIMER_SLACK_MS > own) return;
          }
          out[k] = attempt(jobs[k].fn);
        }
      });
    } catch (err) {
      if (!timedOut(err)) throw err;
      // k is the job the deadline stopped: given its whole limit if it came first, else cut short
      if (k === first) out[k++] = { ok: false, error: unreadable('timeout') };
    }
  }
  return out;
}

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}
