/**
 * `compare --format html`: one self-contained report to hand to a client (inline CSS,
 * no scripts, nothing loaded from elsewhere). Every piece of document text is escaped.
 */
import { esc } from '../../diff/render/html.js';
import type { Comparison } from '../index.js';
import { T, cellText, factText, sectionName, type CompareRenderOptions } from './labels.js';

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse}th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}
th{background:#f4f4f4;text-align:left}td.missing{background:#fde2e2}td.empty{background:#fff4d6}
td.num{text-align:right}small{color:#555}
`;

export function renderHtml(c: Comparison, opts: CompareRenderOptions): string {
  const t = T[opts.lang];
  const head = `<tr><th></th>${c.notices.map((n) => `<th>${esc(n.label)}<br><small>${esc(n.file)}</small></th>`).join('')}</tr>`;
  const sections = c.sections
    .map(
      (s) =>
        `<tr><th>${esc(sectionName(s.id, opts))}</th>${s.cells
          .map((x) => `<td class="${x.status}"${x.rules.length ? ` title="${esc(x.rules.join(', '))}"` : ''}>${esc(cellText(x, t))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const facts = c.facts
    .map((f) => `<tr><th>${esc(t.factNames[f.id])}</th>${c.noticeFacts.map((nf) => `<td>${esc(factText(f.id, nf, t))}</td>`).join('')}</tr>`)
    .join('\n');
  const sim = c.similarity
    .map(
      (row, i) =>
        `<tr><th>${esc(c.notices[i].label)}</th>${row
          .map((x) => `<td class="num" style="background:rgba(29,127,181,${(x * 0.6).toFixed(2)})">${x.toFixed(2)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const groups = c.templates.length
    ? `<ul>${c.templates.map((g) => `<li>${g.map((i) => esc(c.notices[i].label)).join(' · ')}</li>`).join('')}</ul>`
    : `<p>${esc(t.noTemplates)}</p>`;
  return `<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<h2>${esc(t.sections)}</h2>
<table>${head}
${sections}</table>
<h2>${esc(t.facts)}</h2>
<table>${head}
${facts}</table>
<h2>${esc(t.similarity)}</h2>
<table>${head}
${sim}</table>
<h2>${esc(t.templates)}</h2>
${groups}
</body>
</html>
`;
}
