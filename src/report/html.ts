/**
 * `--format html`: one self-contained page a lawyer can open and hand on — a
 * summary, then each notice section by section with its text beside the findings
 * in it (the passage each finding is about is marked), then the help of every
 * rule that found something. No script, no external asset; every piece of the
 * document's text is escaped, and a Content-Security-Policy forbids scripts anyway.
 */
import type { Lang } from '../model/errors.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../model/finding.js';
import { gdprRef, rulesOf, sectionLabel } from './meta.js';
import { summarise } from './summary.js';
import type { Formatter, LintReport, ReportFile, ReportSegment } from './types.js';

const W = {
  fi: {
    title: 'Tietosuojaselosteen tarkistusraportti',
    summary: 'Yhteenveto',
    file: 'Tiedosto',
    format: 'muoto',
    error: 'virhe',
    warning: 'varoitus',
    info: 'huomio',
    errors: 'Virheet',
    warnings: 'Varoitukset',
    infos: 'Huomiot',
    total: 'Yhteensä',
    files: (n: number) => (n === 1 ? '1 tiedosto' : `${n} tiedostoa`),
    baselined: (n: number) =>
      `${n} ${n === 1 ? 'havainto jätettiin' : 'havaintoa jätettiin'} pois, koska ${n === 1 ? 'se oli' : 'ne olivat'} jo vertailukohdassa (--baseline). Raportissa ovat vain uudet havainnot.`,
    general: 'Koko seloste',
    generalNote: 'Havainnot, jotka koskevat koko selostetta (esimerkiksi puuttuva kohta).',
    none: 'Ei havaintoja.',
    noneFile: 'Ei huomautettavaa.',
    rules: 'Säännöt',
    fix: 'Korjaus',
    suggestion: 'Ehdotus',
    section: 'Kohta',
    line: 'rivi',
    page: 's.',
    preamble: 'Ennen ensimmäistä otsikkoa',
    unreadable: 'Tiedostoa ei voitu lukea.',
    text: 'Selosteen teksti',
    legend: 'Merkityt kohdat tekstissä:',
    findings: 'Havainnot',
    positions: 'Rivit ja sarakkeet viittaavat selosteen normalisoituun tekstiin (seloste text).',
  },
  en: {
    title: 'Privacy notice check report',
    summary: 'Summary',
    file: 'File',
    format: 'format',
    error: 'error',
    warning: 'warning',
    info: 'info',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
    total: 'Total',
    files: (n: number) => (n === 1 ? '1 file' : `${n} files`),
    baselined: (n: number) =>
      `${n} ${n === 1 ? 'finding was' : 'findings were'} left out because the baseline already had ${n === 1 ? 'it' : 'them'} (--baseline). The report lists new findings only.`,
    general: 'Whole notice',
    generalNote: 'Findings about the notice as a whole (a missing section, for example).',
    none: 'No findings.',
    noneFile: 'No problems found.',
    rules: 'Rules',
    fix: 'How to fix',
    suggestion: 'Suggestion',
    section: 'Section',
    line: 'line',
    page: 'p.',
    preamble: 'Before the first heading',
    unreadable: 'The file could not be read.',
    text: 'Text of the notice',
    legend: 'Marked in the text:',
    findings: 'Findings',
    positions: 'Lines and columns refer to the normalised text of the notice (seloste text).',
  },
};

