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
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { UnreadableInputError } from '../../src/model/errors.js';
import { DEFAULT_SETTINGS, Linter } from '../../src/rules/engine.js';
import { loadPack, type RuleDef } from '../../src/rules/pack.js';
import type { Examples } from '../../src/rules/schema/base.js';
import { buildNotice, loadCatalogue } from '../../src/segment/index.js';
import { TODAY } from '../helpers/notice.js';

const defs = loadPack('fi-gdpr');
const linters = new Map<string, Linter>();

/** The whole pack, with this rule on even where it is off by default. */
function linterFor(def: RuleDef): Linter {
  let linter = linters.get(def.id);
  if (!linter) {
    const severity = new Map(def.severity === 'off' ? [[def.id, 'warning' as const]] : []);
    linters.set(def.id, (linter = new Linter(defs, loadCatalogue(), { ...DEFAULT_SETTINGS, now: TODAY, severity })));
  }
  return linter;
}

/** What the rule points at in `text`: the matched texts of its findings, in order. */
async function findingsOf(def: RuleDef, text: string): Promise<string[]> {
  let extracted;
  try {
    extracted = await extract(new TextEncoder().encode(text), 'esimerkki.txt');
  } catch (err) {
    // an input that cannot be read is one input/unreadable finding, as in `seloste lint`
    if (err instanceof UnreadableInputError) return def.id === 'input/unreadable' ? [''] : [];
    throw err;
  }
  const notice = buildNotice('esimerkki.txt', extracted);
  return linterFor(def)
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

for (const def of defs) {
  const ex = def.examples as Examples | undefined;
  if (!ex) continue;
  describe(`${def.id} (${def.file.split(/[\\/]/).pop()})`, () => {
    for (const [i, e] of ex.valid.entries()) {
      it(`valid[${i}] ${short(textOf(e))}`, async () => {
        expect(await findingsOf(def, textOf(e))).toEqual([]);
      });
    }
    for (const [i, e] of ex.invalid.entries()) {
      it(`invalid[${i}] ${short(textOf(e))}`, async () => {
        const got = await findingsOf(def, textOf(e));
        if (typeof e === 'string' || e.count === undefined) expect(got.length).toBeGreaterThan(0);
        else expect(got).toHaveLength(e.count);
        if (typeof e === 'object' && e.match !== undefined) {
          if (Array.isArray(e.match)) expect(got).toEqual(e.match);
          else expect(got).toContain(e.match);
        }
      });
    }
  });
}
