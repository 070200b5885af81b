/**
 * The examples every rule file carries (`examples: { valid, invalid }`, as ESLint's
 * RuleTester), run through the same path as a notice: ingest (sniff, normalise), sections,
 * the whole pack. A valid text gets no finding of the rule; an invalid one at least one,
 * or exactly `count`, and with `match` the text the findings point at. A lawyer who adds a
 * rule adds its proof in the same file; this one test runs them all.
 *
 * Dates are judged as on TODAY (test/helpers/notice.ts), so notice/date's examples do not age.
 * A rule that is off by default (text/spelling) is switched on for its own examples.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { UnreadableInputError } from '../../src/model/errors.js';
import { DEFAULT_SETTINGS, Linter } from '../../src/rules/engine.js';
import { loadPack, type RuleDef } from '../../src/rules/pack.js';
import type { Examples } from '../../src/rules/schema/base.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';
import { cli } from '../cli/run.js';
import { TODAY } from '../helpers/notice.js';
import { needsVoikko, VOIKKO_MISSING } from '../helpers/voikko.js';

const defs = loadPack('fi-gdpr');
const linters = new Map<string, Linter>();

/** The whole pack, with this rule on even where it is off by default. */
function linterFor(def: RuleDef, pack: RuleDef[]): Linter {
  let linter = linters.get(def.file);
  if (!linter) {
    const severity = new Map(def.severity === 'off' ? [[def.id, 'warning' as const]] : []);
    linters.set(def.file, (linter = new Linter(pack, loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY, severity })));
  }
  return linter;
}

/** What the rule points at in `text`: the matched texts of its findings, in order. */
async function findingsOf(def: RuleDef, text: string, pack: RuleDef[] = defs): Promise<string[]> {
  let extracted;
  try {
    extracted = await extract(new TextEncoder().encode(text), 'esimerkki.txt');
  } catch (err) {
    // an input that cannot be read is one input/unreadable finding, as in `seloste lint`
    if (err instanceof UnreadableInputError) return def.id === 'input/unreadable' ? [''] : [];
    throw err;
  }
  const notice = buildNotice('esimerkki.txt', extracted);
  return linterFor(def, pack)
    .lint(notice)
    .filter((f) => f.ruleId === def.id)
    .map((f) => notice.text.slice(f.range[0], f.range[1]));
}

const textOf = (e: string | { text: string }) => (typeof e === 'string' ? e : e.text);
const short = (t: string) => JSON.stringify(t.length > 70 ? `${t.slice(0, 67)}…` : t);

describe('every rule file carries examples', () => {
  it.each(defs.map((d) => [d.id, d] as const))('%s has valid and invalid examples', (_id, def) => {
    const ex = def.examples as Examples | undefined;
    expect(ex?.valid.length, `${def.file}: examples.valid`).toBeGreaterThan(0);
    expect(ex?.invalid.length, `${def.file}: examples.invalid`).toBeGreaterThan(0);
  });
});

/** Checks one invalid example's findings against its `count` and `match`. */
function expectInvalid(e: Examples['invalid'][number], got: string[]): void {
  if (typeof e === 'string' || e.count === undefined) expect(got.length).toBeGreaterThan(0);
  else expect(got).toHaveLength(e.count);
  if (typeof e === 'object' && e.match !== undefined) {
    if (Array.isArray(e.match)) expect(got).toEqual(e.match);
    else expect(got).toContain(e.match);
  }
}

for (const def of defs) {
  const ex = def.examples as Examples | undefined;
  if (!ex) continue;
  if (needsVoikko(def) && VOIKKO_MISSING !== null) continue; // without libvoikko: the one named skip (test/spelling)
  describe(`${def.id} (${def.file.split(/[\\/]/).pop()})`, () => {
    for (const [i, e] of ex.valid.entries()) {
      it(`valid[${i}] ${short(textOf(e))}`, async () => {
        expect(await findingsOf(def, textOf(e))).toEqual([]);
      });
    }
    for (const [i, e] of ex.invalid.entries()) {
      it(`invalid[${i}] ${short(textOf(e))}`, async () => {
        expectInvalid(e, await findingsOf(def, textOf(e)));
      });
    }
  });
}

describe('docs/authoring-rules.md, followed step by step', () => {
  const DOC = readFileSync(new URL('../../docs/authoring-rules.md', import.meta.url), 'utf8');
  // the code blocks the guide asks the reader to write: ```yaml file=oma-paketti/x.yaml
  const files = [...DOC.matchAll(/^```\w+ file=(\S+)\n([^]*?)^```$/gm)].map((m) => ({ path: m[1], body: m[2] }));
  const dir = mkdtempSync(join(tmpdir(), 'seloste-authoring-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.body);
  }

  it('gives a rule file, a config and a text', () => {
    expect(files.map((f) => f.path)).toEqual(['oma-paketti/legal-basis-special-category.yaml', 'seloste.config.yaml', 'luonnos.txt']);
  });

  it('the new rule loads as a pack of its own, and its examples hold', async () => {
    const pack = loadPack(join(dir, 'oma-paketti'));
    expect(pack.map((d) => d.id)).toEqual(['legal-basis/special-category']);
    const ex = pack[0].examples as Examples;
    for (const e of ex.valid) expect(await findingsOf(pack[0], textOf(e), pack)).toEqual([]);
    for (const e of ex.invalid) expectInvalid(e, await findingsOf(pack[0], textOf(e), pack));
  });

  it('`seloste lint luonnos.txt` in that folder reports the rule where the guide says', async () => {
    const r = await cli(['lint', 'luonnos.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0); // a warning does not fail the run
    const report = JSON.parse(r.stdout) as { files: { findings: { ruleId: string; line: number; message: string }[] }[] };
    const [f] = report.files[0].findings.filter((x) => x.ruleId === 'legal-basis/special-category');
    expect(f.line).toBe(5);
    expect(f.message).toContain('”terveystietoja”');
  });
});
