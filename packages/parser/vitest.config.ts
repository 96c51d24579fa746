import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    globalSetup: ['../../vitest.tmp-guard.ts'],
    setupFiles: ['../../vitest.fast-check.ts'],
  },
});
