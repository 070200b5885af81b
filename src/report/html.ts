/**
 * `--format html`: one self-contained page a lawyer can open and hand on — a
 * summary; per notice a list of every finding (where, what, how to fix) that links to
 * its spot; then the notice section by section in a proportional font, with PDF page
 * markers, its text beside the findings in it (the passage each finding is about is
 * marked, the fix next to each finding); then the help of every rule that found
 * something. Readable from phone width to A4 print. No script, no external asset; every piece of the
 * document's text is escaped, and a Content-Security-Policy forbids scripts anyway.
 */
import type { Lang } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { batched, joinChunks, joined } from '../util/chunks.js';
import { esc, PAGE_END, pageStart } from '../util/html.js';
import { rangeIndexAt } from '../util/position.js';
import { CSS } from './html-css.js';
import { pageLineNumbers, renderText, type Placed } from './html-text.js';
import { gdprRef, rulesOf, sectionLabel } from './meta.js';
import { messages, type Messages } from './messages/index.js';
import { headingOf, placeOf } from './place.js';
import { summarise } from './summary.js';
import type { ChunkFormatter, Formatter, LintReport, ReportFile, ReportSegment } from './types.js';

const anchor = (ruleId: string) => `rule-${ruleId.replace(/[^a-z0-9]+/gi, '-')}`;

/** A piece of the page's body: the pieces are joined with line breaks, as the page always was. */
type Item = string | Iterable<string>;

/** The page as chunks: the shell, then the body piece by piece, a notice's text line by line. */
export const htmlChunks: ChunkFormatter = function* (report, { lang, toolVersion }) {
  yield* batched(page(report, lang, toolVersion));
};

function* page(report: LintReport, lang: Lang, toolVersion: string): Generator<string> {
  yield pageStart({ lang, title: messages(lang).html.title, css: CSS, icon: true });
  yield* joined(bodyItems(report, lang, toolVersion), (item) => item, '\n');
  yield PAGE_END;
}

export const html: Formatter = (report, options) => joinChunks(htmlChunks(report, options));

function* bodyItems(report: LintReport, lang: Lang, toolVersion: string): Generator<Item> {
  const m = messages(lang);
  const w = m.html;
  const s = summarise(report.files);
  yield `<header><h1>${esc(w.title)}</h1><p class="meta">seloste ${esc(toolVersion)} · ${esc(m.files(report.files.length))}</p></header>`;

  yield `<section class="overview"><h2>${esc(w.summary)}</h2>`;
  yield `<div class="table"><table class="summary"><thead><tr><th>${esc(w.file)}</th><th>${esc(w.errors)}</th><th>${esc(w.warnings)}</th><th>${esc(w.infos)}</th></tr></thead><tbody>`;
  for (const [i, file] of report.files.entries()) {
    const c = summarise([file]);
    yield `<tr><td><a href="#file-${i}">${esc(file.file)}</a></td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td><td class="n">${c.infos}</td></tr>`;
  }
  yield `<tr><th>${esc(w.total)}</th><td class="n">${s.errors}</td><td class="n">${s.warnings}</td><td class="n">${s.infos}</td></tr></tbody></table></div>`;
  if (report.baselined !== undefined && report.baselined > 0)
    yield `<p class="note baselined">${esc(m.baselined(report.baselined))}</p>`;
  yield `<p class="note">${esc(w.positions)}</p></section>`;

  for (const [i, file] of report.files.entries()) yield* fileItems(report, file, i, lang);

  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const rules = rulesOf(report).filter((r) => used.has(r.id));
  if (rules.length > 0) {
    yield `<section class="rule-help"><h2>${esc(w.rules)}</h2><dl class="rules">`;
    for (const r of rules) {
      const ref = gdprRef(r.gdpr, lang);
      yield `<dt id="${anchor(r.id)}">${esc(r.id)}</dt>`;
      yield `<dd><p>${esc(r.description[lang])}</p>${r.fix ? `<p><strong>${esc(w.fix)}:</strong> ${esc(r.fix[lang])}</p>` : ''}${ref ? `<p class="note">${esc(ref)}</p>` : ''}</dd>`;
    }
    yield '</dl></section>';
  }
}

