/**
 * AnyOf answers "does any of these patterns match in these ranges?" with shortcuts: plain
 * phrases in one expression, each near() or /regex/ on its own, and a near() run only in the
 * ranges where each of its groups of words occurs (not compiled at all when none). The answer
 * must be the one of trying every pattern everywhere: checked for every pattern list of the
 * pack, on the seeds, on the seeds with their paragraphs as ranges, and on texts that hold
 * a near()'s groups in different paragraphs (the case the shortcut must not get wrong).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnyOf, compileRulePatterns, matchesIn } from '../../src/rules/patterns.js';
import { loadPack } from '../../src/rules/pack.js';
import { patternLists } from '../helpers/pack.js';

const PATTERN_KEYS = new Set(['patterns', 'mustMatch', 'mentions']);


type Range = [number, number];
const paragraphs = (text: string): Range[] => {
  const out: Range[] = [];
  let from = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out;
};
const everywhere = (patterns: string[], text: string, ranges: Range[]) =>
  patterns.some((p) => {
    const re = compileRulePatterns([p]);
    return ranges.some(([a, b]) => !matchesIn(re, text, a, b).next().done);
  });

const seeds = readdirSync('fixtures')
  .filter((f) => /^00\d_.*\.txt$/.test(f))
  .map((f) => readFileSync(`fixtures/${f}`, 'utf8'));

describe('AnyOf', () => {
  const lists = patternLists(loadPack('fi-gdpr'), PATTERN_KEYS).filter((l) => l.some((p) => p.startsWith('near(')));

  it('has near() lists to check (the control)', () => {
    expect(lists.length).toBeGreaterThan(5);
  });

  it('answers as every pattern tried everywhere, for the whole text and for each paragraph as a range', () => {
    let yes = 0;
    let no = 0;
    for (const list of lists) {
      for (const text of seeds) {
        for (const ranges of [[[0, text.length]] as Range[], paragraphs(text)]) {
          const want = everywhere(list, text, ranges);
          expect(new AnyOf(list).matchesAny(text, ranges), list.join(' ; ')).toBe(want);
          if (want) yes++;
          else no++;
        }
      }
    }
    expect(yes).toBeGreaterThan(10);
    expect(no).toBeGreaterThan(10);
  });

  it('a near() whose groups occur only in different ranges does not match there, and does in one range', () => {
    const any = new AnyOf(['near(3): säilytetään | vuotta']);
    const text = 'Tiedot säilytetään.\n\nKymmenen vuotta.\n\nTiedot säilytetään kymmenen vuotta.';
    const [p1, p2, p3] = paragraphs(text);
    expect(any.matchesAny(text, [p1, p2])).toBe(false);
    expect(any.matchesAny(text, [p1, p2, p3])).toBe(true);
    expect(any.matchesAny(text, [[0, text.length]])).toBe(true);
  });
});
