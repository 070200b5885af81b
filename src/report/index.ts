import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatOptions, LintReport, Formatter } from './types.js';
export { summarise } from './summary.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json };
