/** The --format names of `seloste diff`, apart from the renderers so the CLI can list them without loading them. */
export const DIFF_FORMATS = ['text', 'unified', 'json', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
