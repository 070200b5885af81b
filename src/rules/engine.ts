/**
 * The engine knows no rule: it compiles the rule definitions of a pack through
 * their kinds, runs them on a Notice, and passes the findings through one
 * pipeline (severity overrides, duplicates, superseded findings, order).
 */
import type { Lang } from '../model/errors.js';
import { ConfigError } from '../model/errors.js';
import { SEVERITY_RANK, type Finding, type Severity, type SeverityLevel } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import { lineIndexAt, positionAt, rangeIndexAt } from '../util/position.js';
import { timed } from '../util/timing.js';
import type { Catalogue } from '../segment/index.js';
import { excerptAt } from './excerpt.js';
import { KINDS } from './kinds/index.js';
import type { RuleDef } from './pack.js';
import { interpolate } from './patterns.js';
import type { CompileEnv, Coverage, Report, RuleCheck } from './types.js';
import { NoticeView } from './view.js';

export interface LintSettings {
  lang: Lang;
  now: Date;
  severity: ReadonlyMap<string, SeverityLevel>;
  phrases: ReadonlyMap<string, readonly string[]>;
  options: ReadonlyMap<string, Record<string, unknown>>;
  acceptedWords: ReadonlySet<string>;
  /** Findings listed per rule and document; the rest are counted in one finding. Default MAX_FINDINGS_PER_RULE. */
  maxFindingsPerRule?: number;
  /** Findings listed per document, all rules together; the rest are counted, one finding per rule. Default MAX_FINDINGS_PER_DOCUMENT (or maxFindingsPerRule, if higher). */
  maxFindingsPerDocument?: number;
}

export const DEFAULT_SETTINGS: LintSettings = {
  lang: 'fi',
  now: new Date(),
  severity: new Map(),
  phrases: new Map(),
  options: new Map(),
  acceptedWords: new Set(),
};

/**
 * Rule ids ("family/name", lower-case letters and hyphens: schema/base.ts) in code-point
 * order, which for these characters is the order localeCompare gives; localeCompare
 * would load ICU's collator, 9 ms of a one-notice run.
 */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface CompiledRule {
  def: RuleDef;
  severity: Severity;
  check: RuleCheck;
  /** rules whose finding at the same range replaces this one's */
  supersededBy: string[];
  /** place of the id among the rules' ids (code-point order), to order findings at one range */
  rank: number;
}

const NO_REPORT: Report = Object.freeze({});

/** What a rule reported, before it becomes a Finding (clamped to the text). */
interface Raw {
  rule: CompiledRule;
  start: number;
  end: number;
  report: Report;
  section: string | null;
}

/**
 * Findings of one rule in one document past which the rest are counted, not listed
 * (as linters do for a repeated message): a 48 MB notice with a placeholder on every
 * line would otherwise make a report of gigabytes.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/**
 * Findings of one document, all rules together, past which the rest are counted, not
 * listed: sixty rules at their own cap would still be 6,000 findings. Each rule with
 * findings left out then gets one finding that says how many, so the listing stays
 * bounded by this plus the number of rules.
 */
export const MAX_FINDINGS_PER_DOCUMENT = 1000;

const fiCount = (n: number) => n.toLocaleString('fi-FI');
const CAP_MESSAGE: Record<Lang, (rule: string, more: number, max: number) => string> = {
  fi: (rule, more, max) =>
    `Säännöllä ${rule} on tässä tiedostossa vielä ${fiCount(more)} ${more === 1 ? 'havainto' : 'havaintoa'}, joita ei luetella: vain ${max} ensimmäistä näytetään.`,
  en: (rule, more, max) =>
    `${more.toLocaleString('en-US')} more ${more === 1 ? 'finding' : 'findings'} of ${rule} in this file ${more === 1 ? 'is' : 'are'} not listed: only the first ${max} are shown.`,
};
const DOCUMENT_CAP_MESSAGE: Record<Lang, (rule: string, more: number, max: number) => string> = {
  fi: (rule, more, max) =>
    `Säännöllä ${rule} on tässä tiedostossa vielä ${fiCount(more)} ${more === 1 ? 'havainto' : 'havaintoa'}, joita ei luetella: tiedostosta näytetään enintään ${fiCount(max)} havaintoa.`,
  en: (rule, more, max) =>
    `${more.toLocaleString('en-US')} more ${more === 1 ? 'finding' : 'findings'} of ${rule} in this file ${more === 1 ? 'is' : 'are'} not listed: at most ${max.toLocaleString('en-US')} findings are shown per file.`,
};

