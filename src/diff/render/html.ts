/**
 * `diff --format html`: one self-contained redline file (inline CSS, no scripts, no
 * external assets; a Content-Security-Policy forbids loading anything). Side by side
 * (default) or inline. Deletions red and struck through, insertions underlined, moved
 * sections marked, a change list linking to each change. Every piece of document
 * text goes through `esc`.
 */
import { joinChunks } from '../../util/chunks.js';
import { esc, PAGE_END, pageStart } from '../../util/html.js';
import { editsOf } from '../edits.js';
import type { Change, DiffResult, DiffUnit, Substance } from '../types.js';
import {
  STATUS,
  TEXT,
  groupFindings,
  idsLabel,
  movedText,
  similarityLabel,
  summaryText,
  type DiffRenderOptions,
} from './labels.js';

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
ol.changes li{margin:.15rem 0}ol.changes a{text-decoration:none}ol.changes ul{list-style:none;padding-left:1rem}
.ctx{color:#555}.body{white-space:pre-line}
.substance{border:1px solid #d4a017;background:#fffbea;border-radius:4px;padding:.4rem 1rem;margin:1rem 0}
.substance h2{margin:.3rem 0}.substance h3{font-size:1rem;margin:.6rem 0 .2rem}
.substance li small{color:#555}
details{margin:1rem 0}summary{cursor:pointer}
@media print{details{display:block}}
`;

/**
 * The redline as chunks: the change list first (one pass over the units that keeps only
 * the list), then each section as it is rendered, so the page is never one string.
 */
export function* renderHtmlChunks(result: DiffResult, opts: DiffRenderOptions): Generator<string> {
  const t = TEXT[opts.lang];
  const st = STATUS[opts.lang];
  const layout = opts.layout ?? 'side-by-side';
  const changeItems: string[] = [];
  const unchanged: string[] = [];
  result.units.forEach((u, n) => {
    const label = esc(idsLabel(u.ids, opts));
    if (u.status === 'unchanged') {
      unchanged.push(`<li id="u${n}">${label} — “${esc(u.new?.heading ?? u.old?.heading ?? t.noHeading)}”</li>`);
      return;
    }
    const moved = movedText(u, opts.lang);
    changeItems.push(
      `<li><a href="#u${n}"><span class="badge">${esc(st[u.status])}</span>${label}</a>${moved ? ` <span class="ctx">${esc(moved)}</span>` : ''}${changeLinks(u, n)}</li>`,
    );
  });
  const name = (f: string) => f.split(/[\\/]/).pop() ?? f;
  yield pageStart({
    lang: opts.lang,
    title: `${t.title}: ${name(result.old.file)} → ${name(result.new.file)}`,
    css: CSS,
  });
  yield `<h1>${esc(t.title)}</h1>
<p class="files">${esc(t.old)}: <code>${esc(result.old.file)}</code> (${esc(result.old.format)}) · ${esc(t.new)}: <code>${esc(result.new.file)}</code> (${esc(result.new.format)})</p>
${result.substance ? substanceHtml(result.substance, opts) : ''}
<p class="summary">${esc(t.summary)}: ${esc(summaryText(result.summary, opts.lang))}</p>
${changeItems.length ? `<h2>${esc(t.changeList)}</h2>\n<ol class="changes">${changeItems.join('\n')}</ol>` : `<p>${esc(t.noDifferences)}</p>`}
`;
  let k = 0;
  for (const [n, u] of result.units.entries()) {
    if (u.status === 'unchanged') continue;
    if (k++ > 0) yield '\n';
    yield unitHtml(u, n, layout, opts);
  }
  yield `\n${unchanged.length ? `<details><summary>${esc(t.unchangedSections)} (${unchanged.length})</summary><ul>${unchanged.join('')}</ul></details>` : ''}`;
  yield PAGE_END;
}

export function renderHtml(result: DiffResult, opts: DiffRenderOptions): string {
  return joinChunks(renderHtmlChunks(result, opts));
}

/** One changed, added, removed or moved section: its badge, notes and text. */
function unitHtml(u: DiffUnit, n: number, layout: 'side-by-side' | 'inline', opts: DiffRenderOptions): string {
  const t = TEXT[opts.lang];
  const st = STATUS[opts.lang];
  const label = esc(idsLabel(u.ids, opts));
  const heading = esc(u.new?.heading ?? u.old?.heading ?? t.noHeading);
  const notes: string[] = [];
  const moved = movedText(u, opts.lang);
  if (moved) notes.push(`${esc(st.moved)}: ${esc(moved)}`);
  else if (u.moved && u.status === 'changed') notes.push(esc(t.alsoMoved));
  if (u.old && u.new && u.old.heading !== u.new.heading && (u.moved || u.status === 'moved'))
    notes.push(`${esc(t.movedFrom)} “${esc(u.old.heading ?? t.noHeading)}”`);
  if (u.granularity !== 'word') notes.push(esc(t.coarse[u.granularity]));
  const sim =
    u.status === 'added' || u.status === 'removed' ? '' : ` · ${esc(t.similarity)} ${similarityLabel(u.similarity)}`;
  const body = u.status === 'moved' ? '' : layout === 'inline' ? inline(u.changes, n) : sideBySide(u, n, t);
  return (
    `<section class="unit ${u.status}" id="u${n}"><h2><span class="badge">${esc(st[u.status])}</span>${label}</h2>` +
    `<p class="note">“${heading}”${sim}</p>${notes.map((x) => `<p class="note">${x}</p>`).join('')}${body}</section>`
  );
}

/**
 * The unit's replacements, each with a few words of context, the deleted and inserted
 * words linking to their place in the section.
 */
function changeLinks(u: DiffUnit, n: number): string {
  if (u.status !== 'changed') return '';
  const items = editsOf(u.changes).map((e) => {
    const del = e.deleteAt >= 0 ? `<a href="#u${n}-c${e.deleteAt}"><del>${esc(short(e.deleted))}</del></a>` : '';
    const ins = e.insertAt >= 0 ? `<a href="#u${n}-c${e.insertAt}"><ins>${esc(short(e.inserted))}</ins></a>` : '';
    const before = e.before ? `<span class="ctx">${e.moreBefore ? '… ' : ''}${esc(e.before)}</span> ` : '';
    const after = e.after ? ` <span class="ctx">${esc(e.after)}${e.moreAfter ? ' …' : ''}</span>` : '';
    return `<li>${before}${[del, ins].filter(Boolean).join(' ')}${after}</li>`;
  });
  return items.length ? `<ul>${items.join('')}</ul>` : '';
}

/** A long deletion or insertion in the change list: its first and last words. */
function short(text: string): string {
  const words = text.split(' ');
  return words.length > 16 ? `${words.slice(0, 8).join(' ')} … ${words.slice(-6).join(' ')}` : text;
}

function substanceHtml(sub: Substance, opts: DiffRenderOptions): string {
  const t = TEXT[opts.lang];
  const parts: string[] = [`<section class="substance" id="substance"><h2>${esc(t.substance)}</h2>`];
  if (sub.facts.length + sub.newFindings.length + sub.resolvedFindings.length === 0)
    parts.push(`<p>${esc(t.noSubstance)}</p>`);
  if (sub.facts.length) {
    parts.push(`<h3>${esc(t.factsChanged)}</h3><ul class="facts">`);
    for (const f of sub.facts)
      parts.push(`<li><strong>${esc(f.name)}</strong>: <del>${esc(f.from)}</del> → <ins>${esc(f.to)}</ins></li>`);
    parts.push('</ul>');
  }
  const list = (title: string, cls: string, items: Substance['newFindings']) => {
    if (items.length === 0) return;
    parts.push(`<h3>${esc(title)} (${items.length})</h3><ul class="${cls}">`);
    for (const g of groupFindings(items, opts.lang))
      parts.push(`<li>${esc(g.message)} <small>${esc(g.ruleId)} · ${esc(g.where)}</small></li>`);
    parts.push('</ul>');
  };
  list(t.newFindings, 'new-findings', sub.newFindings);
  list(t.resolvedFindings, 'resolved-findings', sub.resolvedFindings);
  parts.push('</section>');
  return parts.join('\n');
}

function inline(changes: Change[], n: number): string {
  return `<p class="body">${joined(changes.map((c, k) => [c, piece(c, n, k)] as const))}</p>`;
}

/** Pieces joined as their words are: a space, or the line or paragraph break the run starts with. */
function joined(pieces: (readonly [Change, string])[]): string {
  return pieces.map(([c, html], k) => (k === 0 ? html : `${c.brk ?? ' '}${html}`)).join('');
}

function sideBySide(u: DiffUnit, n: number, t: (typeof TEXT)['fi' | 'en']): string {
  const left = joined(u.changes.flatMap((c, k) => (c.type === 'insert' ? [] : [[c, piece(c, n, k)] as const])));
  const right = joined(u.changes.flatMap((c, k) => (c.type === 'delete' ? [] : [[c, piece(c, n, k)] as const])));
  return (
    `<table class="sbs"><thead><tr><th>${esc(t.old)}: “${esc(u.old?.heading ?? '—')}”</th><th>${esc(t.new)}: “${esc(u.new?.heading ?? '—')}”</th></tr></thead>` +
    `<tbody><tr><td class="body">${left}</td><td class="body">${right}</td></tr></tbody></table>`
  );
}

function piece(c: Change, n: number, k: number): string {
  if (c.type === 'delete') return `<del id="u${n}-c${k}">${esc(c.text)}</del>`;
  if (c.type === 'insert') return `<ins id="u${n}-c${k}">${esc(c.text)}</ins>`;
  return esc(c.text);
}
