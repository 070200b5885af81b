/**
 * `diffNotices` and `compareNotices` for a program: notices read from paths (or given
 * as text) under the config's limits, linted with the config's settings, then diffed or
 * compared as `seloste diff` and `seloste compare` do. Results are the data the
 * renderers take (src/diff/render, src/compare/render).
 */
import { resolve } from 'node:path';
import type { Lang } from '../model/errors.js';
import { UnreadableInputError } from '../model/errors.js';
import type { Notice } from '../model/notice.js';
import { buildNotice, loadCatalogue } from '../segment/index.js';
import type { Comparison, UnreadableInput } from '../compare/index.js';
import type { DiffResult } from '../diff/index.js';
import { toIngestLimits } from './config.js';
import { expandInputs, UNMATCHED } from './inputs.js';
import { prepare, type LintOptions, type Prepared } from './lint.js';
import { readBatch } from './read-batch.js';

/** A notice as a path, or as its text (with a name for it). */
export type NoticeInput = string | { text: string | Uint8Array; file?: string };

export type NoticeOptions = Pick<LintOptions, 'cwd' | 'config' | 'lang' | 'rules' | 'now'>;

async function readNotices(p: Prepared, inputs: NoticeInput[]): Promise<{ notices: (Notice | null)[]; unreadable: UnreadableInput[]; errors: UnreadableInputError[] }> {
  const catalogue = loadCatalogue();
  const limits = toIngestLimits(p.config);
  const notices: (Notice | null)[] = new Array(inputs.length).fill(null);
  const unreadable: UnreadableInput[] = [];
  const errors: UnreadableInputError[] = [];
  const paths = inputs.map((input, i) => (typeof input === 'string' ? i : -1)).filter((i) => i >= 0);
  let k = 0;
  for await (const item of readBatch(paths.map((i) => resolve(p.cwd, inputs[i] as string)), { limits })) {
    const i = paths[k++];
    const name = inputs[i] as string;
    if (item.error) {
      if (item.error.code === 'own-output') continue;
      unreadable.push({ file: name, reason: item.error.reason[p.lang] });
      errors.push(item.error);
    } else notices[i] = buildNotice(name, item.extracted!, catalogue);
  }
  const { extract } = await import('../ingest/index.js');
  for (const [i, input] of inputs.entries()) {
    if (typeof input === 'string') continue;
    const name = input.file ?? `<text ${i + 1}>`;
    const bytes = typeof input.text === 'string' ? new TextEncoder().encode(input.text) : input.text;
    try {
      notices[i] = buildNotice(name, await extract(bytes, name, limits), catalogue);
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) throw err;
      unreadable.push({ file: name, reason: err.reason[p.lang] });
      errors.push(err);
    }
  }
  return { notices, unreadable, errors };
}

const labelOf = (lang: Lang) => {
  const catalogue = loadCatalogue();
  return (id: string, l: Lang = lang) => catalogue.byId.get(id)?.[l] ?? (id === 'preamble' ? (l === 'fi' ? 'johdanto' : 'preamble') : id);
};

/**
 * The section-aligned word diff of two notices, with "what changed in substance"
 * (changed key facts, new and resolved findings). An input that cannot be read throws
 * its UnreadableInputError (`.reason.fi`, `.reason.en`).
 */
export async function diffNotices(oldInput: NoticeInput, newInput: NoticeInput, options: NoticeOptions = {}): Promise<DiffResult> {
  const p = prepare(options);
  const { notices, errors } = await readNotices(p, [oldInput, newInput]);
  if (errors.length > 0 || !notices[0] || !notices[1]) throw errors[0];
  const [oldNotice, newNotice] = notices as Notice[];
  const diff = await import('../diff/index.js');
  const { substanceOf, loadFactRules } = await import('../compare/index.js');
  const result = diff.diffNotices(oldNotice, newNotice);
  const side = (notice: Notice) => ({ notice, findings: p.linter.lint(notice), coverage: p.linter.coverage(notice) });
  result.substance = substanceOf(side(oldNotice), side(newNotice), { lang: p.lang, factRules: loadFactRules(), sectionLabel: labelOf(p.lang) });
  return result;
}

/**
 * Many notices side by side (files, folders, globs): sections, key facts, similarity and
 * the groups that share a template, each notice's findings. An unreadable input is listed
 * in `unreadable` and the rest compared.
 */
export async function compareNotices(inputs: NoticeInput[], options: NoticeOptions = {}): Promise<Comparison> {
  const p = prepare(options);
  const unmatched: UnreadableInput[] = [];
  const expanded: NoticeInput[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') expanded.push(input);
    else expanded.push(...(await expandInputs([input], p.config.ignore, p.cwd, (path) => unmatched.push({ file: path, reason: UNMATCHED[p.lang] }))));
  }
  const { notices, unreadable } = await readNotices(p, expanded);
  const compare = await import('../compare/index.js');
  const catalogue = loadCatalogue();
  const read = notices.filter((n): n is Notice => n !== null);
  return compare.compareNotices(
    read.map((notice) => ({ notice, findings: p.linter.lint(notice), coverage: p.linter.coverage(notice) })),
    { sectionIds: catalogue.sections.map((s) => s.id), factRules: compare.loadFactRules(), unreadable: [...unmatched, ...unreadable] },
  );
}
