// One jest invocation, several projects: pure unit tests, the API on the embedded
// database, the same API tests on a real PostgreSQL (with those that only make sense there,
// *.postgres.api-spec.ts), and browser tests in Chromium.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// The projects that start test apps (apps/api/test/harness.ts) build the web app first when it is
// missing or stale and make the run's directory; those on the embedded database also migrate one
// data dir, which each test app copies.
const apiSetup = { globalSetup: '<rootDir>/apps/api/test/setup/api-global-setup.ts', globalTeardown: '<rootDir>/apps/api/test/setup/api-global-teardown.ts' };

const common = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@eci/rules$': '<rootDir>/libs/eci-rules/src/index.ts',
    '^@eci/statement-crypto$': '<rootDir>/libs/statement-crypto/src/index.ts',
    '^@eci/statement-crypto/browser$': '<rootDir>/libs/statement-crypto/src/browser.ts',
    '^@eci/statement-exports$': '<rootDir>/libs/statement-exports/src/index.ts',
    '^@eci/progress$': '<rootDir>/libs/progress/src/index.ts',
    '^@eci/audit-chain$': '<rootDir>/libs/audit-chain/src/index.ts',
    '^@eci/api-contract$': '<rootDir>/libs/api-contract/src/index.ts',
  },
  // A few dependencies ship ES modules only; compile those too.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  // A guard against hangs, not a speed check (speed lives in bench/): long enough for a test app and
  // Chromium to start on two cores shared by both workers' apps and browsers (CI saw 60 s exceeded).
  testTimeout: 180000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      // Pure code, services on in-memory fakes, the repository contracts run against the fakes, and
      // the lint rules that hold the architecture (tools/lint-rules.spec.ts).
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/test/**/*.spec.ts', '<rootDir>/i18n/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'api:embedded',
      testMatch: ['<rootDir>/apps/api/test/**/*.api-spec.ts'],
      // *.postgres.api-spec.ts need a database server several processes share: real PostgreSQL only.
      testPathIgnorePatterns: ['/node_modules/', '\\.postgres\\.api-spec\\.ts$'],
      setupFiles: ['<rootDir>/apps/api/test/setup/target-embedded.ts'],
      ...apiSetup,
    },
    {
      ...common,
      displayName: 'api:postgres',
      testMatch: ['<rootDir>/apps/api/test/**/*.api-spec.ts'],
      setupFiles: ['<rootDir>/apps/api/test/setup/target-postgres.ts'],
      ...apiSetup,
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/web/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/apps/api/test/setup/target-embedded.ts'],
      ...apiSetup,
    },
  ],
};
