/**
 * `diff --format json`: the SPEC §6 shape, nothing internal; "what changed in substance"
 * (SPEC §9) first when the caller linted both notices. Rows carry `unit` (the section as
 * counted in the summary), `position` for a move and `edits` for a change.
 */
import type { DiffResult } from '../types.js';

export function renderJson(result: DiffResult): string {
  return `${JSON.stringify({ version: 1, old: result.old, new: result.new, ...(result.substance ? { substance: result.substance } : {}), sections: result.sections, summary: result.summary }, null, 2)}\n`;
}
