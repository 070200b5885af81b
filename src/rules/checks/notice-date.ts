/**
 * The notice should say when it was written or last updated, and that date should
 * be recent: a notice older than the configured age (default 24 months) has
 * probably not followed changes in the processing or the law.
 */
import { once, zod } from '../../util/lazy-deps.js';
import type { CodeCheck } from '../kinds/code.js';
import { compileRulePatterns, matchesIn } from '../patterns.js';

/** The options of notice/date (validated when the pack is loaded, and when a config sets them). */
export const noticeDateOptions = once(() => {
  const z = zod();
  return z
    .object({
      /** a notice dated longer ago than this is reported */
      maxAgeMonths: z.number().int().min(1).default(24),
      /** the severity of "no date at all" */
      missingSeverity: z.enum(['error', 'warning', 'info']).default('info'),
      /** words before a date that make it the notice's own date (outside the date section) */
      dateWords: z.array(z.string().min(1)).default([]),
    })
    .strict();
});

const DATE = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/g;

export const noticeDate: CodeCheck = (options, env) => {
  const maxAgeMonths = Number(options.maxAgeMonths ?? 24);
  // Which words before a date make it the notice's own date is knowledge of the pack (dateWords, patterns).
  const words = (options.dateWords as string[] | undefined) ?? [];
  // on the text's letter shadow (letter-shadow.ts): the same matches, a fraction of the compile time
  const DATE_WORDS = compileRulePatterns(words);
  const missingSeverity = (options.missingSeverity as 'error' | 'warning' | 'info' | undefined) ?? 'info';
  return (view, report) => {
    const inDateSection = view.sections(['date']).map((s) => s.segment);
    let best: { start: number; end: number; date: Date; text: string } | null = null;
    for (const m of view.text.matchAll(DATE)) {
      const start = m.index!;
      const inSection = inDateSection.some((s) => start >= s.start && start < s.end);
      const lineStart = view.text.lastIndexOf('\n', start) + 1;
      if (!inSection && matchesIn(DATE_WORDS, view.text, Math.max(lineStart, start - 60), start).next().done) continue;
      const date = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
      if (date.getUTCDate() !== Number(m[1])) continue; // 31.2. is not a date
      if (!best || date > best.date) best = { start, end: start + m[0].length, date, text: m[0] };
    }
    if (!best) {
      const eol = view.text.indexOf('\n');
      report([0, eol === -1 ? view.text.length : eol], { messageKey: 'missing', severity: missingSeverity, section: 'date' });
      return;
    }
    const limit = new Date(env.now);
    limit.setUTCMonth(limit.getUTCMonth() - maxAgeMonths);
    if (best.date < limit) {
      const months = (env.now.getUTCFullYear() - best.date.getUTCFullYear()) * 12 + env.now.getUTCMonth() - best.date.getUTCMonth();
      report([best.start, best.end], { section: 'date', vars: { match: best.text, months, maxAgeMonths } });
    }
  };
};
