/**
 * `seloste sections`, `text`, `rules`, `explain`: what each prints and its exit code, in process
 * (`cli`); one run of each of sections, rules and explain, --version, --help and an unknown command
 * end to end through the built bin (`seloste`, a child process).
 */
import { describe, expect, it } from 'vitest';
import { SEED, TIMEOUT, cli, lines, seloste } from './run.js';

const opts = { timeout: TIMEOUT };

/** The rule ids of SPEC §4: config keys, JSON and SARIF depend on them. */
const RULE_IDS = [
  'section/required',
  'section/empty',
  'text/placeholder',
  'text/typo',
  'text/probable-typo',
  'retention/no-period',
  'transfers/contradiction',
  'transfers/no-safeguard',
  'legal-basis/legitimate-interest-mismatch',
  'profiling/inconsistent',
  'authority/outdated-address',
  'text/outdated-reference',
  'rights/access-fee',
  'rights/missing',
  'text/markup',
  'controller/business-id',
  'contact/email',
  'notice/date',
  'input/unreadable',
];

interface SectionsJson {
  version: number;
  file: string;
  format: string;
  segments: {
    ids: string[];
    heading: string | null;
    startLine: number;
    endLine: number;
    pages: unknown;
    text: string;
  }[];
}

describe('seloste sections --format json', () => {
  it('on seed 004: version 1, ids on every segment, and the texts joined are `seloste text`', opts, async () => {
    const r = await cli(['sections', '--format', 'json', SEED['004']]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as SectionsJson;
    expect(json.version).toBe(1);
    expect(json.file).toBe(SEED['004']);
    expect(json.format).toBe('text');
    expect(json.segments.length).toBeGreaterThan(3);
    expect(json.segments[0].ids).toEqual(['preamble']);
    for (const s of json.segments) {
      expect(Object.keys(s).sort()).toEqual(['endLine', 'heading', 'ids', 'pages', 'startLine', 'text']);
      expect(Array.isArray(s.ids)).toBe(true);
      expect(s.ids.length).toBeGreaterThan(0);
      expect(s.startLine).toBeLessThanOrEqual(s.endLine);
    }
    const ids = json.segments.flatMap((s) => s.ids);
    expect(ids).toEqual(expect.arrayContaining(['controller', 'disclosures', 'transfers', 'rights']));
    // combined heading (SPEC §3): "Tietojen luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle"
    expect(json.segments.some((s) => s.ids.includes('disclosures') && s.ids.includes('transfers'))).toBe(true);

    const text = (await cli(['text', SEED['004']])).stdout;
    const joined = json.segments.map((s) => s.text).join('');
    // `text` ends its output with one newline when the text has none.
    expect(joined.endsWith('\n') ? joined : `${joined}\n`).toBe(text);
    // line ranges follow each other without gaps
    for (let i = 1; i < json.segments.length; i++)
      expect(json.segments[i].startLine).toBe(json.segments[i - 1].endLine + 1);
  });

  it('the text view lists the canonical ids', opts, async () => {
    const r = await seloste(['sections', SEED['004']]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('controller');
    expect(r.stdout).toContain('retention');
  });
});

describe('seloste rules', () => {
  it('lists every rule id of SPEC §4', opts, async () => {
    const r = await seloste(['rules']);
    expect(r.code).toBe(0);
    for (const id of RULE_IDS)
      expect(r.stdout, id).toMatch(new RegExp(`(^|\\s)${id.replace(/[/.]/g, '\\$&')}\\s`, 'm'));
  });

  it('--format json parses and has the same ids', opts, async () => {
    const r = await cli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const text = JSON.stringify(JSON.parse(r.stdout));
    for (const id of RULE_IDS) expect(text).toContain(`"${id}"`);
  });
});

describe('seloste explain', () => {
  it('retention/no-period names GDPR article 13(2)(a)', opts, async () => {
    const r = await seloste(['explain', 'retention/no-period']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('retention/no-period');
    expect(r.stdout).toContain('13(2)(a)');
  });

  it('--lang en explains in English', opts, async () => {
    const fi = await cli(['explain', 'retention/no-period']);
    const en = await cli(['--lang', 'en', 'explain', 'retention/no-period']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('13(2)(a)');
    expect(en.stdout).not.toBe(fi.stdout);
  });

  it('an unknown id → exit 2, one line naming it', opts, async () => {
    const r = await cli(['explain', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^seloste: .*nope/);
  });
});

describe('usage errors', () => {
  it('an unknown command → 2', opts, async () => {
    const r = await seloste(['lintt', SEED['001']]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('--lang xx → 2', opts, async () => {
    expect((await cli(['--lang', 'xx', 'text', SEED['001']])).code).toBe(2);
  });

  it('--version and --help exit 0', opts, async () => {
    const v = await seloste(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await seloste(['--help'])).code).toBe(0);
  });
});
