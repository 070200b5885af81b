/**
 * Key facts of a notice, side by side in `compare`: retention periods, transfers
 * outside the EU/EEA and the US services named, profiling, cookies and analytics
 * tools, contact / DPO, date; and the label (controller name, business ID). The
 * Finnish knowledge is data (rules/facts.yaml), validated with zod when loaded.
 *
 * What was validated (the patterns with every `@list` expanded) is cached like the rule
 * pack (src/util/file-cache.ts) until facts.yaml, the lists or the validating code change,
 * so an ordinary `diff` or `compare` parses no YAML and loads no zod here. The patterns
 * compile as the rules' do (compileRulePatterns: Latin letter classes, run on the text's
 * shadow through matchesIn), not with the Unicode classes V8 compiles slowly.
 */
import { fileURLToPath } from 'node:url';
import type { Notice } from '../model/notice.js';
import { ConfigError } from '../model/errors.js';
import { cachedJson, codeFiles } from '../util/file-cache.js';
import { once, zod } from '../util/lazy-deps.js';
import { problemLine, validateYamlFile, type Path, type YamlSource } from '../util/zod-issues.js';
import {
  compileRulePatterns,
  compileRuleSource,
  firstGroupsIn,
  matchesIn,
  rulePatternsSource,
} from '../rules/patterns.js';
import {
  DEFAULT_LISTS_PATH,
  LIST_REF,
  listItems,
  loadLists,
  patternProblem,
  type Lists,
} from '../rules/schema/lists.js';

// Every pattern is in the rule pack's pattern syntax; a `@name` entry takes a list of rules/lists.yaml.
const factsSchema = once(() => {
  const z = zod();
  const Patterns = z.array(z.string().min(1)).min(1);
  const ListRef = z.string().regex(LIST_REF, 'a named item ({ name, patterns }) or a list reference "@name"');
  const Named = z.union([ListRef, z.object({ name: z.string().min(1), patterns: Patterns }).strict()]);
  /** a criterion: shown under its name, or as written when it has none */
  const Criterion = z.object({ name: z.string().min(1).optional(), patterns: Patterns }).strict();
  return z
    .object({
      version: z.literal(1),
      controller: z
        .object({
          companyForms: z.array(z.string().min(1)).min(1),
          businessId: Patterns,
          labels: z.array(z.string().regex(/^[\p{L} ]+$/u, 'words')).min(1),
        })
        .strict(),
      retention: z
        .object({ periods: Patterns, criteria: z.array(Criterion), vague: Patterns, sentence: Patterns })
        .strict(),
      transfers: z.object({ denial: Patterns, affirm: Patterns, services: z.array(Named) }).strict(),
      profiling: z
        .object({
          denial: Patterns,
          mentions: z.array(Named),
          clauseWords: z.array(z.string().regex(/^[\p{L} ]+$/u, 'words')).min(1),
        })
        .strict(),
      cookies: z.object({ mention: Patterns, tools: z.array(Named) }).strict(),
      contact: z.object({ dpo: Patterns, ignoreEmails: z.array(z.string()) }).strict(),
      date: z.object({ labels: Patterns, pattern: z.string().min(1) }).strict(),
    })
    .strict();
});

interface NamedPatterns {
  name: string;
  patterns: string[];
}

/** facts.yaml as validated, every `@list` expanded: what the cache keeps (plain JSON). */
interface FactsData {
  companyForms: string[];
  labels: string[];
  businessId: string[];
  periods: string[];
  criteria: { name?: string; patterns: string[] }[];
  vague: string[];
  sentence: string[];
  transferDenial: string[];
  transferAffirm: string[];
  services: NamedPatterns[];
  profilingDenial: string[];
  profilingMentions: NamedPatterns[];
  clauseWords: string[];
  cookieMention: string[];
  tools: NamedPatterns[];
  dpo: string[];
  ignoreEmails: string[];
  dateLabels: string[];
  /** the date pattern (a `@list` reference: its patterns) */
  datePatterns: string[];
}

interface NamedRe {
  name: string;
  re: RegExp;
}

