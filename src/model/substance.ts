/**
 * "What changed in substance" between two versions of a notice: src/compare/substance.ts
 * makes it from the key facts and lint's findings, and the diff result carries it to
 * diff's renderers. It lives here because both stages share it.
 */

/** A finding as "what changed in substance" lists it. */
export interface SubstanceFinding {
  ruleId: string;
  severity: string;
  section: string | null;
  message: string;
  line: number;
}

/**
 * "What changed in substance" (SPEC §9): key facts whose value changed, required sections
 * and rights that the new version lost or gained, and lint findings new in the new version
 * or resolved. Names and values are in the language the diff was asked in.
 */
export interface Substance {
  facts: { id: string; name: string; from: string; to: string }[];
  newFindings: SubstanceFinding[];
  resolvedFindings: SubstanceFinding[];
}
