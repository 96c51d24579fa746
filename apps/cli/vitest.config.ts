import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['../../vitest.tmp-guard.ts'],
    // each file runs `brief` with its own Chromium (several processes, two pages printing): one file per
    // two cores, where vitest's default would run one per core but one. The render package's browser
    // suite runs before this one (turbo.json), never beside it.
    maxWorkers: Math.max(1, Math.floor(os.availableParallelism() / 2)),
  },
});