/**
 * The facts' expressions. Those made from facts.yaml's patterns run through `matchesIn`
 * (compileRulePatterns); companyName, controllerLabel and clauseBreak are made here
 * from words and run as plain expressions.
 */
export interface FactRules {
  file: string;
  companyName: RegExp;
  /** a company form as companyName ends in one (a blank before it): where a name can first end */
  companyForm: RegExp;
  /** a label run into the controller's name ("Rekisterinpitäjä: ") at the start of a line */
  controllerLabel: RegExp;
  businessId: RegExp;
  periods: RegExp[];
  criteria: { name?: string; re: RegExp }[];
  vague: RegExp[];
  retentionSentence: RegExp;
  transferDenial: RegExp[];
  transferAffirm: RegExp[];
  services: NamedRe[];
  profilingDenial: RegExp[];
  profilingMentions: NamedRe[];
  /**
   * where a sentence splits into clauses: ";", a line end, or a comma before one of the clause
   * words; the whole separator is the expression's one group (`cut` adds up the lengths)
   */
  clauseBreak: RegExp;
  /**
   * Every profiling mention is a phrase or a near(), no /regex/: its match in a clause is a
   * match in the whole text too (see `clausesNaming`).
   */
  mentionsArePhrases: boolean;
  cookieMention: RegExp;
  tools: NamedRe[];
  dpo: RegExp;
  ignoreEmails: Set<string>;
  /** a label word, then the date as group 1 (for firstGroupsIn) */
  dateLabelled: RegExp;
  date: RegExp;
}

export const DEFAULT_FACTS_PATH = fileURLToPath(new URL('../../rules/facts.yaml', import.meta.url));
let cached: FactRules | undefined;

const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
/** The code whose change must rebuild the cached facts: this loader, the pattern language, the lists' validation, the problem lines. */
const VALIDATING_CODE = () =>
  codeFiles(
    new URL(import.meta.url),
    new URL(`../rules/patterns${EXT}`, import.meta.url),
    new URL(`../rules/schema/lists${EXT}`, import.meta.url),
    new URL(`../util/zod-issues${EXT}`, import.meta.url),
  );

/**
 * rules/facts.yaml, validated (an unknown key is an error), every pattern checked to compile
 * and every `@list` expanded when loaded; a problem is one line `file:line: key: what is wrong`.
 * `lists` defaults to rules/lists.yaml, read only when the cached facts must be rebuilt.
 */
export function loadFactRules(file = DEFAULT_FACTS_PATH, lists?: Lists): FactRules {
  if (cached && cached.file === file) return cached;
  const listsFile = lists?.file ?? DEFAULT_LISTS_PATH;
  const d = cachedJson(
    'facts',
    [file, listsFile],
    () => validateFacts(file, lists ?? loadLists(listsFile)),
    VALIDATING_CODE,
  );
  cached = compileFacts(file, d);
  return cached;
}

function validateFacts(file: string, lists: Lists): FactsData {
  const { src, data: d } = validateYamlFile(file, factsSchema());
  const c = new FactsExpander(src, lists);
  return {
    companyForms: d.controller.companyForms,
    labels: d.controller.labels,
    businessId: c.expand(['controller', 'businessId'], d.controller.businessId),
    periods: c.expand(['retention', 'periods'], d.retention.periods),
    criteria: d.retention.criteria.map((cr, i) => ({
      ...(cr.name !== undefined ? { name: cr.name } : {}),
      patterns: c.expand(['retention', 'criteria', i, 'patterns'], cr.patterns),
    })),
    vague: c.expand(['retention', 'vague'], d.retention.vague),
    sentence: c.expand(['retention', 'sentence'], d.retention.sentence),
    transferDenial: c.expand(['transfers', 'denial'], d.transfers.denial),
    transferAffirm: c.expand(['transfers', 'affirm'], d.transfers.affirm),
    services: c.named(['transfers', 'services'], d.transfers.services),
    profilingDenial: c.expand(['profiling', 'denial'], d.profiling.denial),
    profilingMentions: c.named(['profiling', 'mentions'], d.profiling.mentions),
    clauseWords: d.profiling.clauseWords,
    cookieMention: c.expand(['cookies', 'mention'], d.cookies.mention),
    tools: c.named(['cookies', 'tools'], d.cookies.tools),
    dpo: c.expand(['contact', 'dpo'], d.contact.dpo),
    ignoreEmails: d.contact.ignoreEmails,
    dateLabels: c.expand(['date', 'labels'], d.date.labels),
    datePatterns: c.expand(['date', 'pattern'], [d.date.pattern]),
  };
}

