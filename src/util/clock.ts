/**
 * A monotonic clock in milliseconds for time limits. Not `performance.now()`: the global
 * `performance` loads perf_hooks (seven modules) on first touch, which a one-notice run
 * pays at start-up; process.hrtime is already loaded and equally monotonic.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
