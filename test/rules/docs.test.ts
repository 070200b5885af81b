import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleList } from '../../src/cli/rule-docs.js';
import { loadPack } from '../../src/rules/pack.js';
import { loadCatalogue } from '../../src/segment/index.js';
import { FIXTURES } from '../helpers/notice.js';

describe('docs/rules.md is generated from the pack', () => {
  for (const [lang, file] of [['en', 'rules.md'], ['fi', 'rules.fi.md']] as const) {
    it(`docs/${file} is up to date (regenerate with seloste rules --format markdown${lang === 'en' ? ' --lang en' : ''})`, () => {
      const committed = readFileSync(`${FIXTURES}../docs/${file}`, 'utf8');
      expect(committed).toBe(renderRuleList(loadPack('fi-gdpr'), 'markdown', lang, loadCatalogue()));
    });
  }
  it('documents every rule id of SPEC §4', () => {
    const ids = loadPack('fi-gdpr').map((d) => d.id);
    for (const id of ['section/required', 'section/empty', 'text/placeholder', 'text/typo', 'text/probable-typo', 'retention/no-period', 'transfers/contradiction', 'transfers/no-safeguard', 'legal-basis/legitimate-interest-mismatch', 'profiling/inconsistent', 'authority/outdated-address', 'text/outdated-reference', 'rights/access-fee', 'rights/missing', 'text/markup', 'controller/business-id', 'contact/email', 'notice/date', 'input/unreadable']) {
      expect(ids).toContain(id);
    }
  });
});