/** The expressions of validated facts (each compiled by V8 on its first use). */
function compileFacts(file: string, d: FactsData): FactRules {
  const forms = d.companyForms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const words = (list: string[]) => list.map((w) => w.trim().split(/\s+/).join('\\s+')).join('|');
  /** one pattern each (each match is listed as written) */
  const each = (patterns: string[]) => patterns.map((p) => compileRulePatterns([p]));
  const named = (items: NamedPatterns[]) =>
    items.map((it) => ({ name: it.name, re: compileRulePatterns(it.patterns) }));
  return {
    file,
    // capitalised words, with up to two in lower case among them ("Lapin ammattikorkeakoulu Oy"),
    // on one line, ending in a company form ("Imatran Seudun Sähkö Oy")
    companyName: new RegExp(
      `(?<![\\p{L}])\\p{Lu}[\\p{L}&'-]*(?:[ \\t]+\\p{Lu}[\\p{L}&'-]*){0,4}(?:[ \\t]+\\p{Ll}[\\p{L}&'-]*){0,2}(?:[ \\t]+\\p{Lu}[\\p{L}&'-]*){0,2}[ \\t]+(?:${forms})(?![\\p{L}])`,
      'gu',
    ),
    companyForm: new RegExp(`[ \\t](?:${forms})(?![\\p{L}])`, 'gu'),
    controllerLabel: new RegExp(`^(?:${words(d.labels)})\\s*:?\\s+`, 'iu'),
    businessId: compileRulePatterns(d.businessId),
    periods: each(d.periods),
    criteria: d.criteria.map((cr) => ({ name: cr.name, re: compileRulePatterns(cr.patterns) })),
    vague: each(d.vague),
    retentionSentence: compileRulePatterns(d.sentence),
    transferDenial: each(d.transferDenial),
    transferAffirm: each(d.transferAffirm),
    services: named(d.services),
    profilingDenial: each(d.profilingDenial),
    profilingMentions: named(d.profilingMentions),
    clauseBreak: new RegExp(`(;|\\n|,\\s*(?:${words(d.clauseWords)})\\s)`, 'iu'),
    mentionsArePhrases: d.profilingMentions.every((m) => m.patterns.every((p) => !RAW_REGEX.test(p))),
    cookieMention: compileRulePatterns(d.cookieMention),
    tools: named(d.tools),
    dpo: compileRulePatterns(d.dpo),
    ignoreEmails: new Set(d.ignoreEmails.map((e) => e.toLowerCase())),
    // the date after a label word, as group 1
    dateLabelled: compileRuleSource(
      `(?:${rulePatternsSource(d.dateLabels)})[^\\p{N}\\n]{0,30}(${rulePatternsSource(d.datePatterns)})`,
      'dgiu',
    ),
    date: compileRulePatterns(d.datePatterns),
  };
}

/** Expands the facts' pattern lists, naming the file and line of a pattern that does not compile. */
class FactsExpander {
  constructor(
    private readonly src: YamlSource,
    private readonly lists: Lists,
  ) {}

  /** The patterns with `@list` references expanded, each checked to compile. */
  expand(path: Path, patterns: readonly string[]): string[] {
    return patterns.flatMap((p, i) => {
      const ref = LIST_REF.exec(p);
      if (ref) return listItems(ref[1], this.lists, this.src, [...path, i]).flatMap((it) => it.patterns);
      const why = patternProblem(p);
      if (why) throw new ConfigError(problemLine(this.src, [...path, i], why));
      return [p];
    });
  }