const ESCAPES: Record<string, string> = { '\u0000': '\uFFFD', '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values (one pass: a 50 MB notice is copied once, not six times). */
export function esc(s: string): string {
  return s.replace(/[\u0000&<>"']/g, (c) => ESCAPES[c]);
}

const anchor = (ruleId: string) => `rule-${ruleId.replace(/[^a-z0-9]+/gi, '-')}`;

const CSS = `
:root { --err: #b3261e; --err-bg: #fde2e0; --warn: #8a5a00; --warn-bg: #fff1c2; --info: #1d4f91; --info-bg: #dde9fb; --line: #8a8f98; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1d21; margin: 0 auto; max-width: 1280px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d5d8dd; padding-bottom: .25rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
.meta, .note { color: #555b66; font-size: .9rem; }
table.summary { border-collapse: collapse; margin: .5rem 0; }
table.summary th, table.summary td { border: 1px solid #d5d8dd; padding: .3rem .6rem; text-align: left; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 .4rem; border-radius: .25rem; }
.sev-error .badge, .badge.sev-error { background: var(--err); color: #fff; }
.sev-warning .badge, .badge.sev-warning { background: var(--warn); color: #fff; }
.sev-info .badge, .badge.sev-info { background: var(--info); color: #fff; }
.seg { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; border-top: 1px solid #eceef1; padding: .75rem 0; }
.seg > .findings { font-size: .92rem; }
.general { background: #f6f7f9; border-radius: .4rem; padding: .75rem 1rem; margin: .5rem 0; }
.notice { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85rem; background: #fbfbfc; border: 1px solid #eceef1; border-radius: .3rem; padding: .4rem 0; }
.line { display: block; white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 4.2em; min-height: 1.45em; position: relative; }
.line::before { content: attr(data-n); position: absolute; left: 0; width: 3.4em; text-align: right; color: var(--line); user-select: none; }
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
li.finding .fix { display: block; color: #1e6b34; }
li.finding .rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; }
.unreadable { color: var(--err); font-weight: 600; }
dl.rules dt { font-weight: 600; margin-top: 1rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
dl.rules dd { margin: .25rem 0 0 1rem; }
@media (max-width: 800px) { .seg { grid-template-columns: 1fr; } }
@media print { body { max-width: none; padding: 0; } .seg { break-inside: avoid-page; } a { color: inherit; text-decoration: none; } }
`;

interface Placed {
  finding: Finding;
  /** index in file.findings: ids `f<file>-<n>` (list item) and `m<file>-<n>` (mark) */
  n: number;
}

export const html: Formatter = (report, { lang, toolVersion }) => {
  const w = W[lang];
  const s = summarise(report.files);
  const body: string[] = [];
  body.push(`<header><h1>${esc(w.title)}</h1><p class="meta">seloste ${esc(toolVersion)} · ${esc(w.files(report.files.length))}</p></header>`);

  body.push(`<section class="overview"><h2>${esc(w.summary)}</h2>`);
  body.push(`<table class="summary"><thead><tr><th>${esc(w.file)}</th><th>${esc(w.errors)}</th><th>${esc(w.warnings)}</th><th>${esc(w.infos)}</th></tr></thead><tbody>`);
  report.files.forEach((file, i) => {
    const c = summarise([file]);
    body.push(`<tr><td><a href="#file-${i}">${esc(file.file)}</a></td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td><td class="n">${c.infos}</td></tr>`);
  });
  body.push(`<tr><th>${esc(w.total)}</th><td class="n">${s.errors}</td><td class="n">${s.warnings}</td><td class="n">${s.infos}</td></tr></tbody></table>`);
  if (report.baselined !== undefined && report.baselined > 0) body.push(`<p class="note baselined">${esc(w.baselined(report.baselined))}</p>`);
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

function renderFile(report: LintReport, file: ReportFile, i: number, lang: Lang): string {
  const w = W[lang];
  const c = summarise([file]);
  const out: string[] = [];
  out.push(`<section class="file" id="file-${i}">`);
  out.push(`<h2>${esc(file.file)}</h2>`);
  out.push(
    `<p class="meta">${file.format ? `${esc(w.format)}: ${esc(file.format)} · ` : ''}${esc(w.errors)}: ${c.errors} · ${esc(w.warnings)}: ${c.warnings} · ${esc(w.infos)}: ${c.infos}</p>`,
  );
  const text = file.text;
  const segments = file.segments;
  if (text === undefined || !segments || segments.length === 0) {
    if (file.findings.some((f) => f.ruleId === 'input/unreadable')) out.push(`<p class="unreadable">${esc(w.unreadable)}</p>`);
    out.push(findingList(report, file.findings.map((finding, n) => ({ finding, n })), i, lang, false));
    out.push('</section>');
    return out.join('\n');
  }
  if (file.findings.length === 0) out.push(`<p class="note">${esc(w.noneFile)}</p>`);

  // A finding about a section the notice does not have (a missing section, a missing date)
  // belongs to the notice as a whole; every other one to the segment where it starts.
  const present = new Set(segments.flatMap((sg) => sg.ids));
  const general: Placed[] = [];
  const bySegment = segments.map(() => [] as Placed[]);
  file.findings.forEach((finding, n) => {
    if (finding.section && finding.section !== 'preamble' && !present.has(finding.section)) {
      general.push({ finding, n });
      return;
    }
    bySegment[segmentIndexAt(segments, Math.min(finding.range[0], Math.max(0, text.length - 1)))].push({ finding, n });
  });

  if (general.length > 0) {
    out.push(`<div class="general"><h3>${esc(w.general)}</h3><p class="note">${esc(w.generalNote)}</p>`);
    out.push(findingList(report, general, i, lang, false));
    out.push('</div>');
  }
  segments.forEach((seg, k) => {
    const placed = bySegment[k].sort((a, b) => a.finding.range[0] - b.finding.range[0] || a.n - b.n);
    out.push(`<div class="seg" id="file-${i}-seg-${k}">`);
    out.push(`<div class="text"><h3>${segmentTitle(report, seg, lang)}</h3>`);
    out.push(`<div class="notice" aria-label="${esc(w.text)}">${renderText(text, seg, placed, i)}</div></div>`);
    out.push(`<div class="findings">${placed.length ? findingList(report, placed, i, lang, true) : `<p class="note">${esc(w.none)}</p>`}</div>`);
    out.push('</div>');
  });
  out.push('</section>');
  return out.join('\n');
}

function segmentTitle(report: LintReport, seg: ReportSegment, lang: Lang): string {
  if (seg.ids.length === 1 && seg.ids[0] === 'preamble') return esc(W[lang].preamble);
  const labels = seg.ids.map((id) => sectionLabel(report, id, lang) ?? id);
  const articles = seg.ids.map((id) => report.sections?.find((x) => x.id === id)?.gdpr).filter((g): g is string => Boolean(g));
  const ref = articles.length ? gdprRef([...new Set(articles)].join(', '), lang) : null;
  return `${esc(labels.join(' · '))}${ref ? ` <span class="note">${esc(ref)}</span>` : ''}`;
}

function findingList(report: LintReport, placed: Placed[], i: number, lang: Lang, linked: boolean): string {
  const w = W[lang];
  const items = placed.map(({ finding: f, n }) => {
    const place = `${w.line} ${f.line}:${f.column}${f.page ? ` (${w.page} ${f.page})` : ''}`;
    const label = sectionLabel(report, f.section, lang);
    return (
      `<li class="finding sev-${f.severity}" id="f${i}-${n}">` +
      `${linked ? `<a class="place" href="#m${i}-${n}">${esc(place)}</a>` : `<span class="place">${esc(place)}</span>`}` +
      `<span class="badge">${esc(w[f.severity])}</span> <a class="rule" href="#${anchor(f.ruleId)}">${esc(f.ruleId)}</a>` +
      `<span class="msg">${esc(f.message)}</span>` +
      `${!linked && label ? `<span class="excerpt">${esc(w.section)}: ${esc(label)}</span>` : ''}` +
      `${linked && f.excerpt ? `<span class="excerpt">“${esc(f.excerpt)}”</span>` : ''}` +
      `${f.suggestion ? `<span class="fix">${esc(w.suggestion)}: ${esc(f.suggestion)}</span>` : ''}` +
      `</li>`
    );
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The segment holding an offset (segments tile the text in order: binary search); the last one past the end. */
function segmentIndexAt(segments: ReportSegment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
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
function renderText(text: string, seg: ReportSegment, placed: Placed[], i: number): string {
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
  const flush = () => {
    lines.push(`<span class="line"${lineStarted ? ` data-n="${lineNo}"` : ''}>${line}</span>`);
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
