/**
 * How much heading matching a notice costs: a word that rules a line out as a heading rules
 * out every run of lines that begins with it, so body text is not offered to the matcher
 * again and again with more lines joined to it (wrapped headings are tried up to six lines).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildNotice, HeadingMatcher, loadCatalogue } from '../../src/segment/index.js';

const plain = (text: string) =>
  buildNotice('t.txt', { format: 'text', text, linePages: null, headingLines: [], warnings: [] });

afterEach(() => vi.restoreAllMocks());

describe('HeadingMatcher.matchOrRefuse', () => {
  const matcher = new HeadingMatcher(loadCatalogue());
  it('says where a word ruled the text out, and nothing when it was matched', () => {
    expect(matcher.matchOrRefuse('Rekisterinpitäjä on Esimerkki Oy')).toEqual({ parts: null, refusedAt: 17 });
    // refused only by the matching itself (every word could be a catalogue word): no offset
    expect(matcher.matchOrRefuse('Rekisterinpitäjä saattaa käyttää tietoja')).toEqual({ parts: null, refusedAt: -1 });
    expect(matcher.matchOrRefuse('tai rekisterin yhteyshenkilölle.')).toEqual({ parts: null, refusedAt: 0 });
    const found = matcher.matchOrRefuse('Rekisterinpitäjä');
    expect(found.refusedAt).toBe(-1);
    expect(found.parts).toEqual(matcher.match('Rekisterinpitäjä'));
  });
});

describe('segmenting body text', () => {
  it('offers each short body line to the matcher twice at most (alone, and as the start of a run)', () => {
    const body = Array.from({ length: 30 }, (_, k) => `Tämä on tavallinen lause ${k} ilman otsikkoa.`).join('\n');
    const calls = vi.spyOn(HeadingMatcher.prototype, 'matchOrRefuse');
    const notice = plain(`Rekisterinpitäjä\n\nEsimerkki Oy\n\nKäsittelyn tarkoitus\n\n${body}\n`);
    expect(notice.segments.map((s) => s.ids.join('+'))).toEqual(['controller', 'purpose']);
    expect(calls.mock.calls.length).toBeLessThanOrEqual(2 * 36);
  });
});
