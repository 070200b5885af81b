/** The style sheet of the lint HTML report: inline, so the report is one file; readable from phone width to A4 print. */
export const CSS = `
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
