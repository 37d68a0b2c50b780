import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests: beside the code they check. End-to-end tests (Chromium) live in test/ with their own config.
export default defineConfig({
  test: {
    // test/hardening/ holds the hardening tests that need no browser too (its *.e2e.test.ts run with the e2e config).
    include: ['slides/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'build/**/*.test.ts', 'test/hardening/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/**/*.e2e.test.ts'],
    environment: 'node',
    // The CLI tests spawn the compiled CLI (bin/podium.js → dist/cli): compile it from these sources first.
    globalSetup: ['build/scripts/build-cli.setup.ts'],
    testTimeout: 30_000,
  },
});
