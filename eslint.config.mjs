import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jest from 'eslint-plugin-jest';
import boundaries from './tools/eslint/module-boundaries.mjs';

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
    // Module boundaries (tools/eslint/module-boundaries.mjs resolves relative paths, root paths and
    // tsconfig aliases; tools/lint-rules.spec.ts shows each rule refusing what it should).
    plugins: { boundaries },
  },
  {
    // The domain libraries stay pure: no framework, no database, no Node I/O, no app.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', 'pg-boss', 'fastify', '@fastify/*', '@electric-sql/*'],
              message: 'libs/ are pure domain code: no framework or database imports. Code that needs Nest, TypeORM, pg, Fastify or PGlite belongs in apps/api (a repository or service), which calls the library with plain data.',
            },
            {
              group: ['fs', 'node:fs', 'net', 'node:net', 'http', 'node:http'],
              message: 'libs/ do no I/O: read and write in apps/api and pass the data in (statement-exports keeps its file work in its one I/O module, src/io.ts).',
            },
          ],
        },
      ],
      'boundaries/no-import-into': [
        'error',
        [{ folder: 'apps', message: 'libs/ never import apps/: the apps depend on the libraries, not the other way round. Move what the library needs into libs/ (answer shapes in libs/api-contract) or pass it in as a parameter.' }],
      ],
    },
  },
  {
    // The web app talks to the API over HTTP only. (Its browser tests in apps/web/e2e start the API
    // in-process, on purpose.)
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      'boundaries/no-import-into': [
        'error',
        [{ folder: 'apps/api', message: 'apps/web never imports apps/api: what both need lives in libs/ (answer shapes in libs/api-contract).' }],
      ],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      'boundaries/no-import-into': [
        'error',
        [{ folder: 'apps/web', message: 'apps/api never imports apps/web: the API serves the built web app (dist/web) and shares code with it only through libs/ (answer shapes in libs/api-contract).' }],
      ],
    },
  },
);