/** The rule's fix text of each rule id in the report's language. */
function fixesOf(report: LintReport, lang: Lang): Map<string, string> {
  return new Map((report.rules ?? []).filter((r) => r.fix).map((r) => [r.id, r.fix![lang]]));
}

/** What a file's lists need, worked out once per file (not once per segment). */
interface FileContext {
  report: LintReport;
  file: ReportFile;
  i: number;
  lang: Lang;
  m: Messages;
  fixes: Map<string, string>;
}

function* fileItems(report: LintReport, file: ReportFile, i: number, lang: Lang): Generator<Item> {
  const m = messages(lang);
  const w = m.html;
  const c = summarise([file]);
  const cx: FileContext = { report, file, i, lang, m, fixes: fixesOf(report, lang) };
  yield `<section class="file" id="file-${i}">`;
  yield `<h2>${esc(file.file)}</h2>`;
  yield `<p class="meta">${file.format ? `${esc(w.format)}: ${esc(file.format)} · ` : ''}${esc(m.errors(c.errors))} · ${esc(m.warnings(c.warnings))} · ${esc(m.infos(c.infos))}</p>`;
  if (file.warnings?.length) {
    yield `<div class="note ingest"><p>${esc(w.warningsNote)}</p><ul>${file.warnings.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
  }
  const text = file.text;
  const segments = file.segments;
  if (text === undefined || !segments || segments.length === 0) {
    if (file.findings.some((f) => f.ruleId === 'input/unreadable'))
      yield `<p class="unreadable">${esc(w.unreadable)}</p>`;
    yield findingList(
      cx,
      file.findings.map((finding, n) => ({ finding, n })),
      false,
    );
    yield '</section>';
    return;
  }
  if (file.findings.length === 0) yield `<p class="note">${esc(m.none)}</p>`;

  // A finding about the notice as a whole (a missing section, right or date) goes to one
  // box of its own; every other one to the segment where it starts.
  const present = new Set(segments.flatMap((sg) => sg.ids));
  const general: Placed[] = [];
  const bySegment = segments.map(() => [] as Placed[]);
  file.findings.forEach((finding, n) => {
    if (isWhole(finding, present)) {
      general.push({ finding, n });
      return;
    }
    bySegment[segmentIndexAt(segments, Math.min(finding.range[0], Math.max(0, text.length - 1)))].push({ finding, n });
  });
  const byStart = (a: Placed, b: Placed) => a.finding.range[0] - b.finding.range[0] || a.n - b.n;
  for (const placed of bySegment) placed.sort(byStart);

  if (file.findings.length > 0) yield contents(cx, general, bySegment);
  if (general.length > 0) {
    yield `<div class="general" id="file-${i}-whole"><h3>${esc(w.general)}</h3><p class="note">${esc(w.generalNote)}</p>`;
    yield findingList(cx, general, false);
    yield '</div>';
  }
  const linePages = file.linePages ?? null;
  const numbers = {
    linePages,
    pageLines: linePages ? pageLineNumbers(linePages) : null,
    unnumbered: file.format === 'pdf' && !linePages,
  };
  for (const [k, seg] of segments.entries()) {
    const placed = bySegment[k];
    yield `<div class="seg" id="file-${i}-seg-${k}">`;
    yield `<div class="text"><h3>${segmentTitle(report, seg, lang)}</h3>`;
    yield wrapped(
      `<div class="notice" aria-label="${esc(w.text)}">`,
      renderText(text, seg, placed, i, numbers, w),
      '</div></div>',
    );
    yield placed.length
      ? wrapped('<div class="findings">', findingList(cx, placed, true), '</div>')
      : `<div class="findings"><p class="note">${esc(w.none)}</p></div>`;
    yield '</div>';
  }
  yield '</section>';
}

function* wrapped(before: string, inner: Iterable<string>, after: string): Generator<string> {
  yield before;
  yield* inner;
  yield after;
}

function isWhole(f: Finding, present: Set<string>): boolean {
  if (f.whole !== undefined) return f.whole;
  return Boolean(f.section && f.section !== 'preamble' && !present.has(f.section));
}

/**
 * The list at the top of a notice: every finding (the whole notice's first, then in the
 * order of the text), where it is, what, and how to fix it, each linked to its spot.
 */
function* contents(cx: FileContext, general: Placed[], bySegment: Placed[][]): Generator<string> {
  const { report, file, i, lang, m } = cx;
  const inText = bySegment.flat().sort((a, b) => a.finding.range[0] - b.finding.range[0] || a.n - b.n);
  yield `<nav class="toc" aria-label="${esc(m.html.allFindings)}"><h3>${esc(m.html.findings)}</h3><ol>`;
  const item = ({ finding: f, n }: Placed, whole: boolean) => {
    const href = whole ? `#f${i}-${n}` : `#m${i}-${n}`;
    const heading = whole ? null : headingOf(f, m, (id) => sectionLabel(report, id, lang));
    return (
      `<li class="toc-item sev-${f.severity}"><a class="place" href="${href}">${esc(placeOf(f, file.format, m, true))}</a> ` +
      `<span class="badge">${esc(m.severity[f.severity])}</span> <span class="msg">${esc(f.message)}</span>` +
      `${heading ? `<span class="where">${esc(m.html.section)} ${esc(heading)}</span>` : ''}` +
      fixOf(f, cx.fixes, m) +
      `</li>`
    );
  };
  for (const p of general) yield item(p, true);
  for (const p of inText) yield item(p, false);
  yield '</ol></nav>';
}

