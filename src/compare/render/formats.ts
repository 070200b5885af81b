/** The --format names of `seloste compare`, apart from the renderers so the CLI can list them without loading them. */
export const COMPARE_FORMATS = ['table', 'json', 'csv', 'html', 'xlsx'] as const;
/** formats whose output is bytes, not text (rendered by their own lazily loaded module) */
export const BINARY_COMPARE_FORMATS = ['xlsx'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
