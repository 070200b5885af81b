/** `diff --format json`: the SPEC §6 shape, nothing internal. */
import type { DiffResult } from '../types.js';

export function renderJson(result: DiffResult): string {
  return `${JSON.stringify({ version: 1, old: result.old, new: result.new, sections: result.sections, summary: result.summary }, null, 2)}\n`;
}
