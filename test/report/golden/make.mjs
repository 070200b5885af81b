// Freezes inputs (a lint report, a diff, a comparison) with the code at HEAD and writes
// what the string renderers made of them: the bytes the streamed renderers must repeat.
import { writeFileSync, mkdirSync } from 'node:fs';
const B = process.argv[2]; // dist root of the base build
const OUT = process.argv[3];
mkdirSync(OUT, { recursive: true });
const api = await import(`${B}/dist/api/index.js`);
const { FORMATTERS } = await import(`${B}/dist/report/index.js`);
const { RENDERERS } = await import(`${B}/dist/diff/render/index.js`);
const { COMPARE_RENDERERS } = await import(`${B}/dist/compare/render/index.js`);
const now = new Date('2026-11-25T12:00:00Z');
const F = '/work/main/fixtures/';
const lint = await api.lintFiles([`${F}002_4b4a33e3b28bb923.txt`, `${F}004_05ecfa6f8211a144.txt`, `${F}docs/001_seinajoki_table.pdf`, `${F}docs/empty_zero_bytes.pdf`], { now, cwd: '/work/main', keepText: true });
const report = lint.report;
// paths relative, a warning on one file, a baseline count: every branch of the formatters
for (const f of report.files) f.file = f.file.replace('/work/main/', '');
report.files[1].warnings = ['Tiedostossa oli 2 virheellistä UTF-8-tavua; ne korvattiin merkillä �.'];
report.baselined = 3;
// overlapping marks, a point mark and an unknown rule id (the HTML renderer's hard cases)
const f0 = report.files[0];
const base = f0.findings.find((f) => !f.whole && f.range[1] > f.range[0]);
f0.findings.push(
  { ...base, ruleId: 'x/overlap', severity: 'info', message: 'päällekkäinen <b>&"\'', range: [base.range[0] + 1, base.range[1] + 5], column: base.column + 1 },
  { ...base, severity: 'error', message: 'piste', range: [base.range[0], base.range[0]], endColumn: base.column },
  { ...base, severity: 'warning', message: 'sama alku', range: [base.range[0], base.range[1] + 40] },
);
writeFileSync(`${OUT}/input-lint.json`, JSON.stringify(report));
const opts = { lang: 'fi', color: false, toolVersion: '9.9.9' };
for (const [name, fmt] of Object.entries(FORMATTERS)) writeFileSync(`${OUT}/lint.${name}`, fmt(report, opts));
writeFileSync(`${OUT}/lint-en.html`, FORMATTERS.html(report, { ...opts, lang: 'en' }));
writeFileSync(`${OUT}/lint-color.stylish`, FORMATTERS.stylish(report, { ...opts, color: true }));
writeFileSync(`${OUT}/lint-warning.junit`, FORMATTERS.junit(report, { ...opts, failOn: 'warning' }));
const diff = await api.diffNotices(`${F}diff/003_retention_changed.txt`, `${F}002_4b4a33e3b28bb923.txt`, { now, cwd: '/work/main' });
diff.old.file = 'old.txt'; diff.new.file = 'new.txt';
writeFileSync(`${OUT}/input-diff.json`, JSON.stringify(diff));
const sectionLabel = (id, l) => `${id} (${l})`;
for (const [name, r] of Object.entries(RENDERERS)) writeFileSync(`${OUT}/diff.${name}`, r(diff, { lang: 'fi', color: false, sectionLabel, toolVersion: '9.9.9' }));
writeFileSync(`${OUT}/diff-inline.html`, RENDERERS.html(diff, { lang: 'en', color: false, layout: 'inline', sectionLabel, toolVersion: '9.9.9' }));
const files = ['000_a454ac08de0ff13f.txt', '001_50aa7928b2bf8345.txt', '003_98cc76d9ec6c475c.txt', 'docs/empty_zero_bytes.pdf'];
const cmp = await api.compareNotices(files.map((f) => `${F}${f}`), { now, cwd: '/work/main' });
const strip = (s) => s.replaceAll('/work/main/', '');
const cmpClean = JSON.parse(strip(JSON.stringify(cmp)));
writeFileSync(`${OUT}/input-compare.json`, JSON.stringify(cmpClean));
const copts = { lang: 'fi', color: false, sectionLabel, toolVersion: '9.9.9', now };
for (const [name, r] of Object.entries(COMPARE_RENDERERS)) writeFileSync(`${OUT}/compare.${name}`, r(cmpClean, copts));
// many notices: the matrix with notices as rows
const many = { ...cmpClean, notices: [], findings: [], noticeFacts: [], similarity: [], sections: cmpClean.sections.map((s) => ({ ...s, cells: [] })) };
for (let k = 0; k < 9; k++) {
  const i = k % cmpClean.notices.length;
  many.notices.push({ ...cmpClean.notices[i], label: `${cmpClean.notices[i].label} ${k}` });
  many.findings.push(cmpClean.findings[i]);
  many.noticeFacts.push(cmpClean.noticeFacts[i]);
  many.sections.forEach((s, j) => s.cells.push(cmpClean.sections[j].cells[i]));
}
many.similarity = many.notices.map((_, a) => many.notices.map((_, b) => cmpClean.similarity[a % 3][b % 3]));
writeFileSync(`${OUT}/input-compare-many.json`, JSON.stringify(many));
writeFileSync(`${OUT}/compare-many.html`, COMPARE_RENDERERS.html(many, { ...copts, lang: 'en' }));
