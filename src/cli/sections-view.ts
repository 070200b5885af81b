/** `seloste sections`: how a notice was split, as a table for people or JSON (SPEC §6). */
import type { Lang } from '../model/errors.js';
import type { Notice } from '../model/notice.js';
import { sectionName, type Catalogue } from '../segment/index.js';

export function renderSections(notice: Notice, format: string, lang: Lang, cat: Catalogue): string {
  if (format === 'json') {
    return `${JSON.stringify(
      {
        version: 1,
        file: notice.file,
        format: notice.format,
        segments: notice.segments.map((s) => ({
          ids: s.ids,
          heading: s.heading,
          startLine: s.startLine,
          endLine: s.endLine,
          pages: s.pages,
          text: notice.text.slice(s.start, s.end),
        })),
      },
      null,
      2,
    )}\n`;
  }
  const rows = notice.segments.map((s) => {
    const words = notice.text
      .slice(s.contentStart, s.end)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const lines = s.startLine === s.endLine ? `${s.startLine}` : `${s.startLine}–${s.endLine}`;
    const labels = s.ids.map((id) => sectionName(cat, id, lang));
    return [lines, s.ids.join(' + '), String(words), s.heading ?? `(${labels.join(', ')})`];
  });
  const head = lang === 'fi' ? ['rivit', 'kohta', 'sanoja', 'otsikko'] : ['lines', 'section', 'words', 'heading'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === 3 ? c : i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return `${[fmt(head), ...rows.map(fmt)].join('\n')}\n`;
}
