// Jest: unit tests (*.test.ts) and integration tests (*.int.test.ts) in one run; the global setup obtains a
// throwaway Neo4j by the service's own resolution order and the teardown stops it.
/** swc compiles file by file, so decorated fields name their GraphQL type explicitly (@Field(() => T)). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 60_000,
  // Two cores: the database needs one of them.
  maxWorkers: 1,
};
