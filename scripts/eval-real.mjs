#!/usr/bin/env node
/**
 * npm run eval:real — seloste measured on real notices that were read and labelled by hand.
 *
 * Reads ../shared/corpus-real/*.txt and labels.json in place (SELOSTE_CORPUS overrides the folder),
 * runs `sections` and `lint` in process, and scores them as labels.md says:
 *   - headings: a labelled heading is found when a segment starts on its line; precision is the share
 *     of segment starts that fall on a labelled heading line (or on the document title);
 *   - missing content: `section/required`, `rights/missing`, `retention/no-period` (errors and warnings)
 *     against the labels, as true alarms, false alarms and misses;
 *   - typos and placeholders: a labelled string is found when a text/* finding names it; typos are
 *     scored both with and without the Voikko spelling rule (the other way only where libvoikko is installed);
 *   - compare: the matrix and the lint findings agree on every right and required item.
 *
 *   node scripts/eval-real.mjs [--verbose] [--json] [--voikko] [--write]   (--write: the table into BENCHMARKS.md)
 * It is a measuring tool, not a test: it prints figures and exits 0.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = resolve(process.env.SELOSTE_CORPUS ?? join(ROOT, '../shared/corpus-real'));
const VERBOSE = process.argv.includes('--verbose');
const AS_JSON = process.argv.includes('--json');
const VOIKKO = process.argv.includes('--voikko');
const WRITE = process.argv.includes('--write');
/**
 * --variant pdf|html: the same notices in another layout, to see how much the figures owe to
 * the layout they came in. pdf: Markdown marks dropped, no blank lines, paragraphs wrapped at
 * 90 characters, read as PDF text; html: Markdown headings as <h2>, every other line a <p>.
 */
const VARIANT = process.argv.find((a) => a.startsWith('--variant='))?.slice('--variant='.length);

const { readNotice } = await import(join(ROOT, 'dist/ingest/index.js'));
const { buildNotice, loadCatalogue } = await import(join(ROOT, 'dist/segment/index.js'));
const { loadPack } = await import(join(ROOT, 'dist/rules/pack.js'));
const { Linter, DEFAULT_SETTINGS } = await import(join(ROOT, 'dist/rules/engine.js'));

if (!existsSync(join(CORPUS, 'labels.json'))) {
  console.error(`seloste eval:real: no labels.json in ${CORPUS} (set SELOSTE_CORPUS)`);
  process.exit(2);
}
const labels = JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8'));
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt') && labels[f])
  .sort();

const defs = loadPack('fi-gdpr');
const severity = new Map(VOIKKO ? [['text/spelling', 'warning']] : []);
const linter = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, severity });
// Typos are scored both ways: with the Voikko spelling rule and without it. The other way
// than the run's own is linted once more (only where libvoikko is installed).
const voikkoThere = await import(join(ROOT, 'dist/rules/voikko.js'))
  .then((m) => (m.openVoikko(), true))
  .catch(() => false);
const otherLinter =
  VOIKKO || voikkoThere
    ? new Linter(defs, loadCatalogue(), {
        ...DEFAULT_SETTINGS,
        severity: new Map(VOIKKO ? [] : [['text/spelling', 'warning']]),
      })
    : null;
const otherTypos = { typos: 0, typosFound: 0, typoAlarmsUnlabelled: 0 };
const compareMod = await import(join(ROOT, 'dist/compare/index.js')).catch(() => null);

/** Label key → what a report for it looks like. */
const ITEMS = {
  controller_named: { sections: ['controller'] },
  purpose: { sections: ['purpose'] },
  legal_basis: { sections: ['legal_basis'] },
  categories: { sections: ['data_content', 'data_categories'] },
  sources: { sections: ['sources'] },
  recipients: { sections: ['recipients', 'disclosures'] },
  transfers: { sections: ['transfers'] },
  profiling_statement: { sections: ['profiling'] },
  retention: { sections: ['retention'], rule: 'retention/no-period' },
  complaint_right: { sections: ['right_complaint'], rights: true },
  rights_access: { sections: ['right_access'], rights: true },
  rights_rectification: { sections: ['right_rectification'], rights: true },
  rights_erasure: { sections: ['right_erasure'], rights: true },
  rights_restriction: { sections: ['right_restriction'], rights: true },
  rights_portability: { sections: ['right_portability'], rights: true },
  rights_objection: { sections: ['right_objection'], rights: true },
};