/** The suggestion, else the rule's fix text, as one line next to a finding. */
function fixOf(f: Finding, fixes: Map<string, string>, m: Messages): string {
  if (f.suggestion) return `<span class="fix">${esc(m.html.suggestion)}: ${esc(f.suggestion)}</span>`;
  const fix = fixes.get(f.ruleId);
  return fix ? `<span class="fix">${esc(m.html.fix)}: ${esc(fix.replace(/\s+/g, ' ').trim())}</span>` : '';
}

function segmentTitle(report: LintReport, seg: ReportSegment, lang: Lang): string {
  const w = messages(lang).html;
  if (seg.ids.length === 1 && seg.ids[0] === 'preamble') return esc(w.preamble);
  // the heading as the notice writes it; the canonical name beside it when it differs
  const labels = seg.ids.filter((id) => id !== 'other').map((id) => sectionLabel(report, id, lang) ?? id);
  const canon = labels.join(' · ');
  const articles = seg.ids
    .map((id) => report.sections?.find((x) => x.id === id)?.gdpr)
    .filter((g): g is string => Boolean(g));
  const ref = articles.length ? gdprRef([...new Set(articles)].join(', '), lang) : null;
  const own = seg.heading ?? canon;
  const extra = [seg.heading && canon && canon.toLowerCase() !== seg.heading.toLowerCase() ? canon : null, ref]
    .filter(Boolean)
    .join(' · ');
  return `${esc(own)}${extra ? ` <span class="note">${esc(extra)}</span>` : ''}`;
}

function* findingList(cx: FileContext, placed: Placed[], linked: boolean): Generator<string> {
  const { file, i, m } = cx;
  yield '<ul class="findings">';
  for (const { finding: f, n } of placed) {
    const place = placeOf(f, file.format, m, true);
    yield (
      `<li class="finding sev-${f.severity}" id="f${i}-${n}">` +
      `${linked ? `<a class="place" href="#m${i}-${n}">${esc(place)}</a>` : `<span class="place">${esc(place)}</span>`}` +
      `<span class="badge">${esc(m.severity[f.severity])}</span> <a class="rule" href="#${anchor(f.ruleId)}">${esc(f.ruleId)}</a>` +
      `<span class="msg">${esc(f.message)}</span>` +
      `${linked && f.excerpt ? `<span class="excerpt">“${esc(f.excerpt)}”</span>` : ''}` +
      fixOf(f, cx.fixes, m) +
      `</li>`
    );
  }
  yield '</ul>';
}

/** The segment holding an offset (segments tile the text in order: binary search); the last one past the end. */
function segmentIndexAt(segments: ReportSegment[], at: number): number {
  const lo = rangeIndexAt(segments, at);
  return at >= segments[lo].start && at < segments[lo].end ? lo : segments.length - 1;
}
