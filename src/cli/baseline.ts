/** The baseline lives in src/api/baseline.ts. */
export * from '../api/baseline.js';