  /** Named items, `@list` references taking the list's items with their names. */
  named(path: Path, items: readonly (string | NamedPatterns)[]): NamedPatterns[] {
    return items.flatMap((it, i) => {
      if (typeof it === 'string') {
        const ref = LIST_REF.exec(it)!;
        return listItems(ref[1], this.lists, this.src, [...path, i]).map((item) => ({
          name: item.name,
          patterns: item.patterns,
        }));
      }
      return [{ name: it.name, patterns: this.expand([...path, i, 'patterns'], it.patterns) }];
    });
  }
}

export type YesNo = 'yes' | 'no' | 'unclear' | null;

export interface NoticeFacts {
  controller: string | null;
  businessId: string | null;
  date: string | null;
  /**
   * periods ("10 vuotta") and criteria ("asiakassuhteen ajan", "sähkömarkkinalain mukaan")
   * as found; vague: wording without either ("niin kauan kuin on tarpeen") or a retention
   * text that names neither; stated: the notice says anything about retention at all
   */
  retention: { periods: string[]; criteria: string[]; vague: boolean; stated: boolean };
  transfers: { outsideEea: YesNo; services: string[] };
  profiling: { statement: YesNo; mentions: string[] };
  cookies: { used: boolean; tools: string[] };
  contact: { emails: string[]; dpo: boolean };
}

export const FACT_IDS = ['retention', 'transfers', 'profiling', 'cookies', 'contact', 'date'] as const;

/** The text of the segments covering any of `ids` (content only), or null when none. */
function sectionText(notice: Notice, ids: string[]): string | null {
  const segs = notice.segments.filter((s) => s.ids.some((id) => ids.includes(id)));
  if (segs.length === 0) return null;
  return segs.map((s) => notice.text.slice(s.contentStart, s.end)).join('\n');
}

/** The first `n` lines of a text, as text.split('\n').slice(0, n).join('\n') without splitting all of it. */
function firstLines(text: string, n: number): string {
  let end = -1;
  for (let k = 0; k < n; k++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text;
  }
  return text.slice(0, end);
}

/** The first line under a controller heading when it reads as a name: short, no address, no e-mail. */
function nameLine(text: string, label: RegExp): string | null {
  for (const raw of text.split('\n')) {
    const line = flat(raw)
      .replace(/^[\s•*\-–·]+/, '')
      .replace(label, '')
      .replace(/\s*\(.*\)\s*$/, '')
      .trim();
    if (!line) continue;
    if (/@|https?:|\d{3,}|:/.test(line) || line.split(/\s+/).length > 8 || !/^\p{Lu}/u.test(line)) return null;
    return line.replace(/[.,;]$/, '');
  }
  return null;
}

/** A pattern written /like this/ (patternSource's test): a regular expression, which may look anywhere. */
const RAW_REGEX = /^\/.*\/[a-z]*$/s;

/** A sentence's end: the whole separator as the expression's one group (for `cut`). */
const SENTENCE_BREAK = /((?<=[.!?])\s+(?=\P{Ll})|\n\s*\n)/u;

interface Piece {
  /** offset of the piece in the text it was cut from */
  at: number;
  text: string;
}

/**
 * `text.split(separator)` with where each piece starts. The separator's one group holds all
 * of it, so split returns the pieces with the separators between them, and a piece starts
 * where the lengths before it add up to.
 */
function cut(text: string, separator: RegExp, at = 0): Piece[] {
  const split = text.split(separator);
  const out: Piece[] = [];
  let offset = at;
  for (let k = 0; k < split.length; k++) {
    if (k % 2 === 0) out.push({ at: offset, text: split[k] });
    offset += split[k].length;
  }
  return out;
}

/** Sentences of flattened text (a full stop, ! or ? before a space or a line end, or a blank line). */
function sentencesOf(text: string): Piece[] {
  return cut(text, SENTENCE_BREAK).filter((x) => x.text.trim());
}

/** Clauses: sentences cut at a semicolon, a line end, or a comma before a clause word (facts.yaml: ", mutta"). */
function clausesOf(text: string, clauseBreak: RegExp): Piece[] {
  return sentencesOf(text).flatMap((x) => cut(x.text, clauseBreak, x.at));
}

