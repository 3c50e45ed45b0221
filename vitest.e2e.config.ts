// `npm run test:e2e`: the browser suite. Runs in Node, one file at a time (one Chromium per
// file), against the built site served by tests/e2e/global-setup.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
