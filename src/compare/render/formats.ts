/** The --format names of `seloste compare`, apart from the renderers so the CLI can list them without loading them. */
export const COMPARE_FORMATS = ['table', 'json', 'csv', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
