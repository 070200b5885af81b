/**
 * SELOSTE_TIMING=1 (as ESLint's TIMING=1): where a run's time went, per rule and per step
 * (reading, segmenting, the engine's own pipeline), printed to stderr when the process ends.
 * For whoever writes a rule or tunes the start: a rule's cost in a one-notice run is mostly
 * the first call of its code, which no benchmark of many notices shows. Off, it costs one
 * check of a constant per measured call.
 */
import { nowMs } from './clock.js';

const ENABLED =
  process.env.SELOSTE_TIMING !== undefined && process.env.SELOSTE_TIMING !== '' && process.env.SELOSTE_TIMING !== '0';

const spent = new Map<string, number>();
/** When this module was loaded: the table says how much of the run it measured. */
const START_MS = ENABLED ? nowMs() : 0;

/** Runs fn, and with timing on adds its time to `name`. */
export function timed<T>(name: string, fn: () => T): T {
  if (!ENABLED) return fn();
  const t0 = nowMs();
  try {
    return fn();
  } finally {
    addTime(name, nowMs() - t0);
  }
}

/** Adds milliseconds to `name` (for work measured around an await). */
export function addTime(name: string, ms: number): void {
  if (!ENABLED) return;
  if (spent.size === 0) process.once('exit', () => process.stderr.write(timingTable(spent, nowMs() - START_MS)));
  spent.set(name, (spent.get(name) ?? 0) + ms);
}

/** The table: the costliest first, each with its share of all measured time. */
export function timingTable(times: ReadonlyMap<string, number>, sinceLoadMs: number): string {
  const rows = [...times].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  const width = Math.max(12, ...rows.map(([name]) => name.length));
  const line = (name: string, ms: string, share: string) =>
    `${name.padEnd(width)} | ${ms.padStart(9)} | ${share.padStart(6)}\n`;
  let out = line('step or rule', 'time (ms)', 'share');
  out += `${'-'.repeat(width)}-|-${'-'.repeat(9)}-|-${'-'.repeat(6)}\n`;
  for (const [name, ms] of rows)
    out += line(name, ms.toFixed(2), `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'} %`);
  out += line('(measured)', total.toFixed(2), '100 %');
  out += line('(since load)', sinceLoadMs.toFixed(2), '');
  return out;
}
