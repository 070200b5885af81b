import { fileURLToPath } from 'node:url';
import { readNotice } from '../../src/ingest/index.js';
import type { Notice } from '../../src/model/notice.js';
import { Linter, DEFAULT_SETTINGS, type LintSettings } from '../../src/rules/engine.js';
import { loadPack } from '../../src/rules/pack.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const fixture = (name: string) => `${FIXTURES}${name}`;

export const SEEDS = {
  '000': '000_a454ac08de0ff13f.txt',
  '001': '001_50aa7928b2bf8345.txt',
  '002': '002_4b4a33e3b28bb923.txt',
  '003': '003_98cc76d9ec6c475c.txt',
  '004': '004_05ecfa6f8211a144.txt',
} as const;

export async function noticeOf(name: string): Promise<Notice> {
  const file = fixture(name);
  return buildNotice(file, await readNotice(file));
}

/** Distinct canonical ids in the order they first appear. */
export function idsOf(notice: Notice): string[] {
  return [...new Set(notice.segments.flatMap((s) => s.ids))];
}

/** A fixed "today" so that the notice-age rule gives the same answer every day. */
export const TODAY = new Date('2026-11-25T12:00:00Z');

export function linterWith(settings: Partial<LintSettings> = {}): Linter {
  return new Linter(loadPack('fi-gdpr'), loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY, ...settings });
}

export async function lintFixture(name: string, settings: Partial<LintSettings> = {}) {
  return linterWith(settings).lint(await noticeOf(name));
}
