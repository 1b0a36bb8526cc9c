import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'tmp/', 'coverage/', '.data/', '.nx/', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.api-spec.ts', '**/*.e2e-spec.ts'],
    plugins: { jest },
    rules: {
      'jest/no-disabled-tests': 'error',
      'jest/no-focused-tests': 'error',
      'jest/no-standalone-expect': 'off',
    },
  },
  {
    // The domain libraries stay pure: no framework, no database, no Node I/O.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', 'pg-boss', 'fastify', '@fastify/*', '@electric-sql/*'], message: 'libs/ are pure domain code: no framework or database imports.' },
            { group: ['fs', 'node:fs', 'net', 'node:net', 'http', 'node:http'], message: 'libs/ do no I/O.' },
          ],
        },
      ],
    },
  },
);
