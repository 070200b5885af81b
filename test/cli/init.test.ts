/**
 * `seloste init` writes a config that stays valid whichever of its commented examples
 * a user uncomments: each in turn, and all at once, loads and says what it shows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/api/config.js';
import { starterConfig, starterExamples } from '../../src/cli/commands/init.js';

const dir = mkdtempSync(join(tmpdir(), 'seloste-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const uncomment = (text: string, ranges: { start: number; end: number }[]) => {
  const lines = text.split('\n');
  for (const { start, end } of ranges) for (let i = start; i < end; i++) lines[i] = lines[i].replace(/^(\s*)# /, '$1');
  return lines.join('\n');
};

function load(text: string, name: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return loadConfig(file, dir, 'en');
}

describe('seloste init: the starter config', () => {
  for (const voikko of [false, true]) {
    const text = starterConfig(voikko);
    const examples = starterExamples(text);

    it(`(Voikko ${voikko ? 'found' : 'absent'}) loads as written`, () => {
      const config = load(text, `as-written-${voikko}`);
      expect(config.rules).toEqual(voikko ? { 'text/spelling': 'warning' } : {});
      expect(config.accept).toEqual([]);
      expect(config.ignore).toEqual([]);
      expect(config.limits).toEqual({});
    });

    it(`(Voikko ${voikko ? 'found' : 'absent'}) has examples for rules, accept, ignore and limits`, () => {
      const keys = examples.map(({ start }) => text.split('\n')[start].trim());
      expect(keys).toEqual(
        expect.arrayContaining([
          '# notice/date:',
          '# text/placeholder:',
          '# text/markup: off',
          '# - Datahub',
          '# - luonnokset/**',
          '# maxFileMB: 50',
        ]),
      );
    });

    it(`(Voikko ${voikko ? 'found' : 'absent'}) each example uncommented alone gives a valid config that holds it`, () => {
      for (const [i, example] of examples.entries()) {
        const edited = uncomment(text, [example]);
        const config = load(edited, `one-${voikko}-${i}`);
        const line = edited.split('\n')[example.start].trim();
        const key = line.replace(/:.*$/, '');
        const held = JSON.stringify([config.rules, config.accept, config.ignore, config.limits]);
        expect(held, line).toContain(key.startsWith('- ') ? key.slice(2) : key);
      }
    });

    it(`(Voikko ${voikko ? 'found' : 'absent'}) all examples uncommented at once give a valid config`, () => {
      const config = load(uncomment(text, examples), `all-${voikko}`);
      expect(config.rules).toMatchObject({
        'notice/date': { options: { maxAgeMonths: 12 } },
        'text/placeholder': { phrases: ['[asiakkaan nimi]'] },
        'text/markup': 'off',
        'text/spelling': 'warning',
      });
      expect(config.accept).toEqual(['Datahub']);
      expect(config.ignore).toEqual(['luonnokset/**']);
      expect(config.limits).toEqual({ maxFileMB: 50, maxTextMB: 20, maxPages: 500, timeoutSeconds: 30 });
    });
  }
});
