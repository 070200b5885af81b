/** Expanding paths lives in src/api/inputs.ts. */
export * from '../api/inputs.js';