/** The canonical ids each notice has a segment for (asked once per finding about a section). */
const PRESENT = new WeakMap<Notice, Set<string>>();

const BLOCKS = new WeakMap<Notice, Int32Array>();

/**
 * For each line, how many paragraphs (blocks of lines between blank lines; a segment's
 * heading and its content start blocks of their own) begin at or before it: built once per
 * notice, so a finding's paragraph costs two lookups, not a walk through its section.
 */
function blockCounts(notice: Notice): Int32Array {
  let out = BLOCKS.get(notice);
  if (out) return out;
  const { lineStarts, text } = notice;
  const starts = new Set<number>();
  for (const sg of notice.segments) {
    starts.add(lineIndexAt(lineStarts, sg.start));
    starts.add(lineIndexAt(lineStarts, sg.contentStart));
  }
  out = new Int32Array(lineStarts.length);
  let n = 0;
  let blank = true;
  for (let k = 0; k < lineStarts.length; k++) {
    const a = lineStarts[k];
    const b = k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : text.length;
    let isBlank = true;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) {
        isBlank = false;
        break;
      }
    }
    if (!isBlank && (blank || starts.has(k))) n++;
    blank = isBlank;
    out[k] = n;
  }
  BLOCKS.set(notice, out);
  return out;
}

/** The segment holding an offset (segments tile the text in order). */
function segmentAt(segments: Notice['segments'], at: number): Notice['segments'][number] | null {
  return segments.length === 0 ? null : segments[rangeIndexAt(segments, at)];
}

export class Linter {
  private readonly rules: CompiledRule[];

  constructor(
    readonly defs: RuleDef[],
    private readonly catalogue: Catalogue,
    private readonly settings: LintSettings = DEFAULT_SETTINGS,
  ) {
    const known = new Set(defs.map((d) => d.id));
    for (const map of [settings.severity, settings.phrases, settings.options]) {
      for (const id of map.keys()) if (!known.has(id)) throw new ConfigError(`rules.${id}: unknown rule id`);
    }
    const sectionIds = new Set(catalogue.sections.map((s) => s.id));
    this.rules = [];
    for (const def of defs) {
      const severity = settings.severity.get(def.id) ?? def.severity;
      if (severity === 'off') continue;
      const env: CompileEnv = {
        sectionIds,
        sectionLabel: (id, lang) => catalogue.byId.get(id)?.[lang] ?? id,
        acceptedWords: settings.acceptedWords,
        extraPhrases: settings.phrases.get(def.id) ?? [],
        options: settings.options.get(def.id) ?? {},
        lang: settings.lang,
        now: settings.now,
      };
      const supersededBy = (def.supersededBy as string[] | undefined) ?? [];
      this.rules.push({ def, severity, check: KINDS.get(def.kind)!.compile(def, env), supersededBy, rank: 0 });
    }
    const ids = this.rules.map((r) => r.def.id).sort(byId);
    for (const r of this.rules) r.rank = ids.indexOf(r.def.id);
  }

  /**
   * How the notice covers each section the rules require (heading, text or missing),
   * by the very checks lint runs: compare's matrix reads this, so it cannot say
   * "puuttuu" where lint accepts a statement in the text. Where two rules judge one id,
   * the stricter word wins, as the finding of either would.
   */
  coverage(notice: Notice): Map<string, Coverage> {
    const view = new NoticeView(notice);
    const rank: Record<Coverage, number> = { heading: 0, text: 1, missing: 2 };
    const out = new Map<string, Coverage>();
    for (const rule of this.rules) {
      for (const [id, c] of rule.check.coverage?.(view) ?? []) {
        const had = out.get(id);
        if (!had || rank[c] > rank[had]) out.set(id, c);
      }
    }
    return out;
  }

