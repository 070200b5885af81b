/**
 * `diff --format html`: one self-contained redline file (inline CSS, no scripts, no
 * external assets; a Content-Security-Policy forbids loading anything). Side by side
 * (default) or inline. Deletions red and struck through, insertions underlined, moved
 * sections marked, a change list linking to each change. Every piece of document
 * text goes through `esc`.
 */
import type { Change, DiffResult, DiffUnit } from '../types.js';
import { STATUS, TEXT, idsLabel, similarityLabel, type DiffRenderOptions } from './labels.js';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:0}
.files{color:#555}.summary{background:#f4f4f4;padding:.6rem 1rem;border-radius:4px}
del{background:#fde2e2;color:#a40000;text-decoration:line-through}
ins{background:#e3f6e3;color:#0a5d0a;text-decoration:underline}
section.unit{border:1px solid #ddd;border-radius:4px;margin:1rem 0;padding:.6rem 1rem}
section.moved{border-left:6px solid #1d7fb5}section.added{border-left:6px solid #2e8b2e}
section.removed{border-left:6px solid #c0392b}section.changed{border-left:6px solid #d4a017}
.badge{display:inline-block;font-size:.8rem;padding:0 .5rem;border-radius:3px;background:#eee;margin-right:.5rem}
.note{color:#555;font-size:.9rem;margin:.2rem 0}
table.sbs{width:100%;border-collapse:collapse;table-layout:fixed}
table.sbs th{text-align:left;color:#555;font-weight:normal;font-size:.85rem}
table.sbs td{vertical-align:top;padding:.3rem .5rem;border-top:1px solid #eee}
ol.changes li{margin:.15rem 0}ol.changes a{text-decoration:none}
details{margin:1rem 0}summary{cursor:pointer}
@media print{details{display:block}}
`;

export function renderHtml(result: DiffResult, opts: DiffRenderOptions): string {
  const t = TEXT[opts.lang];
  const st = STATUS[opts.lang];
  const layout = opts.layout ?? 'side-by-side';
  const s = result.summary;
  const changeItems: string[] = [];
  const unitsHtml: string[] = [];
  const unchanged: string[] = [];
  result.units.forEach((u, n) => {
    const label = esc(idsLabel(u.ids, opts));
    const heading = esc(u.new?.heading ?? u.old?.heading ?? t.noHeading);
    if (u.status === 'unchanged') {
      unchanged.push(`<li id="u${n}">${label} — “${heading}”</li>`);
      return;
    }
    const notes: string[] = [];
    if (u.moved && u.status === 'changed') notes.push(esc(t.alsoMoved));
    if (u.old && u.new && u.old.heading !== u.new.heading && (u.moved || u.status === 'moved')) notes.push(`${esc(t.movedFrom)} “${esc(u.old.heading ?? t.noHeading)}”`);
    if (u.granularity !== 'word') notes.push(esc(t.coarse[u.granularity]));
    const sim = u.status === 'added' || u.status === 'removed' ? '' : ` · ${esc(t.similarity)} ${similarityLabel(u.similarity)}`;
    changeItems.push(`<li><a href="#u${n}"><span class="badge">${esc(st[u.status])}</span>${label}</a>${changeLinks(u, n, t)}</li>`);
    const body = u.status === 'moved' ? '' : layout === 'inline' ? inline(u.changes, n) : sideBySide(u, n, t);
    unitsHtml.push(
      `<section class="unit ${u.status}" id="u${n}"><h2><span class="badge">${esc(st[u.status])}</span>${label}</h2>` +
        `<p class="note">“${heading}”${sim}</p>${notes.map((x) => `<p class="note">${x}</p>`).join('')}${body}</section>`,
    );
  });
  const summary =
    `${s.added} ${esc(st.added)}, ${s.removed} ${esc(st.removed)}, ${s.changed} ${esc(st.changed)}, ${s.moved} ${esc(st.moved)}, ` +
    `${s.unchanged} ${esc(st.unchanged)} (${esc(t.sections)}); ${s.wordsInserted} ${esc(t.wordsInserted)}, ${s.wordsDeleted} ${esc(t.wordsDeleted)}`;
  return `<!DOCTYPE html>
<html lang="${opts.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(t.title)}</h1>
<p class="files">${esc(t.old)}: <code>${esc(result.old.file)}</code> (${esc(result.old.format)}) · ${esc(t.new)}: <code>${esc(result.new.file)}</code> (${esc(result.new.format)})</p>
<p class="summary">${esc(t.summary)}: ${summary}</p>
${changeItems.length ? `<h2>${esc(t.changeList)}</h2>\n<ol class="changes">${changeItems.join('\n')}</ol>` : `<p>${esc(t.noDifferences)}</p>`}
${unitsHtml.join('\n')}
${unchanged.length ? `<details><summary>${esc(t.unchangedSections)} (${unchanged.length})</summary><ul>${unchanged.join('')}</ul></details>` : ''}
</body>
</html>
`;
}

/** Links to each deletion and insertion of a unit, with a short excerpt. */
function changeLinks(u: DiffUnit, n: number, t: (typeof TEXT)['fi' | 'en']): string {
  if (u.status !== 'changed') return '';
  const links = u.changes
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.type !== 'equal')
    .map(({ c, k }) => {
      const words = c.text.split(' ');
      const excerpt = words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : c.text;
      const tag = c.type === 'delete' ? 'del' : 'ins';
      return `<li><a href="#u${n}-c${k}" title="${esc(c.type === 'delete' ? t.deleted : t.inserted)}"><${tag}>${esc(excerpt)}</${tag}></a></li>`;
    });
  return links.length ? `<ul>${links.join('')}</ul>` : '';
}

function inline(changes: Change[], n: number): string {
  return `<p>${changes.map((c, k) => piece(c, n, k)).join(' ')}</p>`;
}

function sideBySide(u: DiffUnit, n: number, t: (typeof TEXT)['fi' | 'en']): string {
  const left = u.changes.map((c, k) => (c.type === 'insert' ? '' : piece(c, n, k))).filter(Boolean).join(' ');
  const right = u.changes.map((c, k) => (c.type === 'delete' ? '' : piece(c, n, k))).filter(Boolean).join(' ');
  return (
    `<table class="sbs"><thead><tr><th>${esc(t.old)}: “${esc(u.old?.heading ?? '—')}”</th><th>${esc(t.new)}: “${esc(u.new?.heading ?? '—')}”</th></tr></thead>` +
    `<tbody><tr><td>${left}</td><td>${right}</td></tr></tbody></table>`
  );
}

function piece(c: Change, n: number, k: number): string {
  if (c.type === 'delete') return `<del id="u${n}-c${k}">${esc(c.text)}</del>`;
  if (c.type === 'insert') return `<ins id="u${n}-c${k}">${esc(c.text)}</ins>`;
  return esc(c.text);
}
