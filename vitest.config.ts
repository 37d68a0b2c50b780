import { defineConfig } from 'vitest/config';

// Unit tests: beside the code they check. End-to-end tests (Chromium) live in test/ with their own config.
export default defineConfig({
  test: {
    include: ['slides/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
