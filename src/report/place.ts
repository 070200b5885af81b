/**
 * Where a finding is, as a person looks for it: the page and the line on that page in a
 * PDF, the paragraph under its heading in a DOCX or HTML notice, the line and column of a
 * text or Markdown file (what an editor shows), or the notice as a whole.
 */
import type { Finding } from '../model/finding.js';
import type { Messages } from './messages/index.js';

/** `words`: "rivi 26:34" instead of the terminal's bare "26:34" for a text or Markdown file. */
export function placeOf(f: Finding, format: string | null, m: Messages, words = false): string {
  if (f.whole) return m.place.whole;
  if (f.ruleId === 'input/unreadable') return m.place.file;
  if (f.page != null) return m.place.page(f.page, f.pageLine ?? f.line);
  if ((format === 'docx' || format === 'html') && f.paragraph != null) return m.place.paragraph(f.paragraph);
  return !words && (format === 'text' || format === 'markdown')
    ? `${f.line}:${f.column}`
    : m.place.line(f.line, f.column);
}

/** The heading a finding falls under, quoted as the notice writes it; the canonical name (unquoted) for a whole-notice finding. */
export function headingOf(f: Finding, m: Messages, sectionLabel?: (id: string) => string | null): string | null {
  if (f.whole) return f.heading ?? (f.section && sectionLabel ? sectionLabel(f.section) : f.section);
  if (f.heading) return `”${f.heading}”`;
  if (f.heading === null || f.section === 'preamble') return m.place.preamble;
  // a finding made before headings were carried (a baseline, an old JSON report): the canonical name
  return f.section && sectionLabel ? sectionLabel(f.section) : f.section;
}

/**
 * The place fields added after SPEC §6 (issue 16), with their defaults for a finding made
 * before they existed: the JSON report and SARIF's properties carry them the same way.
 */
export function placeFields(f: Pick<Finding, 'heading' | 'whole' | 'pageLine' | 'paragraph'>): {
  heading: string | null;
  whole: boolean;
  pageLine: number | null;
  paragraph: number | null;
} {
  return {
    heading: f.heading ?? null,
    whole: f.whole ?? false,
    pageLine: f.pageLine ?? null,
    paragraph: f.paragraph ?? null,
  };
}
