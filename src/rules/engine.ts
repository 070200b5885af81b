/**
 * The engine knows no rule: it compiles the rule definitions of a pack through
 * their kinds, runs them on a Notice, and passes the findings through one
 * pipeline (severity overrides, duplicates, superseded findings, order).
 */
import type { Lang } from '../model/errors.js';
import { ConfigError } from '../model/errors.js';
import type { Finding, Severity, SeverityLevel } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import { positionAt } from '../model/position.js';
import type { Catalogue } from '../segment/index.js';
import { excerptAt } from './excerpt.js';
import { KINDS } from './kinds/index.js';
import type { RuleDef } from './pack.js';
import { interpolate } from './patterns.js';
import type { CompileEnv, Report, RuleCheck } from './types.js';
import { NoticeView } from './view.js';

export interface LintSettings {
  lang: Lang;
  now: Date;
  severity: ReadonlyMap<string, SeverityLevel>;
  phrases: ReadonlyMap<string, readonly string[]>;
  options: ReadonlyMap<string, Record<string, unknown>>;
  acceptedWords: ReadonlySet<string>;
}

export const DEFAULT_SETTINGS: LintSettings = {
  lang: 'fi',
  now: new Date(),
  severity: new Map(),
  phrases: new Map(),
  options: new Map(),
  acceptedWords: new Set(),
};

interface CompiledRule {
  def: RuleDef;
  severity: Severity;
  check: RuleCheck;
}

export class Linter {
  private readonly rules: CompiledRule[];

  constructor(
    readonly defs: RuleDef[],
    private readonly catalogue: Catalogue,
    private readonly settings: LintSettings = DEFAULT_SETTINGS,
  ) {
    const known = new Set(defs.map((d) => d.id));
    for (const map of [settings.severity, settings.phrases, settings.options]) {
      for (const id of map.keys()) if (!known.has(id)) throw new ConfigError(`rules.${id}: unknown rule id`);
    }
    const sectionIds = new Set(catalogue.sections.map((s) => s.id));
    this.rules = [];
    for (const def of defs) {
      const severity = settings.severity.get(def.id) ?? def.severity;
      if (severity === 'off') continue;
      const env: CompileEnv = {
        sectionIds,
        sectionLabel: (id, lang) => catalogue.byId.get(id)?.[lang] ?? id,
        acceptedWords: settings.acceptedWords,
        extraPhrases: settings.phrases.get(def.id) ?? [],
        options: settings.options.get(def.id) ?? {},
        lang: settings.lang,
        now: settings.now,
      };
      this.rules.push({ def, severity, check: KINDS.get(def.kind)!.compile(def, env) });
    }
  }

  lint(notice: Notice): Finding[] {
    const view = new NoticeView(notice);
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      rule.check(view, (range, report = {}) => findings.push(this.toFinding(rule, view, range, report)));
    }
    return this.pipeline(findings);
  }

  private toFinding(rule: CompiledRule, view: NoticeView, range: [number, number], report: Report): Finding {
    const { def } = rule;
    const { lang } = this.settings;
    const text = view.text;
    const [start, end] = [Math.max(0, Math.min(range[0], text.length)), Math.max(0, Math.min(range[1], text.length))];
    const from = positionAt(view.notice.lineStarts, start);
    const to = positionAt(view.notice.lineStarts, Math.max(start, end));
    const section = report.section !== undefined ? report.section : view.sectionAt(start);
    const template = (report.messageKey && def.messages?.[report.messageKey]) || def.message;
    const sectionLabel = section ? (this.catalogue.byId.get(section)?.[lang] ?? section) : '';
    const overridden = this.settings.severity.get(def.id);
    return {
      ruleId: def.id,
      severity: overridden && overridden !== 'off' ? overridden : (report.severity ?? rule.severity),
      message: interpolate(template[lang], { section: sectionLabel, ...report.vars }),
      section,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      page: view.notice.linePages ? (view.notice.linePages[from.line - 1] ?? null) : null,
      excerpt: excerptAt(text, start, end),
      suggestion: report.suggestion ?? null,
      gdpr: def.gdpr,
      range: [start, end],
    };
  }

  private pipeline(findings: Finding[]): Finding[] {
    const key = (f: Finding) => `${f.range[0]}:${f.range[1]}`;
    const byRange = new Map<string, Set<string>>();
    for (const f of findings) {
      let rules = byRange.get(key(f));
      if (!rules) byRange.set(key(f), (rules = new Set()));
      rules.add(f.ruleId);
    }
    const supersededBy = new Map(this.defs.map((d) => [d.id, (d.supersededBy as string[] | undefined) ?? []]));
    const seen = new Set<string>();
    return findings
      .filter((f) => {
        const id = `${f.ruleId}|${key(f)}|${f.section}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return !supersededBy.get(f.ruleId)!.some((other) => byRange.get(key(f))!.has(other));
      })
      .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  }
}
