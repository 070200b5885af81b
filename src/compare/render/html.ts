/**
 * `compare --format html`: one self-contained report to hand to a client (inline CSS,
 * no scripts, nothing loaded from elsewhere). Every piece of document text is escaped.
 *
 * Made to hold fifty notices: the section matrix has one row per notice when there are
 * more than a few (sections as numbered columns, their names in a list under the table),
 * every table scrolls inside its own box with its header row and first column kept in
 * place, so the page is never wider than the window. Labels are the controller and
 * business ID or the file's name, never a full path (the path is the tooltip). A legend,
 * the date and seloste's version; each finding count opens (<details>) to the findings;
 * the notices that could not be read are listed with the reason.
 */
import type { Finding } from '../../model/finding.js';
import { joinChunks } from '../../util/chunks.js';
import { esc, PAGE_END, pageStart } from '../../util/html.js';
import type { Comparison, SectionCell } from '../index.js';
import { T, count, factMark, factText, sectionName, type CompareRenderOptions, type Texts } from './labels.js';

/** From this many notices on, the matrix has notices as rows. */
export const ROWS_FROM = 7;

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:2rem}
.meta{color:#555;margin:.2rem 0 1rem}
.scroll{max-width:100%;max-height:80vh;overflow:auto;border:1px solid #ddd}
table{border-collapse:separate;border-spacing:0}
th,td{border-right:1px solid #e4e4e4;border-bottom:1px solid #e4e4e4;padding:.25rem .45rem;vertical-align:top;background:#fff}
thead th{position:sticky;top:0;z-index:2;background:#f4f4f4;text-align:left}
tbody th{position:sticky;left:0;z-index:1;background:#fafafa;text-align:left;font-weight:600;max-width:16rem}
thead th:first-child{left:0;z-index:3}
td.missing{background:#fde2e2}td.empty{background:#fff4d6}td.stated{background:#e3eef9}td.problem{background:#ffe0b2}
td.num{text-align:right;white-space:nowrap}
.lbl{display:block;max-width:14rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
details.f summary{cursor:pointer;color:#a04000;font-weight:600;white-space:nowrap}
details.f ul{margin:.2rem 0;padding-left:1rem;min-width:18rem;font-weight:normal;white-space:normal;text-align:left}
.sev-error{color:#a40000}.sev-warning{color:#8a5a00}.sev-info{color:#555}
dl.legend{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}
dl.legend dt span{display:inline-block;padding:0 .5rem;border:1px solid #ddd}
ol.cols{columns:18rem}small{color:#555}
${Array.from({ length: 11 }, (_, k) => `td.s${k}{text-align:right;background:rgba(29,127,181,${(k * 0.06).toFixed(2)})}`).join('')}
`;

/**
 * The report as chunks, a table row at a time: many notices make a long page (the
 * similarity table alone has a cell for every pair), never one string.
 */
export function* renderHtmlChunks(c: Comparison, opts: CompareRenderOptions): Generator<string> {
  const t = T[opts.lang];
  const n = c.notices.length;
  const asRows = n >= ROWS_FROM;
  // a label cut short on screen reads in full, with its file, as the tooltip
  const label = (i: number) =>
    `<span class="lbl" title="${esc(`${c.notices[i].label} — ${c.notices[i].file}`)}">${esc(c.notices[i].label)}</span>`;
  const when = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const version = opts.toolVersion ? `seloste ${opts.toolVersion}` : 'seloste';
  const unreadable = c.unreadable.length
    ? `<h2 id="unreadable">${esc(t.unreadable)} (${c.unreadable.length})</h2>\n<ul>${c.unreadable
        .map((u) => `<li><code>${esc(u.file)}</code>: ${esc(u.reason)}</li>`)
        .join('')}</ul>`
    : '';
  const legend = `<dl class="legend">${(['present', 'empty', 'stated', 'missing'] as const)
    .map(
      (s) =>
        `<dt><span class="${s === 'present' ? '' : s}" style="background:${BG[s]}">${esc(s === 'present' ? '123' : t.status[s])}</span></dt><dd>${esc(t.legendItems[s])}</dd>`,
    )
    .join(
      '',
    )}<dt><span style="color:#a04000;font-weight:600">▸ 2</span></dt><dd>${esc(t.legendItems.findings)}</dd></dl>`;
  yield pageStart({ lang: opts.lang, title: t.title, css: CSS });
  yield `<h1>${esc(t.title)}</h1>
<p class="meta">${esc(count(n, t.notices))} · ${esc(t.generated)} ${when} · ${esc(version)}</p>
${unreadable}
<h2>${esc(t.legend)}</h2>
${legend}
<h2>${esc(t.sections)}</h2>
`;
  yield* asRows ? matrixByNotice(c, opts, t, label) : matrixBySection(c, opts, t, label);
  yield `\n<h2>${esc(t.facts)}</h2>\n`;
  yield* asRows
    ? table(
        `<tr><th>${esc(t.notice)}</th>${c.facts.map((f) => `<th>${esc(t.factNames[f.id])}</th>`).join('')}</tr>`,
        c.notices.map(
          (_, i) => () => `<tr><th>${label(i)}</th>${c.facts.map((f) => factCell(f.id, i, c, t)).join('')}</tr>`,
        ),
      )
    : table(
        `<tr><th></th>${c.notices.map((_, i) => `<th>${label(i)}</th>`).join('')}</tr>`,
        c.facts.map(
          (f) => () =>
            `<tr><th>${esc(t.factNames[f.id])}</th>${c.notices.map((_, i) => factCell(f.id, i, c, t)).join('')}</tr>`,
        ),
      );
  yield `\n<h2>${esc(t.similarity)}</h2>\n`;
  yield* table(
    `<tr><th></th>${c.notices.map((_, i) => `<th title="${esc(c.notices[i].label)}">${asRows ? `#${i + 1}` : label(i)}</th>`).join('')}</tr>`,
    c.similarity.map(
      (row, i) => () =>
        `<tr><th>${asRows ? `#${i + 1} ` : ''}${label(i)}</th>${row.map((x) => `<td class="s${Math.round(x * 10)}">${x.toFixed(2)}</td>`).join('')}</tr>`,
    ),
  );
  const groups = c.templates.length
    ? `<ul>${c.templates.map((g) => `<li>${g.map((i) => esc(c.notices[i].label)).join(' · ')}</li>`).join('')}</ul>`
    : `<p>${esc(t.noTemplates)}</p>`;
  yield `\n<h2>${esc(t.templates)}</h2>\n${groups}`;
  yield PAGE_END;
}

export function renderHtml(c: Comparison, opts: CompareRenderOptions): string {
  return joinChunks(renderHtmlChunks(c, opts));
}

const BG: Record<string, string> = { present: '#fff', empty: '#fff4d6', stated: '#e3eef9', missing: '#fde2e2' };

/** A scrolling table; each row is made when it is written (`rows` are functions). */
function* table(head: string, rows: (() => string)[]): Generator<string> {
  yield `<div class="scroll"><table><thead>${head}</thead><tbody>\n`;
  for (const [k, row] of rows.entries()) yield k > 0 ? `\n${row()}` : row();
  yield '</tbody></table></div>';
}

function factCell(id: string, i: number, c: Comparison, t: Texts): string {
  const mark = factMark(id, c.noticeFacts[i], t);
  return `<td${mark ? ` class="${mark}"` : ''}>${esc(factText(id, c.noticeFacts[i], t))}</td>`;
}

/** Notices as columns, sections as rows: for a few notices. */
function matrixBySection(
  c: Comparison,
  opts: CompareRenderOptions,
  t: Texts,
  label: (i: number) => string,
): Iterable<string> {
  return table(`<tr><th>${esc(t.section)}</th>${c.notices.map((_, i) => `<th>${label(i)}</th>`).join('')}</tr>`, [
    () =>
      `<tr><th>${esc(t.totalFindings)}</th>${c.notices.map((_, i) => totalCell(c.findings[i] ?? [], t)).join('')}</tr>`,
    ...c.sections.map(
      (s) => () =>
        `<tr><th>${esc(sectionName(s.id, opts))}</th>${s.cells.map((x, i) => cell(x, c.findings[i] ?? [], s.id, t)).join('')}</tr>`,
    ),
  ]);
}

/** All of a notice's findings, those outside any section too. */
function totalCell(findings: Finding[], t: Texts): string {
  return `<td class="num total">${findings.length ? findingList(findings, t) : '0'}</td>`;
}

/** Notices as rows, sections as numbered columns (named in a list below): for many notices. */
function* matrixByNotice(
  c: Comparison,
  opts: CompareRenderOptions,
  t: Texts,
  label: (i: number) => string,
): Generator<string> {
  const head = `<tr><th>${esc(t.notice)}</th><th>${esc(t.totalFindings)}</th>${c.sections.map((s, j) => `<th title="${esc(sectionName(s.id, opts))}">${j + 1}</th>`).join('')}</tr>`;
  const rows = c.notices.map(
    (_, i) => () =>
      `<tr><th>${label(i)}</th>${totalCell(c.findings[i] ?? [], t)}${c.sections.map((s) => cell(s.cells[i], c.findings[i] ?? [], s.id, t)).join('')}</tr>`,
  );
  yield* table(head, rows);
  yield `\n<h3>${esc(t.sectionColumns)}</h3><ol class="cols">${c.sections.map((s) => `<li>${esc(sectionName(s.id, opts))}</li>`).join('')}</ol>`;
}

function cell(x: SectionCell, findings: Finding[], id: string, t: Texts): string {
  const base = x.status === 'present' ? String(x.words) : t.status[x.status];
  const own = findings.filter((f) => f.section === id);
  const list = own.length ? findingList(own, t) : '';
  return `<td class="${x.status}${x.status === 'present' ? ' num' : ''}">${esc(base)}${list}</td>`;
}

/** A finding count that opens to the findings. */
function findingList(findings: Finding[], t: Texts): string {
  return `<details class="f"><summary title="${esc(count(findings.length, t.findings))}">${findings.length}</summary><ul>${findings
    .map(
      (f) =>
        `<li class="sev-${f.severity}">${esc(f.message)} <small>${esc(f.ruleId)}${f.line ? ` · ${esc(t.line)} ${f.line}` : ''}</small></li>`,
    )
    .join('')}</ul></details>`;
}