  lint(notice: Notice): Finding[] {
    const view = new NoticeView(notice);
    const text = view.text;
    const raw: Raw[] = [];
    for (const rule of this.rules) {
      timed(rule.def.id, () =>
        rule.check(view, (range, report = NO_REPORT) => {
          const start = Math.max(0, Math.min(range[0], text.length));
          const end = Math.max(0, Math.min(range[1], text.length));
          const section = report.section !== undefined ? report.section : view.sectionAt(start);
          raw.push({ rule, start, end, report, section });
        }),
      );
    }
    return timed('(findings: order, duplicates, messages)', () => this.pipeline(view, raw));
  }

  /**
   * Duplicates and superseded findings out, document order, then at most
   * `maxFindingsPerRule` per rule and `maxFindingsPerDocument` in all, plus one finding per
   * rule that says how many more of it there were.
   * Messages and excerpts are built only for the findings kept, so a notice with a
   * million matches of one rule costs a million small records, not a million messages.
   */
  private pipeline(view: NoticeView, raw: Raw[]): Finding[] {
    // Document order, and the rules in id order at one range. Duplicates and superseded
    // findings then sit together, in a group per range: no map of every range is built
    // (a million findings on one line cost a million small records, nothing more).
    raw.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.rank - b.rule.rank);
    const kept: Raw[] = [];
    for (let i = 0; i < raw.length; ) {
      let j = i + 1;
      while (j < raw.length && raw[j].start === raw[i].start && raw[j].end === raw[i].end) j++;
      if (j === i + 1) kept.push(raw[i]);
      else {
        const here = new Set<string>();
        for (let k = i; k < j; k++) here.add(raw[k].rule.def.id);
        const seen = new Set<string>();
        for (let k = i; k < j; k++) {
          const r = raw[k];
          const id = `${r.rule.def.id}|${r.section}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (!r.rule.supersededBy.some((other) => here.has(other))) kept.push(r);
        }
      }
      i = j;
    }

    const max = this.settings.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE;
    // A caller who raises the per-rule cap past the document's default (to see every finding
    // of a rule) raises the document's too, unless it sets that one itself.
    const maxDoc = this.settings.maxFindingsPerDocument ?? Math.max(MAX_FINDINGS_PER_DOCUMENT, max);
    const shown = new Map<string, number>();
    const over = new Map<string, { first: Raw; more: number; severity: Severity }>();
    const out: Finding[] = [];
    for (const r of kept) {
      const id = r.rule.def.id;
      const n = shown.get(id) ?? 0;
      // Document order: the findings listed are the first ones of the file, whichever cap is reached.
      if (n < max && out.length < maxDoc) {
        shown.set(id, n + 1);
        out.push(this.toFinding(view, r));
        continue;
      }
      const severity = this.severityOf(r);
      const o = over.get(id);
      if (!o) over.set(id, { first: r, more: 1, severity });
      else {
        o.more++;
        if (SEVERITY_RANK[severity] > SEVERITY_RANK[o.severity]) o.severity = severity;
      }
    }
    if (over.size === 0) return out;
    for (const [id, { first, more, severity }] of over) {
      // A rule that listed its own maximum was cut by its cap; any other by the document's.
      const byRule = (shown.get(id) ?? 0) >= max;
      out.push(this.capFinding(view, first, more, severity, byRule ? CAP_MESSAGE[this.settings.lang](id, more, max) : DOCUMENT_CAP_MESSAGE[this.settings.lang](id, more, maxDoc)));
    }
    return out.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || byId(a.ruleId, b.ruleId));
  }

  private severityOf(r: Raw): Severity {
    const overridden = this.settings.severity.get(r.rule.def.id);
    return overridden && overridden !== 'off' ? overridden : (r.report.severity ?? r.rule.severity);
  }

  private place(view: NoticeView, start: number, end: number) {
    const { lineStarts } = view.notice;
    const from = positionAt(lineStarts, start);
    const to = positionAt(lineStarts, Math.max(start, end));
    const lineEnd = from.line < lineStarts.length ? lineStarts[from.line] - 1 : view.text.length;
    const page = view.notice.linePages ? (view.notice.linePages[from.line - 1] ?? null) : null;
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, page, lineBounds: [lineStarts[from.line - 1], lineEnd] as const };
  }

  /**
   * Where a person finds the spot: the heading it falls under (as the notice writes it),
   * the line on its PDF page, the paragraph under its heading (DOCX, HTML). A finding about
   * a section the notice does not have (a missing section, right or date) is about the
   * whole notice: it has no spot, so no excerpt, and its heading is the section's canonical name.
   */
  private locate(view: NoticeView, start: number, section: string | null, line: number, page: number | null) {
    const { notice } = view;
    const lang = this.settings.lang;
    let present = PRESENT.get(notice);
    if (!present) PRESENT.set(notice, (present = new Set(notice.segments.flatMap((sg) => sg.ids))));
    if (section && section !== 'preamble' && !present.has(section)) {
      return { heading: this.catalogue.byId.get(section)?.[lang] ?? section, whole: true, pageLine: null, paragraph: null };
    }
    const seg = segmentAt(notice.segments, start);
    const heading = seg ? (seg.heading ?? (seg.ids[0] === 'preamble' ? null : (this.catalogue.byId.get(seg.ids[0])?.[lang] ?? seg.ids[0]))) : null;
    let pageLine: number | null = null;
    if (page !== null && notice.linePages) {
      let first = line - 1;
      while (first > 0 && notice.linePages[first - 1] === page) first--;
      pageLine = line - first;
    }
    let paragraph: number | null = null;
    if ((notice.format === 'docx' || notice.format === 'html') && seg) {
      // Paragraphs are the blocks between blank lines after the heading; the heading itself is paragraph 0.
      const blocks = blockCounts(notice);
      const from = lineIndexAt(notice.lineStarts, seg.heading !== null ? seg.contentStart : seg.start);
      const to = line - 1;
      paragraph = to < from ? 0 : Math.max(1, blocks[to] - (from > 0 ? blocks[from - 1] : 0));
    }
    return { heading, whole: false, pageLine, paragraph };
  }

  private toFinding(view: NoticeView, r: Raw): Finding {
    const { def } = r.rule;
    const { lang } = this.settings;
    const { start, end, report, section } = r;
    const { lineBounds, ...at } = this.place(view, start, end);
    const template = (report.messageKey && def.messages?.[report.messageKey]) || def.message;
    const sectionLabel = section ? (this.catalogue.byId.get(section)?.[lang] ?? section) : '';
    const where = this.locate(view, start, section, at.line, at.page);
    return {
      ruleId: def.id,
      severity: this.severityOf(r),
      message: interpolate(template[lang], { section: sectionLabel, ...report.vars }),
      section,
      ...at,
      excerpt: where.whole ? '' : excerptAt(view.text, start, end, lineBounds),
      suggestion: report.suggestion ?? null,
      gdpr: def.gdpr,
      ...where,
      ...(report.suggestion && report.safe ? { safe: true } : {}),
      range: [start, end],
    };
  }

  /** The one finding that stands for the `more` findings of a rule past a cap, placed at the first of them. */
  private capFinding(view: NoticeView, first: Raw, more: number, severity: Severity, message: string): Finding {
    const { lineBounds: _, ...at } = this.place(view, first.start, first.start);
    const id = first.rule.def.id;
    return {
      ruleId: id,
      severity,
      message,
      section: null,
      ...at,
      excerpt: '',
      suggestion: null,
      gdpr: first.rule.def.gdpr,
      range: [first.start, first.start],
    };
  }
}
