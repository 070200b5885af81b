/**
 * The Voikko spelling tests need the Debian packages libvoikko1 and voikko-fi (.ci/run
 * installs them). They are the only conditional tests: where the library or its Finnish
 * dictionary is missing, their describe blocks are not registered at all and the suite
 * shows ONE skipped test that names what is missing (`voikkoSkip`), instead of dozens of
 * failures or dozens of skips.
 */
import { describe, expect, it } from 'vitest';
import { openVoikko } from '../../src/rules/voikko.js';

function load(): string | null {
  try {
    openVoikko();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Why Voikko cannot be used here; null when it can. */
export const VOIKKO_MISSING: string | null = load();

/** A describe block that needs libvoikko: registered only where it loads. */
export function describeVoikko(name: string, body: () => void): void {
  if (VOIKKO_MISSING === null) describe(name, body);
}

/**
 * Call once (test/spelling/spelling.test.ts): where Voikko loads, a test that it really
 * spells; where it does not, the one named skip.
 */
export function voikkoSkip(): void {
  if (VOIKKO_MISSING === null) {
    it('libvoikko with the Finnish dictionary loads and spells', () => {
      const speller = openVoikko();
      expect(speller.spell('henkilötietojen')).toBe(true);
      expect(speller.spell('henkilötietojne')).toBe(false);
    });
  } else {
    it.skip(`Voikko spelling tests NOT RUN: libvoikko1 and voikko-fi are not installed (apt-get install libvoikko1 voikko-fi); ${VOIKKO_MISSING}`, () => {});
  }
}

/** A test that needs libvoikko: registered only where it loads (the named skip stands for it elsewhere). */
export function itVoikko(name: string, body: () => void | Promise<void>): void {
  if (VOIKKO_MISSING === null) it(name, body);
}

/** A rule whose check calls Voikko (kind code, check spelling). */
export const needsVoikko = (def: { kind: string; check?: unknown }): boolean =>
  def.kind === 'code' && def.check === 'spelling';
