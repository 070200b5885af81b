/**
 * `diffNotices` and `compareNotices` for a program: notices read from paths (or given
 * as text) under the config's limits, linted with the config's settings, then diffed or
 * compared as `seloste diff` and `seloste compare` do (those commands are thin layers over
 * these). Results are the data the renderers take (src/diff/render, src/compare/render).
 *
 * Each notice's own work (read, segmenting, its findings and coverage) runs under the
 * time limit per document, as in lint: a notice past it is unreadable ('timeout').
 */
import { resolve } from 'node:path';
import type { IngestOptions } from '../ingest/index.js';
import { withLimits } from '../ingest/reasons.js';
import type { Lang } from '../model/errors.js';
import { UnreadableInputError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import type { Coverage } from '../rules/types.js';
import { buildNotice, loadCatalogue, sectionName } from '../segment/index.js';
import type { Comparison, UnreadableInput } from '../compare/index.js';
import type { DiffResult } from '../diff/index.js';
import { within } from './deadline.js';
import { expandInputs, UNMATCHED } from './inputs.js';
import { limitsOf, prepare, type LintEvent, type LintOptions, type Prepared } from './lint.js';
import { readBatch, timeLeft, type BatchInput } from './read-batch.js';

/** A notice as a path, or as its text (with a name for it). */
export type NoticeInput = string | { text: string | Uint8Array; file?: string };

export type NoticeOptions = Pick<LintOptions, 'cwd' | 'config' | 'lang' | 'rules' | 'now' | 'timeoutMs'> & {
  /** What happens on the way: an input that cannot be read, one skipped (a report of seloste's), a warning, an empty glob. */
  onEvent?: (event: Exclude<LintEvent, { type: 'read' }>) => void;
  /** @internal the files found, before any is read (the CLI refuses an output that is an input) */
  beforeRead?: (files: string[]) => void | Promise<void>;
};

export type DiffOptions = NoticeOptions & {
  /** Work out "what changed in substance" (both notices linted). Default true. */
  substance?: boolean;
};

interface Checked {
  findings: Finding[];
  coverage: ReadonlyMap<string, Coverage>;
}

interface ReadNotices<T> {
  /** per input, in order: the notice and the work done on it, or null */
  done: ({ notice: Notice; work: T } | null)[];
  /** the inputs that could not be read or worked on in time (not those skipped as seloste's own reports) */
  unreadable: UnreadableInput[];
  /** every input's error, in input order (a skipped report too) */
  errors: UnreadableInputError[];
}

/**
 * The inputs read as lint reads them (PDF and DOCX on worker threads), each segmented and
 * given to `work` within what is left of its time limit.
 */
async function readNotices<T>(
  p: Prepared,
  inputs: NoticeInput[],
  limits: IngestOptions,
  work: (notice: Notice) => T,
  options: NoticeOptions,
): Promise<ReadNotices<T>> {
  const catalogue = loadCatalogue();
  const names = inputs.map((input, i) => (typeof input === 'string' ? input : (input.file ?? `<text ${i + 1}>`)));
  const batch: BatchInput[] = inputs.map((input, i) => {
    if (typeof input === 'string') return resolve(p.cwd, input);
    return {
      file: names[i],
      bytes: typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text,
    };
  });
  const out: ReadNotices<T> = { done: new Array(inputs.length).fill(null), unreadable: [], errors: [] };
  const failed = (file: string, error: UnreadableInputError) => {
    out.errors.push(error);
    if (error.code === 'own-output') {
      options.onEvent?.({ type: 'skipped', file, reason: error.reason[p.lang] });
      return;
    }
    out.unreadable.push({ file, reason: error.reason[p.lang] });
    options.onEvent?.({ type: 'unreadable', file, reason: error.reason[p.lang], error });
  };
  let i = 0;
  for await (const item of readBatch(batch, { limits })) {
    const file = names[i++];
    if (item.error) {
      failed(file, item.error);
      continue;
    }
    for (const warning of item.extracted!.warnings) options.onEvent?.({ type: 'warning', file, warning });
    try {
      out.done[i - 1] = within(timeLeft(item, limits.timeoutMs), () => {
        const notice = buildNotice(file, item.extracted!, catalogue);
        return { notice, work: work(notice) };
      });
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) throw err;
      failed(file, withLimits(err, limits));
    }
  }
  return out;
}

const labelOf = (lang: Lang) => {
  const catalogue = loadCatalogue();
  return (id: string, l: Lang = lang) => sectionName(catalogue, id, l);
};

/**
 * The section-aligned word diff of two notices, with "what changed in substance"
 * (changed key facts, new and resolved findings). An input that cannot be read, or whose
 * work runs past the time limit, throws its UnreadableInputError (`.reason.fi`, `.reason.en`).
 */
export async function diffNotices(
  oldInput: NoticeInput,
  newInput: NoticeInput,
  options: DiffOptions = {},
): Promise<DiffResult> {
  const p = prepare(options);
  const limits = limitsOf(p, options);
  const substance = options.substance !== false;
  const check = (notice: Notice): Checked | null =>
    substance ? { findings: p.linter.lint(notice), coverage: p.linter.coverage(notice) } : null;
  const { done, errors } = await readNotices(p, [oldInput, newInput], limits, check, options);
  if (errors.length > 0) throw errors[0];
  const [a, b] = done as { notice: Notice; work: Checked | null }[];
  // The diff engine loads only for this function, not with lint.
  const diff = await import('../diff/index.js');
  const result = diff.diffNotices(a.notice, b.notice);
  if (substance) {
    const { substanceOf, loadFactRules } = await import('../compare/index.js');
    result.substance = substanceOf(
      { notice: a.notice, ...a.work! },
      { notice: b.notice, ...b.work! },
      { lang: p.lang, factRules: loadFactRules(), sectionLabel: labelOf(p.lang) },
    );
  }
  return result;
}

/**
 * Many notices side by side (files, folders, globs): sections, key facts, similarity and
 * the groups that share a template, each notice's findings. An unreadable input (or one
 * past the time limit) is listed in `unreadable` and the rest compared.
 */
export async function compareNotices(inputs: NoticeInput[], options: NoticeOptions = {}): Promise<Comparison> {
  const p = prepare(options);
  const limits = limitsOf(p, options);
  const unmatched: UnreadableInput[] = [];
  const expanded: NoticeInput[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') expanded.push(input);
    else {
      const files = await expandInputs([input], p.config.ignore, p.cwd, (path) => {
        unmatched.push({ file: path, reason: UNMATCHED[p.lang] });
        options.onEvent?.({ type: 'unmatched', path, reason: UNMATCHED[p.lang] });
      });
      expanded.push(...files);
    }
  }
  await options.beforeRead?.(expanded.filter((e): e is string => typeof e === 'string'));
  const check = (notice: Notice): Checked => ({ findings: p.linter.lint(notice), coverage: p.linter.coverage(notice) });
  const { done, unreadable } = await readNotices(p, expanded, limits, check, options);
  const compare = await import('../compare/index.js');
  const catalogue = loadCatalogue();
  return compare.compareNotices(
    done.filter((d) => d !== null).map(({ notice, work }) => ({ notice, ...work })),
    {
      sectionIds: catalogue.sections.map((s) => s.id),
      factRules: compare.loadFactRules(),
      unreadable: [...unmatched, ...unreadable],
    },
  );
}
