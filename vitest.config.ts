import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // every test (npm test, CI); npm run test:unit runs the in-process subset: vitest.unit.config.ts
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check.ts'],
    // PDF and DOCX tests load pdf.js and mammoth; a slow CI machine needs headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
