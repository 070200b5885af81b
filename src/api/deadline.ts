/**
 * The hard time limit for synchronous work in this thread (issue 14): reading a text,
 * Markdown or HTML notice, segmenting it and running the rules on it. A promise race
 * cannot stop such work, because a timer only fires once the thread is free again, and a
 * user's pattern that backtracks catastrophically (`/(a+)+$/`) never frees it. V8 can
 * interrupt running JavaScript only through `vm`'s `timeout`, so the work runs as a host
 * function called from one small reusable context; at the deadline V8 terminates it and
 * Node throws ERR_SCRIPT_EXECUTION_TIMEOUT, turned here into the usual 'timeout' reason.
 *
 * (V8's --enable-experimental-regexp-engine-on-excessive-backtracks does not help here:
 * on Node 20 it skips every pattern with the `i` or `u` flag, and seloste compiles every
 * pattern with both. Measured: `/(a+)+$/iu` on 26 a's + 'b' still takes 10 s with it.)
 *
 * Cost: one watchdog thread per call, about 0.1–0.2 ms; nothing is loaded at start-up.
 */
import { createContext, Script } from 'node:vm';
import { unreadable } from '../ingest/reasons.js';

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
 * `fn()`, stopped at `ms` milliseconds (0: no limit) with UnreadableInputError 'timeout'.
 * `fn` must be synchronous. Inside another `within`, the outer deadline already holds.
 * Work cut off at the deadline leaves no state behind that a later call depends on:
 * the callers only build new objects (a notice, its findings) and memoise whole values.
 */
export function within<T>(ms: number, fn: () => T): T {
  const limit = clampTimeout(ms);
  if (limit === 0 || current !== null) return fn();
  if (!runScript) {
    // Made on the first limited call (a built-in module costs nothing to import).
    const context = createContext({ run: () => current!() });
    const script = new Script('run()');
    runScript = (timeout) => script.runInContext(context, { timeout });
  }
  current = fn;
  try {
    return runScript(limit) as T;
  } catch (err) {
    if ((err as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw unreadable('timeout');
    throw err;
  } finally {
    current = null;
  }
}
