/**
 * The faster paths of diff, compare's facts and the report messages answer exactly as the
 * plain ones they replaced (behaviour only: speed is measured by `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadFactRules } from '../src/compare/facts.js';
import { editsOf, firstWords, lastWords } from '../src/diff/edits.js';
import { diffNotices } from '../src/diff/index.js';
import { endsSentence } from '../src/diff/word-diff.js';
import { groupedCount } from '../src/report/messages/digits.js';
import { en } from '../src/report/messages/en.js';
import { fi } from '../src/report/messages/fi.js';
import { compileRuleSource, firstGroupsIn, rulePatternsSource } from '../src/rules/patterns.js';
import { splitWords } from '../src/segment/words.js';
import { noticeFromText } from './diff/helpers.js';

describe('groupedCount writes counts as toLocaleString does', () => {
  const counts = [
    0,
    1,
    9,
    12,
    999,
    1000,
    1001,
    9999,
    12345,
    100000,
    999999,
    1000000,
    1234567,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
  ];
  it.each(counts)('%d in Finnish (no-break space) and English (comma)', (c) => {
    expect(groupedCount(c, 'fi')).toBe(c.toLocaleString('fi-FI'));
    expect(groupedCount(c, 'en')).toBe(c.toLocaleString('en-US'));
  });

  it('what is not a whole count is left to toLocaleString', () => {
    for (const c of [-0, -1234, 1.5, 12345.678, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(groupedCount(c, 'fi')).toBe(c.toLocaleString('fi-FI'));
      expect(groupedCount(c, 'en')).toBe(c.toLocaleString('en-US'));
    }
  });

  it('the messages group with U+00A0 in Finnish', () => {
    expect(fi.findings(12345)).toBe('12\u00a0345 havaintoa');
    expect(en.baselined(1234)).toBe('1,234 problems were already in the baseline (--baseline) and are not shown.');
  });
});

describe('rule sources composed and run on the shadow', () => {
  it('firstGroupsIn gives the groups as the text writes them, past letters outside Latin', () => {
    const re = compileRuleSource(
      `(?:${rulePatternsSource(['päivitetty', 'laadittu'])})[^\\p{N}\\n]{0,30}(${rulePatternsSource(['/\\d{1,2}\\.\\d{1,2}\\.\\d{4}/'])})`,
      'dgiu',
    );
    const text = 'Ωμέγα ελληνικά. Seloste PÄIVITETTY ☃ ŋ: 1.2.2024 ja laadittu 3.4.2020';
    expect(firstGroupsIn(re, text)).toEqual(['PÄIVITETTY ☃ ŋ: 1.2.2024', '1.2.2024']);
    expect(firstGroupsIn(re, 'ei päivämäärää')).toBeNull();
  });

  it('refuses an expression without the d flag', () => {
    expect(() => firstGroupsIn(compileRuleSource('a'), 'a')).toThrow(/d and g flags/);
  });
});

describe('facts', () => {
  it('loadFactRules is loaded once per file', () => {
    expect(loadFactRules()).toBe(loadFactRules());
  });

  it('the controller is the first company name, searched from the line of the first company form', async () => {
    const text =
      'Tietosuojaseloste\n\nJohdanto Ilman Yhtiömuotoa, Iso Kirjain Sana.\nToinen rivi: Lapin Seudun Sähkö Oy. Muu Oy.\n';
    const rules = loadFactRules();
    const facts = extractFacts(await noticeFromText('n.txt', text), rules);
    expect(facts.controller).toBe('Lapin Seudun Sähkö Oy');
    // as the whole text searched from its start finds it
    expect([...text.matchAll(rules.companyName)][0][0]).toBe('Lapin Seudun Sähkö Oy');
  });
});

describe('diff helpers', () => {
  const texts = [
    '',
    ' ',
    'yksi',
    ' yksi  kaksi\nkolme \n\n neljä viisi kuusi seitsemän ',
    'a b c d e f g h i j k l',
    '\n\nsana\n',
  ];

  it('firstWords and lastWords are the ends of splitWords', () => {
    for (const t of texts) {
      const all = splitWords(t);
      for (const n of [0, 1, 2, 6, 100]) {
        expect(firstWords(t, n)).toEqual(all.slice(0, n));
        expect(lastWords(t, n)).toEqual(n === 0 ? [] : all.slice(-n));
      }
    }
  });

  it('editsOf shows the same context for any context size', () => {
    const changes = [
      { type: 'equal' as const, text: 'a b c d e f g h', words: 8 },
      { type: 'delete' as const, text: 'x', words: 1 },
      { type: 'insert' as const, text: 'y', words: 1 },
      { type: 'equal' as const, text: 'i j\nk l m n o p', words: 8 },
    ];
    expect(editsOf(changes)[0]).toMatchObject({
      before: 'd e f g h',
      after: 'i j k l m',
      moreBefore: true,
      moreAfter: true,
    });
    expect(editsOf(changes, 8)[0]).toMatchObject({
      before: 'a b c d e f g h',
      after: 'i j k l m n o p',
      moreBefore: false,
      moreAfter: false,
    });
    // context 0: slice(-0) is the whole list, as it always was
    expect(editsOf(changes, 0)[0]).toMatchObject({
      before: 'a b c d e f g h',
      after: '',
      moreBefore: true,
      moreAfter: true,
    });
  });

  it('endsSentence is /[.!?;:]["\')\\]]*$/', () => {
    const re = /[.!?;:]["')\]]*$/;
    for (const w of ['', '.', 'sana', 'sana.', 'sana.")', 'sana")', '"', ')', 'a:b', 'a;', 'x?]', 'x]?', 'x!\'"', '.x'])
      expect(endsSentence(w), w).toBe(re.test(w));
  });

  it('a diff lists both notices as lines when asked, and the lines can be replaced', async () => {
    const a = await noticeFromText(
      'a.txt',
      'Rekisterinpitäjä\nEsimerkki Oy. Toinen lause!\n\nSäilytysaika\nTietoja säilytetään 10 vuotta.\n',
    );
    const b = await noticeFromText(
      'b.txt',
      'Rekisterinpitäjä\nEsimerkki Oy. Toinen lause!\n\nSäilytysaika\nTietoja säilytetään 6 vuotta.\n',
    );
    const r = diffNotices(a, b);
    expect(r.lines.old.map((l) => l.text)).toEqual([
      'Rekisterinpitäjä',
      'Esimerkki Oy.',
      'Toinen lause!',
      'Säilytysaika',
      'Tietoja säilytetään 10 vuotta.',
    ]);
    expect(r.lines.new[4]).toMatchObject({
      text: 'Tietoja säilytetään 6 vuotta.',
      key: 'tietoja säilytetään 6 vuotta',
    });
    expect(r.lines).toBe(r.lines);
    expect(JSON.parse(JSON.stringify(r)).lines).toEqual(r.lines);
    r.lines = { old: [], new: [] };
    expect(r.lines).toEqual({ old: [], new: [] });
  });
});
