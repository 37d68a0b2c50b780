// Lint, including the layer rules of DESIGN.md: a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'stream'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['slides/core/**/*.ts'],
    ignores: ['slides/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'slides/core is pure: no Node built-ins (put file access in slides/node).' },
          { group: ['electron', '**/electron/**', '**/renderer/**', '**/slides/node/**', '**/slides/cli/**', '../node/**', '../cli/**'], message: 'slides/core imports nothing of the project outside itself.' },
        ],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        // 'electron' as a path, not a pattern: a gitignore-style pattern would also match electron/common.
        paths: [{ name: 'electron', message: 'The renderer reaches the host only through the Host contract (electron/common).' }],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node built-ins. Ask the Host.' },
          { group: ['**/electron/main/**', '**/electron/preload/**', '**/slides/node/**', '**/slides/cli/**'], message: 'The renderer reaches the host only through the Host contract (electron/common).' },
        ],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/slides/**', '**/electron/main/**'], message: 'The preload imports only electron and the contract (electron/common).' }],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/main may import everything but renderer/.' }],
      }],
    },
  },
);
