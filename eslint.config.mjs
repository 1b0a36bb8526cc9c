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
    // Every test runs, every time: a missing tool or service fails the test with what to install
    // (requireTool in libs/statement-exports/test/files.ts), it never turns the test off.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='skip']", message: 'No skipped tests: a test that cannot run here must fail and say what is missing (requireTool names the apt package).' },
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name='only']", message: 'No focused tests (.only): every test runs on every run.' },
        { selector: 'CallExpression[callee.name=/^(xit|xtest|xdescribe|fit|fdescribe)$/]', message: 'No skipped (x…) or focused (f…) tests: every test runs on every run.' },
        { selector: 'ConditionalExpression[consequent.name=/^(it|test|describe)$/], ConditionalExpression[alternate.name=/^(it|test|describe)$/]', message: 'No conditionally run tests: a test that cannot run here must fail and say what is missing (requireTool names the apt package).' },
      ],
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