function alarmed(key, findings) {
  const item = ITEMS[key];
  return findings.some((f) => {
    if (f.severity !== 'error' && f.severity !== 'warning') return false;
    if (f.ruleId === 'section/required' && item.sections.includes(f.section)) return true;
    if (f.ruleId === 'section/required' && item.rights && f.section === 'rights' && key !== 'complaint_right')
      return true;
    if (f.ruleId === 'rights/missing' && item.rights && item.sections.includes(f.section)) return true;
    if (item.rule && f.ruleId === item.rule) return true;
    return false;
  });
}

function lacks(key, label) {
  if (key === 'retention') return label.retention !== 'concrete';
  if (key.startsWith('rights_') && (label.rights_addressed_not_granted ?? []).includes(key)) return false;
  return label[key] === false;
}

const fold = (s) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[*#_`\\]/g, '')
    .trim();

/** The 0-based line of each labelled heading, searched in order. */
function headingLines(text, headings) {
  const lines = text.split('\n').map((l) => fold(l).replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]{1,4}\.)\s+/, ''));
  const out = [];
  let from = 0;
  for (const h of headings) {
    const want = fold(h);
    let at = -1;
    for (let i = from; i < lines.length; i++) {
      if (
        lines[i].startsWith(want) ||
        (want.length > 12 && lines[i].startsWith(want.slice(0, Math.max(12, want.length - 3))))
      ) {
        at = i;
        break;
      }
    }
    if (at < 0)
      for (let i = from; i < lines.length; i++)
        if (lines[i].includes(want)) {
          at = i;
          break;
        }
    out.push(at);
    if (at >= 0) from = at + 1;
  }
  return out;
}

