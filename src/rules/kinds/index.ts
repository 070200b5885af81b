/** Every rule kind the engine knows, by name (Vale's `extends`). Add a kind here and in its own file. */
import type { KindModule } from '../types.js';
import { code } from './code.js';
import { conditional } from './conditional.js';
import { existence } from './existence.js';
import { lexicon } from './lexicon.js';
import { mustMention } from './must-mention.js';
import { nonEmpty } from './non-empty.js';
import { requiredSection } from './required-section.js';
import { substitution } from './substitution.js';

export const KINDS: ReadonlyMap<string, KindModule> = new Map(
  [requiredSection, nonEmpty, existence, substitution, mustMention, conditional, lexicon, code].map((k) => [k.kind, k]),
);
