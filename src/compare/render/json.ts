/** `compare --format json`: the SPEC §6 shape (plus `templates`, the groups that share one, and `unreadable`: inputs not read, with the reason). */
import { joinChunks, stringifyChunks } from '../../util/chunks.js';
import type { Comparison } from '../index.js';

/** As chunks, a section or a similarity row at a time: `JSON.stringify(…, null, 2)` byte for byte. */
export function* renderJsonChunks(c: Comparison): Generator<string> {
  const body = {
    version: 1,
    notices: c.notices.map((n) => ({
      file: n.file,
      label: n.label,
      controller: n.controller,
      businessId: n.businessId,
      date: n.date,
    })),
    sections: c.sections.map((s) => ({
      id: s.id,
      cells: s.cells.map((x) => ({ status: x.status, words: x.words, findings: x.findings, rules: x.rules })),
    })),
    facts: c.facts,
    similarity: c.similarity,
    templates: c.templates,
    unreadable: c.unreadable,
  };
  // depth 3: root → sections → a section → its cells, stringified whole
  yield* stringifyChunks(body, 3);
  yield '\n';
}

export function renderJson(c: Comparison): string {
  return joinChunks(renderJsonChunks(c));
}
