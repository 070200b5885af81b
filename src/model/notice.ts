/**
 * The one Notice model every stage shares. `src/model` holds types only (and tiny
 * pure helpers on them), like @textlint/types: ingest, segment, rules, report, diff
 * and compare all import from here, never from each other upward.
 */

/** Formats seloste reads. Sniffed from the bytes, never trusted from the extension. */
export type Format = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** What an ingest adapter hands to the segmenter. */
export interface Extracted {
  format: Format;
  /**
   * The normalised text: LF line ends, NFC, no page markers, no repeated page
   * headers/footers, hyphenation rejoined. Every position seloste reports
   * (line, column, offsets) refers to this text, and `seloste text` prints it.
   */
  text: string;
  /** 1-based page number of each line of `text` (PDF only), else null. */
  linePages: number[] | null;
  /** 0-based indices of lines that the source itself marked as headings
   * (Word Heading 1..3, HTML <h1>..<h6>, Markdown `#`, bold-only paragraphs). */
  headingLines: number[];
  /**
   * The level of each of `headingLines` (same order): 1..6 for a heading the source
   * declared (Markdown `#`, HTML <h1>..<h6>, Word Heading 1..6), 0 for a line that is
   * only set in bold or a table's label cell. Absent when the source says nothing.
   * A bold line inside a section is often a value ("**Helsingin yliopisto**"), not a heading.
   */
  headingLevels?: number[];
  /** Non-fatal observations, e.g. "extension .pdf but the bytes are text". */
  warnings: string[];
}

/** One canonical section id of rules/sections.yaml, or "preamble". */
export type SectionId = string;

export interface Segment {
  /** Canonical section ids this segment covers, in order; ["preamble"] before the first heading. */
  ids: SectionId[];
  /** The heading as written (trimmed, markup removed), or null for the preamble. */
  heading: string | null;
  /** 0-based offsets into Notice.text: [start, end). Segments tile the text with no gap. */
  start: number;
  end: number;
  /** Offset where the content starts (after the heading). */
  contentStart: number;
  /** 1-based inclusive line range in the normalised text. */
  startLine: number;
  endLine: number;
  /** Pages the segment spans (PDF), else []. */
  pages: number[];
}

export interface Notice {
  file: string;
  format: Format;
  text: string;
  linePages: number[] | null;
  /** Offset of the start of each line in `text` (lineStarts[0] === 0). */
  lineStarts: number[];
  segments: Segment[];
  warnings: string[];
}
