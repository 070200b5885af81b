/** The schema of a rule file: a union over the kinds, picked by `kind` (loaded only to validate packs). */
import { once, zod } from '../../util/lazy-deps.js';
import { codeSchema } from './code.js';
import { conditionalSchema } from './conditional.js';
import { existenceSchema } from './existence.js';
import { lexiconSchema } from './lexicon.js';
import { mustMentionSchema } from './must-mention.js';
import { nonEmptySchema } from './non-empty.js';
import { requiredSectionSchema } from './required-section.js';
import { substitutionSchema } from './substitution.js';

export const ruleSchema = once(() =>
  zod().discriminatedUnion('kind', [
    requiredSectionSchema(),
    nonEmptySchema(),
    existenceSchema(),
    substitutionSchema(),
    mustMentionSchema(),
    conditionalSchema(),
    lexiconSchema(),
    codeSchema(),
  ]),
);

/** Each kind's own schema, so that a rule file is checked against its kind alone (clearer errors than the union's). */
export const kindSchemas = once(
  () =>
    new Map<string, import('zod').ZodType>([
      ['required-section', requiredSectionSchema()],
      ['non-empty', nonEmptySchema()],
      ['existence', existenceSchema()],
      ['substitution', substitutionSchema()],
      ['must-mention', mustMentionSchema()],
      ['conditional', conditionalSchema()],
      ['lexicon', lexiconSchema()],
      ['code', codeSchema()],
    ]),
);
