/** Reading a batch of notices lives in src/api/read-batch.ts. */
export * from '../api/read-batch.js';
