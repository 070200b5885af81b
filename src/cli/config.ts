/**
 * The configuration lives in src/api/config.ts (the library reads it too); the CLI
 * adds the parsers of its limit flags.
 */
import { InvalidArgumentError } from 'commander';

export * from '../api/config.js';

/** commander parsers for the limit flags: a positive number (`--timeout 0` turns the limit off). */
export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected seconds ≥ 0 (0: no limit)');
  return n;
}
export function parsePages(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number > 0');
  return n;
}
