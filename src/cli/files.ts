/** Reading small files lives in src/api/files.ts. */
export * from '../api/files.js';
