import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium through playwright-core. One file at a time:
// the machines have two cores and each file starts a browser and a local server.
export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
