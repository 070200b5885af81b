/** `seloste rules`, `seloste explain` and docs/rules.md: documentation generated from the pack. */
import type { Lang } from '../model/errors.js';
import { messages } from '../report/messages/index.js';
import type { RuleDef } from '../rules/pack.js';
import type { Catalogue } from '../segment/index.js';

const L = {
  fi: {
    severity: 'vakavuus',
    gdpr: 'GDPR',
    kind: 'laji',
    why: 'Mitä ja miksi',
    fix: 'Korjaus',
    message: 'Viesti',
    none: '—',
  },
  en: {
    severity: 'severity',
    gdpr: 'GDPR',
    kind: 'kind',
    why: 'What and why',
    fix: 'How to fix',
    message: 'Message',
    none: '—',
  },
};

export function renderRuleList(defs: RuleDef[], format: string, lang: Lang, cat: Catalogue): string {
  if (format === 'json') {
    return `${JSON.stringify(
      defs.map((d) => ({
        id: d.id,
        kind: d.kind,
        severity: d.severity,
        gdpr: d.gdpr,
        description: d.description[lang],
      })),
      null,
      2,
    )}\n`;
  }
  if (format === 'markdown') return renderMarkdown(defs, lang, cat);
  const width = Math.max(...defs.map((d) => d.id.length));
  return `${defs.map((d) => `${d.id.padEnd(width)}  ${d.severity.padEnd(7)}  ${(d.gdpr ?? '—').padEnd(12)}  ${firstSentence(d.description[lang])}`).join('\n')}\n`;
}

/**
 * `seloste explain <id>`: the rule in the user's language throughout — severity and kind
 * in words, the GDPR article as a reference, the fix, and the message with its
 * placeholders ({match}, {section} …) shown as what they stand for.
 */
export function renderExplain(def: RuleDef, lang: Lang): string {
  const e = messages(lang).explain;
  const sev =
    messages(lang).severityLevel[def.severity as keyof ReturnType<typeof messages>['severityLevel']] ?? def.severity;
  const kind = e.kinds[def.kind] ?? def.kind;
  const message = def.message[lang].replace(/\{(\w+)\}/g, (_, k: string) => e.placeholders[k] ?? '…');
  return [
    def.id,
    '',
    `${e.severity}: ${sev}`,
    `${e.gdpr}: ${def.gdpr ? e.article(def.gdpr) : e.none}`,
    `${e.kind}: ${kind}`,
    '',
    `${e.why}:`,
    wrap(def.description[lang]),
    '',
    ...(def.fix ? [`${e.fix}:`, wrap(def.fix[lang]), ''] : []),
    `${e.message}:`,
    wrap(message),
    '',
  ].join('\n');
}

function renderMarkdown(defs: RuleDef[], lang: Lang, cat: Catalogue): string {
  const l = L[lang];
  const out = [
    lang === 'fi' ? '# seloste – säännöt (fi-gdpr)' : '# seloste rules (fi-gdpr)',
    '',
    lang === 'fi'
      ? 'Tämä tiedosto on tuotettu säännöistä komennolla `seloste rules --format markdown`. Säännöt ovat YAML-tiedostoja kansiossa `rules/fi-gdpr/`.'
      : 'Generated from the rule pack by `seloste rules --format markdown --lang en`. The rules are YAML files in `rules/fi-gdpr/`.',
    '',
    `| id | ${l.severity} | ${l.gdpr} | ${l.kind} |`,
    '|---|---|---|---|',
    ...defs.map((d) => `| [\`${d.id}\`](#${anchor(d.id)}) | ${d.severity} | ${d.gdpr ?? l.none} | ${d.kind} |`),
    '',
  ];
  for (const d of defs) {
    out.push(
      `## ${d.id}`,
      '',
      `${l.severity}: **${d.severity}** · ${l.gdpr}: ${d.gdpr ?? l.none} · ${l.kind}: \`${d.kind}\``,
      '',
      d.description[lang],
      '',
    );
    if (d.fix) out.push(`**${l.fix}:** ${d.fix[lang]}`, '');
    out.push(`${l.message}: “${d.message[lang]}”`, '');
  }
  out.push(
    lang === 'fi' ? '## Kohdat (rules/sections.yaml)' : '## Sections (rules/sections.yaml)',
    '',
    '| id | fi | en | GDPR |',
    '|---|---|---|---|',
  );
  for (const s of cat.sections) out.push(`| \`${s.id}\` | ${s.fi} | ${s.en} | ${s.gdpr ?? '—'} |`);
  return `${out.join('\n')}\n`;
}

function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}

function firstSentence(s: string): string {
  const m = /^.*?[.!?](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

function wrap(text: string, width = 88): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((x) => `  ${x}`).join('\n');
}

export { closestRuleId } from '../rules/rule-ids.js';
