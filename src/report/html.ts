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
import { SEVERITY_RANK, type Finding, type Severity } from '../model/finding.js';
import { rangeIndexAt } from '../util/position.js';
import { gdprRef, rulesOf, sectionLabel } from './meta.js';
import { messages, type Messages } from './messages/index.js';
import { headingOf, placeOf } from './place.js';
import { summarise } from './summary.js';
import type { Formatter, LintReport, ReportFile, ReportSegment } from './types.js';

const ESCAPES: Record<string, string> = { '\u0000': '\uFFFD', '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values (one pass: a 50 MB notice is copied once, not six times). */
export function esc(s: string): string {
  return s.replace(/[\u0000&<>"']/g, (c) => ESCAPES[c]);
}

const anchor = (ruleId: string) => `rule-${ruleId.replace(/[^a-z0-9]+/gi, '-')}`;

const CSS = `
:root { --err: #b3261e; --err-bg: #fde2e0; --warn: #8a5a00; --warn-bg: #fff1c2; --info: #1d4f91; --info-bg: #dde9fb; --line: #8a8f98; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1d21; margin: 0 auto; max-width: 1280px; padding: 1.5rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d5d8dd; padding-bottom: .25rem; word-break: break-all; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
.meta, .note { color: #555b66; font-size: .9rem; }
.ingest { border-left: 3px solid var(--warn); padding: .1rem .75rem; margin: .5rem 0; }
.ingest p, .ingest ul { margin: .2rem 0; }
.table { max-width: 100%; overflow-x: auto; }
table.summary { border-collapse: collapse; margin: .5rem 0; }
table.summary th, table.summary td { border: 1px solid #d5d8dd; padding: .3rem .6rem; text-align: left; }
table.summary td:first-child { overflow-wrap: anywhere; word-break: break-all; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .4rem; border-radius: .25rem; }
.sev-error .badge, .badge.sev-error { background: var(--err); color: #fff; }
.sev-warning .badge, .badge.sev-warning { background: var(--warn); color: #fff; }
.sev-info .badge, .badge.sev-info { background: var(--info); color: #fff; }
nav.toc { border: 1px solid #d5d8dd; border-radius: .4rem; padding: .75rem 1rem; margin: .75rem 0 1rem; }
nav.toc ol { margin: 0; padding-left: 1.6rem; }
li.toc-item { margin: 0 0 .6rem; }
li.toc-item .place { font-weight: 600; margin-right: .3rem; }
li.toc-item .msg, li.toc-item .where, li.toc-item .fix { display: block; }
li.toc-item .where { color: #3b3f46; font-size: .92rem; }
.fix { color: #1e6b34; }
.seg { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; border-top: 1px solid #eceef1; padding: .75rem 0; }
.seg > .findings { font-size: .92rem; }
.general { background: #f6f7f9; border-radius: .4rem; padding: .75rem 1rem; margin: .5rem 0; }
.notice { font-size: .95rem; line-height: 1.6; background: #fbfbfc; border: 1px solid #eceef1; border-radius: .3rem; padding: .4rem .5rem .4rem 0; }
.line { display: block; white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 3.2em; min-height: 1.5em; position: relative; tab-size: 4; }
.line::before { content: attr(data-n); position: absolute; left: 0; width: 2.5em; text-align: right; color: var(--line); font-size: .8em; line-height: 2; user-select: none; font-variant-numeric: tabular-nums; }
.pagemark { display: block; margin: .4rem 0 .2rem 3.2em; padding-top: .2rem; border-top: 1px dashed #b9bec7; color: #555b66; font-size: .8rem; font-weight: 600; }
mark { color: inherit; border-bottom: 2px solid; padding: 0 1px; }
mark.sev-error { background: var(--err-bg); border-color: var(--err); }
mark.sev-warning { background: var(--warn-bg); border-color: var(--warn); }
mark.sev-info { background: var(--info-bg); border-color: var(--info); }
mark.point { padding: 0 .15em; font-weight: 700; }
mark.anchor { border: 0; padding: 0; background: none; }
mark:target, li.finding:target { outline: 2px solid #1b1d21; }
ul.findings { list-style: none; padding: 0; margin: 0; }
li.finding { border-left: 4px solid; padding: .3rem .6rem; margin: 0 0 .5rem; background: #fafafa; }
li.finding.sev-error { border-color: var(--err); }
li.finding.sev-warning { border-color: var(--warn); }
li.finding.sev-info { border-color: var(--info); }
li.finding .place { font-variant-numeric: tabular-nums; color: #555b66; margin-right: .3rem; }
li.finding .msg { display: block; margin: .15rem 0; }
li.finding .excerpt { display: block; color: #3b3f46; font-style: italic; }
li.finding .fix { display: block; }
li.finding .rule { font-size: .8rem; color: #555b66; }
.unreadable { color: var(--err); font-weight: 600; }
dl.rules dt { font-weight: 600; margin-top: 1rem; }
dl.rules dd { margin: .25rem 0 0 1rem; }
@media (max-width: 800px) { .seg { grid-template-columns: 1fr; } body { padding: .75rem; } }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .seg { break-inside: avoid-page; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  a { color: inherit; text-decoration: none; }
  .notice { background: none; }
}
`;

interface Placed {
  finding: Finding;
  /** index in file.findings: ids `f<file>-<n>` (list item) and `m<file>-<n>` (mark) */
  n: number;
}

export const html: Formatter = (report, { lang, toolVersion }) => {
  const m = messages(lang);
  const w = m.html;
  const s = summarise(report.files);
  const body: string[] = [];
  body.push(`<header><h1>${esc(w.title)}</h1><p class="meta">seloste ${esc(toolVersion)} · ${esc(m.files(report.files.length))}</p></header>`);

  body.push(`<section class="overview"><h2>${esc(w.summary)}</h2>`);
  body.push(`<div class="table"><table class="summary"><thead><tr><th>${esc(w.file)}</th><th>${esc(w.errors)}</th><th>${esc(w.warnings)}</th><th>${esc(w.infos)}</th></tr></thead><tbody>`);
  report.files.forEach((file, i) => {
    const c = summarise([file]);
    body.push(`<tr><td><a href="#file-${i}">${esc(file.file)}</a></td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td><td class="n">${c.infos}</td></tr>`);
  });
  body.push(`<tr><th>${esc(w.total)}</th><td class="n">${s.errors}</td><td class="n">${s.warnings}</td><td class="n">${s.infos}</td></tr></tbody></table></div>`);
  if (report.baselined !== undefined && report.baselined > 0) body.push(`<p class="note baselined">${esc(m.baselined(report.baselined))}</p>`);
  body.push(`<p class="note">${esc(w.positions)}</p></section>`);

  report.files.forEach((file, i) => body.push(renderFile(report, file, i, lang)));

  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const rules = rulesOf(report).filter((r) => used.has(r.id));
  if (rules.length > 0) {
    body.push(`<section class="rule-help"><h2>${esc(w.rules)}</h2><dl class="rules">`);
    for (const r of rules) {
      const ref = gdprRef(r.gdpr, lang);
      body.push(`<dt id="${anchor(r.id)}">${esc(r.id)}</dt>`);
      body.push(`<dd><p>${esc(r.description[lang])}</p>${r.fix ? `<p><strong>${esc(w.fix)}:</strong> ${esc(r.fix[lang])}</p>` : ''}${ref ? `<p class="note">${esc(ref)}</p>` : ''}</dd>`);
    }
    body.push('</dl></section>');
  }

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${esc(w.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
};

/** The rule's fix text of each rule id in the report's language. */
function fixesOf(report: LintReport, lang: Lang): Map<string, string> {
  return new Map((report.rules ?? []).filter((r) => r.fix).map((r) => [r.id, r.fix![lang]]));
}

function renderFile(report: LintReport, file: ReportFile, i: number, lang: Lang): string {
  const m = messages(lang);
  const w = m.html;
  const c = summarise([file]);
  const out: string[] = [];
  out.push(`<section class="file" id="file-${i}">`);
  out.push(`<h2>${esc(file.file)}</h2>`);
  out.push(
    `<p class="meta">${file.format ? `${esc(w.format)}: ${esc(file.format)} · ` : ''}${esc(m.errors(c.errors))} · ${esc(m.warnings(c.warnings))} · ${esc(m.infos(c.infos))}</p>`,
  );
  if (file.warnings?.length) {
    out.push(`<div class="note ingest"><p>${esc(w.warningsNote)}</p><ul>${file.warnings.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`);
  }
  const text = file.text;
  const segments = file.segments;
  if (text === undefined || !segments || segments.length === 0) {
    if (file.findings.some((f) => f.ruleId === 'input/unreadable')) out.push(`<p class="unreadable">${esc(w.unreadable)}</p>`);
    out.push(findingList(report, file, file.findings.map((finding, n) => ({ finding, n })), i, lang, false));
    out.push('</section>');
    return out.join('\n');
  }
  if (file.findings.length === 0) out.push(`<p class="note">${esc(m.none)}</p>`);

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

  if (file.findings.length > 0) out.push(contents(report, file, general, bySegment, i, lang));
  if (general.length > 0) {
    out.push(`<div class="general" id="file-${i}-whole"><h3>${esc(w.general)}</h3><p class="note">${esc(w.generalNote)}</p>`);
    out.push(findingList(report, file, general, i, lang, false));
    out.push('</div>');
  }
  segments.forEach((seg, k) => {
    const placed = bySegment[k].sort((a, b) => a.finding.range[0] - b.finding.range[0] || a.n - b.n);
    out.push(`<div class="seg" id="file-${i}-seg-${k}">`);
    out.push(`<div class="text"><h3>${segmentTitle(report, seg, lang)}</h3>`);
    out.push(`<div class="notice" aria-label="${esc(w.text)}">${renderText(text, seg, placed, i, file.linePages ?? null, w, file.format === 'pdf' && !file.linePages)}</div></div>`);
    out.push(`<div class="findings">${placed.length ? findingList(report, file, placed, i, lang, true) : `<p class="note">${esc(w.none)}</p>`}</div>`);
    out.push('</div>');
  });
  out.push('</section>');
  return out.join('\n');
}

function isWhole(f: Finding, present: Set<string>): boolean {
  if (f.whole !== undefined) return f.whole;
  return Boolean(f.section && f.section !== 'preamble' && !present.has(f.section));
}

/**
 * The list at the top of a notice: every finding (the whole notice's first, then in the
 * order of the text), where it is, what, and how to fix it, each linked to its spot.
 */
function contents(report: LintReport, file: ReportFile, general: Placed[], bySegment: Placed[][], i: number, lang: Lang): string {
  const m = messages(lang);
  const fixes = fixesOf(report, lang);
  const inText = bySegment.flat().sort((a, b) => a.finding.range[0] - b.finding.range[0] || a.n - b.n);
  const items = [...general, ...inText].map(({ finding: f, n }) => {
    const whole = general.some((g) => g.n === n);
    const href = whole ? `#f${i}-${n}` : `#m${i}-${n}`;
    const heading = whole ? null : headingOf(f, m, (id) => sectionLabel(report, id, lang));
    return (
      `<li class="toc-item sev-${f.severity}"><a class="place" href="${href}">${esc(placeOf(f, file.format, m, true))}</a> ` +
      `<span class="badge">${esc(m.severity[f.severity])}</span> <span class="msg">${esc(f.message)}</span>` +
      `${heading ? `<span class="where">${esc(m.html.section)} ${esc(heading)}</span>` : ''}` +
      fixOf(f, fixes, m) +
      `</li>`
    );
  });
  return `<nav class="toc" aria-label="${esc(m.html.allFindings)}"><h3>${esc(m.html.findings)}</h3><ol>${items.join('')}</ol></nav>`;
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
  const articles = seg.ids.map((id) => report.sections?.find((x) => x.id === id)?.gdpr).filter((g): g is string => Boolean(g));
  const ref = articles.length ? gdprRef([...new Set(articles)].join(', '), lang) : null;
  const own = seg.heading ?? canon;
  const extra = [seg.heading && canon && canon.toLowerCase() !== seg.heading.toLowerCase() ? canon : null, ref].filter(Boolean).join(' · ');
  return `${esc(own)}${extra ? ` <span class="note">${esc(extra)}</span>` : ''}`;
}

function findingList(report: LintReport, file: ReportFile, placed: Placed[], i: number, lang: Lang, linked: boolean): string {
  const m = messages(lang);
  const fixes = fixesOf(report, lang);
  const items = placed.map(({ finding: f, n }) => {
    const place = placeOf(f, file.format, m, true);
    return (
      `<li class="finding sev-${f.severity}" id="f${i}-${n}">` +
      `${linked ? `<a class="place" href="#m${i}-${n}">${esc(place)}</a>` : `<span class="place">${esc(place)}</span>`}` +
      `<span class="badge">${esc(m.severity[f.severity])}</span> <a class="rule" href="#${anchor(f.ruleId)}">${esc(f.ruleId)}</a>` +
      `<span class="msg">${esc(f.message)}</span>` +
      `${linked && f.excerpt ? `<span class="excerpt">“${esc(f.excerpt)}”</span>` : ''}` +
      fixOf(f, fixes, m) +
      `</li>`
    );
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The segment holding an offset (segments tile the text in order: binary search); the last one past the end. */
function segmentIndexAt(segments: ReportSegment[], at: number): number {
  const lo = rangeIndexAt(segments, at);
  return at >= segments[lo].start && at < segments[lo].end ? lo : segments.length - 1;
}

interface Span {
  a: number;
  b: number;
  n: number;
  severity: Severity;
  message: string;
}

/**
 * The segment's text line by line, each finding's range wrapped in <mark>. Ranges may
 * overlap: the text is cut at every range end and line start, and each piece is marked
 * with the most severe finding covering it. A finding with an empty range gets a marker.
 * One sweep over the cuts with the findings open at each (not every finding at every cut,
 * which was quadratic in the findings of a section).
 */
/**
 * `unnumbered`: a PDF whose pages the report was not given: its lines are not numbered
 * (numbers through the whole document would contradict the findings' "s. 3, rivi 2").
 */
function renderText(text: string, seg: ReportSegment, placed: Placed[], i: number, linePages: number[] | null, w: Messages['html'], unnumbered = false): string {
  const cuts = new Set<number>([seg.start, seg.end]);
  for (let p = text.indexOf('\n', seg.start); p !== -1 && p < seg.end - 1; p = text.indexOf('\n', p + 1)) cuts.add(p + 1);
  // `placed` is in order of start, so the spans are too.
  const spans: Span[] = placed.map(({ finding, n }) => {
    const a = Math.max(seg.start, Math.min(finding.range[0], seg.end));
    const b = Math.max(a, Math.min(finding.range[1], seg.end));
    cuts.add(a);
    cuts.add(b);
    return { a, b, n, severity: finding.severity, message: finding.message };
  });
  const points = [...cuts].sort((x, y) => x - y);
  const anchored = new Set<number>();
  let next = 0; // first span not yet opened
  let open: Span[] = []; // spans covering the current piece, in placed order
  const lines: string[] = [];
  let line = '';
  let lineNo = seg.startLine;
  let lineStarted = seg.start === 0 || text[seg.start - 1] === '\n';
  // PDF: a marker where a page begins, and each line numbered on its page
  const pageOf = (n: number) => (linePages ? (linePages[n - 1] ?? null) : null);
  const pageLine = (n: number) => {
    let first = n;
    while (first > 1 && pageOf(first - 1) === pageOf(n)) first--;
    return n - first + 1;
  };
  const flush = () => {
    const page = lineStarted ? pageOf(lineNo) : null;
    if (page !== null && (lineNo === 1 || pageOf(lineNo - 1) !== page || lineNo === seg.startLine)) {
      lines.push(`<span class="pagemark" role="separator">${esc(w.page(page))}</span>`);
    }
    const n = page !== null ? pageLine(lineNo) : lineNo;
    lines.push(`<span class="line"${lineStarted && !unnumbered ? ` data-n="${n}"` : ''}>${line}</span>`);
    line = '';
  };
  for (let k = 0; k < points.length; k++) {
    const a = points[k];
    if (open.length > 0) open = open.filter((sp) => sp.b > a);
    for (; next < spans.length && spans[next].a === a; next++) {
      const sp = spans[next];
      if (sp.b > sp.a) open.push(sp);
      else {
        line += `<mark class="point sev-${sp.severity}" id="m${i}-${sp.n}" title="${esc(sp.message)}">⟂</mark>`;
        anchored.add(sp.n);
      }
    }
    if (k === points.length - 1) break;
    const b = points[k + 1];
    let piece = text.slice(a, b);
    const endsLine = piece.endsWith('\n');
    if (endsLine) piece = piece.slice(0, -1);
    if (open.length === 0 || piece === '') line += esc(piece);
    else {
      const worst = open.reduce((x, y) => (SEVERITY_RANK[y.severity] > SEVERITY_RANK[x.severity] ? y : x));
      const first = open.find((sp) => !anchored.has(sp.n));
      if (first) anchored.add(first.n);
      // Later findings starting here get their anchor on an empty mark, so every finding can be linked to.
      for (const sp of open) {
        if (sp === first || sp.a !== a || anchored.has(sp.n)) continue;
        anchored.add(sp.n);
        line += `<mark class="anchor" id="m${i}-${sp.n}"></mark>`;
      }
      const title = open.map((sp) => sp.message).join('\n');
      line += `<mark class="sev-${worst.severity}"${first ? ` id="m${i}-${first.n}"` : ''} title="${esc(title)}">${esc(piece)}</mark>`;
    }
    if (endsLine) {
      flush();
      lineNo++;
      lineStarted = true;
    }
  }
  if (line !== '' || lines.length === 0) flush();
  return lines.join('');
}