async function variantOf(path, variant) {
  const { extract } = await import(join(ROOT, 'dist/ingest/index.js'));
  const src = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  if (variant === 'html') {
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = src
      .split('\n')
      .map((l) =>
        /^#{1,6}\s/.test(l)
          ? `<h2>${esc(l.replace(/^#+\s*/, ''))}</h2>`
          : l.trim()
            ? `<p>${esc(l.replace(/^[-*]\s+/, '• '))}</p>`
            : '',
      )
      .join('\n');
    return extract(new TextEncoder().encode(`<!doctype html><html><body>${body}</body></html>`), 'n.html');
  }
  const lines = [];
  for (const raw of src.split('\n')) {
    const l = raw
      .replace(/^#{1,6}\s*/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (!l) continue;
    let rest = l;
    while (rest.length > 90) {
      const cut = rest.lastIndexOf(' ', 90);
      if (cut < 20) break;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    lines.push(rest);
  }
  const text = lines.join('\n');
  return { format: 'pdf', text, linePages: lines.map(() => 1), headingLines: [], warnings: [] };
}

const totals = {
  headings: 0,
  headingsFound: 0,
  starts: 0,
  startsOnHeading: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  typos: 0,
  typosFound: 0,
  placeholders: 0,
  placeholdersFound: 0,
  typoAlarmsUnlabelled: 0,
  compareDisagree: 0,
};
const perKey = {};
const details = [];

for (const file of files) {
  const label = labels[file];
  const path = join(CORPUS, file);
  const extracted = VARIANT ? await variantOf(path, VARIANT) : await readNotice(path);
  const notice = buildNotice(file, extracted);
  const findings = linter.lint(notice);
  const d = {
    file,
    missedHeadings: [],
    extraStarts: [],
    falseAlarms: [],
    misses: [],
    typosMissed: [],
    placeholdersMissed: [],
    typoFalse: [],
    compare: [],
  };

  // Headings
  const hl = headingLines(notice.text, label.headings ?? []);
  const startLines = new Set(notice.segments.filter((s) => !s.ids.includes('preamble')).map((s) => s.startLine - 1));
  hl.forEach((line, k) => {
    totals.headings++;
    if (line >= 0 && startLines.has(line)) totals.headingsFound++;
    else d.missedHeadings.push(`${label.headings[k]}${line < 0 ? ' (line not located)' : ` @${line + 1}`}`);
  });
  const headingSet = new Set(hl.filter((l) => l >= 0));
  for (const s of notice.segments) {
    if (s.ids.includes('preamble')) continue;
    totals.starts++;
    if (headingSet.has(s.startLine - 1)) totals.startsOnHeading++;
    else d.extraStarts.push(`${s.startLine}: ${s.heading} [${s.ids.join(',')}]`);
  }

  // Missing content
  for (const key of Object.keys(ITEMS)) {
    if (!(key in label)) continue;
    const k = (perKey[key] ??= { tp: 0, fp: 0, fn: 0 });
    const should = lacks(key, label);
    const did = alarmed(key, findings);
    if (should && did) {
      k.tp++;
      totals.tp++;
    } else if (!should && did) {
      k.fp++;
      totals.fp++;
      d.falseAlarms.push(key);
    } else if (should && !did) {
      k.fn++;
      totals.fn++;
      d.misses.push(key);
    }
  }

  // Typos and placeholders
  const textFindings = findings.filter((f) => /^text\/(typo|probable-typo|spelling|placeholder)$/.test(f.ruleId));
  const named = (s) => {
    const want = fold(s);
    return textFindings.some((f) => {
      const got = fold(notice.text.slice(f.range[0], f.range[1]));
      return got && (want.includes(got) || got.includes(want));
    });
  };
  for (const t of label.typos ?? []) {
    totals.typos++;
    if (named(t)) totals.typosFound++;
    else d.typosMissed.push(t);
  }
  for (const p of label.placeholders ?? []) {
    totals.placeholders++;
    if (named(p)) totals.placeholdersFound++;
    else d.placeholdersMissed.push(p);
  }
  for (const f of findings.filter((f) => /^text\/(typo|probable-typo|spelling)$/.test(f.ruleId))) {
    const got = fold(notice.text.slice(f.range[0], f.range[1]));
    if (!(label.typos ?? []).some((t) => fold(t).includes(got) || got.includes(fold(t)))) {
      totals.typoAlarmsUnlabelled++;
      d.typoFalse.push(`${f.ruleId}: ${notice.text.slice(f.range[0], f.range[1])}`);
    }
  }
  if (otherLinter) {
    const other = otherLinter.lint(notice).filter((f) => /^text\/(typo|probable-typo|spelling)$/.test(f.ruleId));
    const words = other.map((f) => fold(notice.text.slice(f.range[0], f.range[1])));
    for (const t of label.typos ?? []) {
      otherTypos.typos++;
      if (words.some((got) => got && (fold(t).includes(got) || got.includes(fold(t))))) otherTypos.typosFound++;
    }
    for (const got of words)
      if (!(label.typos ?? []).some((t) => fold(t).includes(got) || got.includes(fold(t))))
        otherTypos.typoAlarmsUnlabelled++;
  }

  // Compare agrees with lint: its matrix cell says "puuttuu" for an item exactly when lint reports it missing.
  if (compareMod) {
    const sectionIds = loadCatalogue().sections.map((s) => s.id);
    const cmp = compareMod.compareNotices([{ notice, findings, coverage: linter.coverage(notice) }], {
      sectionIds,
      factRules: compareMod.loadFactRules(),
    });
    const cell = (id) => cmp.sections.find((s) => s.id === id)?.cells[0].status;
    for (const key of Object.keys(ITEMS)) {
      if (!(key in label) || key === 'retention') continue;
      const lintSays = alarmed(key, findings);
      const compareSays = ITEMS[key].sections.every((id) => cell(id) === 'missing');
      if (lintSays !== compareSays) {
        totals.compareDisagree++;
        d.compare.push(
          `${key}: lint ${lintSays ? 'missing' : 'ok'}, compare ${ITEMS[key].sections.map(cell).join('/')}`,
        );
      }
    }
  }
  details.push(d);
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const ratio = (a, b) => (b ? (a / b).toFixed(3) : '—');
const summary = {
  notices: files.length,
  headingRecall: totals.headingsFound / totals.headings,
  headingPrecision: totals.startsOnHeading / totals.starts,
  missingPrecision: totals.tp / (totals.tp + totals.fp),
  missingRecall: totals.tp / (totals.tp + totals.fn),
  ...totals,
  [VOIKKO ? 'typosWithoutVoikko' : 'typosWithVoikko']: otherLinter ? otherTypos : null,
  perKey,
};
if (AS_JSON) {
  console.log(JSON.stringify({ summary, details }, null, 1));
  process.exit(0);
}
const printed = [];
const log = (line) => (printed.push(line), console.log(line));
log(`eval:real on ${files.length} notices in ${CORPUS}${VOIKKO ? ' (Voikko spelling on)' : ''}\n`);
log('| measure | value | bar |');
log('|---|---|---|');
log(
  `| headings found | ${totals.headingsFound}/${totals.headings} = ${pct(totals.headingsFound, totals.headings)} | ≥ 97 % |`,
);
log(
  `| segment starts on a heading | ${totals.startsOnHeading}/${totals.starts} = ${pct(totals.startsOnHeading, totals.starts)} | ≥ 98 % |`,
);
log(
  `| missing-content precision | ${totals.tp}/${totals.tp + totals.fp} = ${ratio(totals.tp, totals.tp + totals.fp)} | ≥ 0.97 |`,
);
log(
  `| missing-content recall | ${totals.tp}/${totals.tp + totals.fn} = ${ratio(totals.tp, totals.tp + totals.fn)} | ≥ 0.95 |`,
);
log(
  `| placeholders found | ${totals.placeholdersFound}/${totals.placeholders} = ${pct(totals.placeholdersFound, totals.placeholders)} | ≥ 90 % |`,
);
{
  const own = VOIKKO ? 'with Voikko' : 'without Voikko';
  const alt = VOIKKO ? 'without Voikko' : 'with Voikko';
  const bar = (v) => (v ? `≤ ${Math.floor(files.length / 3)}` : '0');
  log(
    `| typos found, ${own} | ${totals.typosFound}/${totals.typos} = ${pct(totals.typosFound, totals.typos)} | ${VOIKKO ? '≥ 70 %' : '—'} |`,
  );
  log(`| typo alarms on unlabelled words, ${own} | ${totals.typoAlarmsUnlabelled} | ${bar(VOIKKO)} |`);
  if (otherLinter) {
    log(
      `| typos found, ${alt} | ${otherTypos.typosFound}/${otherTypos.typos} = ${pct(otherTypos.typosFound, otherTypos.typos)} | ${VOIKKO ? '—' : '≥ 70 %'} |`,
    );
    log(`| typo alarms on unlabelled words, ${alt} | ${otherTypos.typoAlarmsUnlabelled} | ${bar(!VOIKKO)} |`);
  } else log('| typos with Voikko | libvoikko not installed | — |');
}
if (compareMod) log(`| compare disagrees with lint | ${totals.compareDisagree} | 0 |`);
log('\n| key | true alarms | false alarms | misses | precision | recall |');
log('|---|---|---|---|---|---|');
for (const [key, k] of Object.entries(perKey)) {
  log(`| ${key} | ${k.tp} | ${k.fp} | ${k.fn} | ${ratio(k.tp, k.tp + k.fp)} | ${ratio(k.tp, k.tp + k.fn)} |`);
}
if (WRITE) {
  // The table goes into BENCHMARKS.md between its markers, so the figures there are this script's.
  const file = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- eval:real start -->';
  const end = '<!-- eval:real end -->';
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const block = `${start}\n${printed.join('\n').replace(CORPUS, '../shared/corpus-real')}\n${end}`;
  const next =
    old.includes(start) && old.includes(end)
      ? old.slice(0, old.indexOf(start)) + block + old.slice(old.indexOf(end) + end.length)
      : `${old.trimEnd()}\n\n## Real notices (npm run eval:real)\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`\nwritten to ${file}`);
}
if (VERBOSE) {
  for (const d of details) {
    const parts = [];
    if (d.missedHeadings.length) parts.push(`  headings missed: ${d.missedHeadings.join(' | ')}`);
    if (d.extraStarts.length) parts.push(`  starts not on a heading: ${d.extraStarts.join(' | ')}`);
    if (d.falseAlarms.length) parts.push(`  false alarms: ${d.falseAlarms.join(', ')}`);
    if (d.misses.length) parts.push(`  misses: ${d.misses.join(', ')}`);
    if (d.placeholdersMissed.length) parts.push(`  placeholders missed: ${d.placeholdersMissed.join(' | ')}`);
    if (d.typosMissed.length) parts.push(`  typos missed: ${d.typosMissed.join(', ')}`);
    if (d.typoFalse.length) parts.push(`  typo alarms on unlabelled words: ${d.typoFalse.join(', ')}`);
    if (d.compare.length) parts.push(`  compare: ${d.compare.join('; ')}`);
    if (parts.length) console.log(`\n${d.file}\n${parts.join('\n')}`);
  }
}
