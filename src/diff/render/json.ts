/**
 * `diff --format json`: the SPEC §6 shape, nothing internal; "what changed in substance"
 * (SPEC §9) first when the caller linted both notices. Rows carry `unit` (the section as
 * counted in the summary), `position` for a move and `edits` for a change.
 */
import { joinChunks, stringifyChunks } from '../../util/chunks.js';
import type { DiffResult } from '../types.js';

/** As chunks, a section row at a time: `JSON.stringify(…, null, 2)` byte for byte. */
export function* renderJsonChunks(result: DiffResult): Generator<string> {
  // depth 2: root → sections → one row, stringified whole
  yield* stringifyChunks(
    {
      version: 1,
      old: result.old,
      new: result.new,
      ...(result.substance ? { substance: result.substance } : {}),
      sections: result.sections,
      summary: result.summary,
    },
    2,
  );
  yield '\n';
}

export function renderJson(result: DiffResult): string {
  return joinChunks(renderJsonChunks(result));
}
