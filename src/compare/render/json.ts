/** `compare --format json`: the SPEC §6 shape (plus `templates`, the groups that share one, and `unreadable`: inputs not read, with the reason). */
import type { Comparison } from '../index.js';

export function renderJson(c: Comparison): string {
  const body = {
    version: 1,
    notices: c.notices.map((n) => ({ file: n.file, label: n.label, controller: n.controller, businessId: n.businessId, date: n.date })),
    sections: c.sections.map((s) => ({ id: s.id, cells: s.cells.map((x) => ({ status: x.status, words: x.words, findings: x.findings, rules: x.rules })) })),
    facts: c.facts,
    similarity: c.similarity,
    templates: c.templates,
    unreadable: c.unreadable,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