/**
 * The clauses of `text` that may name a profiling mention. Asking every clause of a 50-page
 * notice ran each mention's expression thousands of times (a third of extractFacts); the
 * whole text is searched once per mention instead, and only a clause that overlaps a match
 * is asked. Exact for phrases and near(): a clause is cut out of the text at separators
 * (white space, ";", "," and a line end) that are neither letters nor word characters, so
 * every edge test at a clause's ends answers as in the whole text, and a match in a clause
 * is one in the text at the same place, which the search finds or lies inside one it found.
 * A /regex/ mention may look further (an anchor, a look-behind over the separator): then
 * every clause is asked.
 */
function clausesNaming(text: string, rules: FactRules): Piece[] {
  const clauses = clausesOf(text, rules.clauseBreak);
  if (!rules.mentionsArePhrases) return clauses;
  const hits: [number, number][] = [];
  for (const m of rules.profilingMentions) for (const [start, end] of matchesIn(m.re, text)) hits.push([start, end]);
  if (hits.length === 0) return [];
  hits.sort((x, y) => x[0] - y[0]);
  // the matches merged into disjoint runs, in order, so the clauses (in order too) sweep them once
  const runs: [number, number][] = [];
  for (const [start, end] of hits) {
    const last = runs[runs.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else runs.push([start, end]);
  }
  let k = 0;
  return clauses.filter(({ at, text: clause }) => {
    while (k < runs.length && runs[k][1] <= at) k++;
    return k < runs.length && runs[k][0] < at + clause.length;
  });
}

const wordCount = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const flat = (t: string) => t.replace(/<[^<>]*>/g, ' ').replace(/[ \t\u00a0]+/g, ' ');

/** Every match, as written, each whitespace run one space. */
function all(re: RegExp, text: string): string[] {
  const out: string[] = [];
  for (const [, , m] of matchesIn(re, text)) out.push(m.replace(/\s+/g, ' ').trim());
  return out;
}

/** The first match, as `all` gives it. */
function first(re: RegExp, text: string): string | undefined {
  const m = matchesIn(re, text).next();
  return m.done ? undefined : m.value[2].replace(/\s+/g, ' ').trim();
}

const has = (re: RegExp, text: string) => !matchesIn(re, text).next().done;

function some(res: RegExp[], text: string): boolean {
  return res.some((r) => has(r, text));
}

function names(list: NamedRe[], text: string): string[] {
  return list.filter((n) => has(n.re, text)).map((n) => n.name);
}

/**
 * The first company name in the text. A name ends in a company form and lies on one line (no
 * character of it is a line break), so none starts before the line of the first form: the
 * search starts there, and a text without a form is not searched at all (a 50-page notice
 * without one took 50 ms, trying the name's words at every capital letter).
 */
function firstCompanyName(rules: FactRules, text: string): string | undefined {
  rules.companyForm.lastIndex = 0;
  const form = rules.companyForm.exec(text);
  if (!form) return undefined;
  const re = rules.companyName;
  re.lastIndex = text.lastIndexOf('\n', form.index) + 1;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m?.[0];
}

export function extractFacts(notice: Notice, rules: FactRules): NoticeFacts {
  const whole = flat(notice.text);
  const head = flat(sectionText(notice, ['controller', 'contact']) ?? firstLines(notice.text, 20));
  // The controller is who the controller section names: a company form there, else the name
  // standing first under the heading ("Helsingin yliopisto"); only then anything in the text
  // (a data source "FISE Oy" named elsewhere is not the controller).
  const controllerText = flat(sectionText(notice, ['controller']) ?? '');
  const top = flat(firstLines(notice.text, 20));
  // "Rekisterinpitäjä Lapin ammattikorkeakoulu Oy": the label run into the name is not part of it.
  const firstName = (text: string) => firstCompanyName(rules, text)?.replace(rules.controllerLabel, '');
  const company = controllerText.trim()
    ? (firstName(controllerText) ?? nameLine(controllerText, rules.controllerLabel) ?? firstName(head) ?? null)
    : (firstName(head) ?? firstName(top) ?? firstName(whole) ?? null);
  // The business ID too: a processor's or a data source's ID further on is not the controller's.
  const bid = controllerText.trim()
    ? (first(rules.businessId, controllerText) ?? null)
    : (first(rules.businessId, head) ?? first(rules.businessId, top) ?? null);

  const dateText = sectionText(notice, ['date']);
  const date =
    (dateText ? first(rules.date, dateText) : undefined) ?? firstGroupsIn(rules.dateLabelled, whole)?.[1] ?? null;

  // the retention section, or where there is none, the sentences that speak of keeping or deleting
  const retentionSection = sectionText(notice, ['retention']);
  const retentionText = flat(
    retentionSection ??
      sentencesOf(whole)
        .map((x) => x.text)
        .filter((x) => some([rules.retentionSentence], x))
        .join(' '),
  );
  const periods = [...new Set(rules.periods.flatMap((r) => all(r, retentionText)))];
  const criteria = [
    ...new Set(
      rules.criteria.flatMap((c) =>
        c.name ? (some([c.re], retentionText) ? [c.name] : []) : all(c.re, retentionText).map((m) => m.toLowerCase()),
      ),
    ),
  ];
  const retentionStated = wordCount(retentionText) > 0;
  // "epämääräinen": only vague wording, or a retention text that states neither a period nor a criterion
  const vague = some(rules.vague, retentionText) || (retentionStated && periods.length === 0 && criteria.length === 0);

  // without such a section, the whole text (flattened once already: a 50-page notice is 270 KB)
  const transferSection = sectionText(notice, ['transfers', 'disclosures']);
  const transferText = transferSection === null ? whole : flat(transferSection);
  const denied = some(rules.transferDenial, transferText) || some(rules.transferDenial, whole);
  const affirmed = some(rules.transferAffirm, whole);
  const services = names(rules.services, whole);
  // asked here, next to the other questions of the whole text: matchesIn keeps the shadows of the
  // last few texts it ran on only, and the profiling clauses below would push this one out
  const cookiesUsed = has(rules.cookieMention, whole);
  const tools = names(rules.tools, whole);
  const outsideEea: YesNo =
    denied && affirmed ? 'unclear' : denied ? 'no' : affirmed ? 'yes' : services.length ? 'unclear' : null;

  // Profiling: the profiling section's own statement, and each clause elsewhere that names
  // profiling or targeting. A clause that denies it ("tietoja ei käytetä profilointiin")
  // is a statement "no", not a mention.
  const profilingText = sectionText(notice, ['profiling']);
  const profSection = profilingText === null ? '' : flat(profilingText).trim();
  let profDenied = profSection !== '' && some(rules.profilingDenial, profSection);
  const mentionSet = new Set<string>();
  const elsewhere = flat(
    notice.segments
      .filter((s) => !s.ids.includes('profiling'))
      .map((s) => notice.text.slice(s.contentStart, s.end))
      .join('\n'),
  );
  for (const { text: clause } of clausesNaming(elsewhere, rules)) {
    const named = names(rules.profilingMentions, clause);
    if (named.length === 0) continue;
    if (some(rules.profilingDenial, clause)) profDenied = true;
    else named.forEach((n) => mentionSet.add(n));
  }
  const mentions = rules.profilingMentions.map((n) => n.name).filter((n) => mentionSet.has(n));
  const statement: YesNo = profDenied ? 'no' : profSection !== '' ? 'yes' : null;

  const emails = [
    ...new Set(all(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, head).map((e) => e.toLowerCase())),
  ].filter((e) => !rules.ignoreEmails.has(e));
  const dpo = has(rules.dpo, head);

  return {
    controller: company,
    businessId: bid,
    date,
    retention: { periods, criteria, vague, stated: retentionStated || periods.length > 0 },
    transfers: { outsideEea, services },
    profiling: { statement, mentions },
    cookies: { used: cookiesUsed, tools },
    contact: { emails, dpo },
  };
}
