// Jest, in three tiers that run alone or together (`npm test` runs all three):
//   unit         test/**/*.test.ts: no database, no Java; starts no process of Neo4j (npm run test:unit)
//   cypher       test/**/*.cypher.test.ts: the query texts the API and the seed build, checked without a database
//   integration  test/**/*.int.test.ts: against a real, throwaway Neo4j that this project's global setup obtains
//                (by the service's own resolution order) and its teardown stops; only runs when one of its tests does.
//                Run twice: with the default executor (graphql-jit) and with graphql-js ("integration-graphql-js").
/** swc compiles file by file, so decorated fields name their GraphQL type explicitly (@Field(() => T)). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

const tier = (displayName, testMatch, more = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch,
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  ...more,
});

const integration = {
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    tier('unit', ['<rootDir>/test/**/*.test.ts'], { testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.cypher\\.test\\.ts$'] }),
    tier('cypher', ['<rootDir>/test/**/*.cypher.test.ts']),
    tier('integration', ['<rootDir>/test/**/*.int.test.ts'], { ...integration, setupFiles: ['<rootDir>/test/helpers/jit-at-first-use.ts'] }),
    // The same tests with graphql-js executing every operation (the default is graphql-jit, falling back to it).
    tier('integration-graphql-js', ['<rootDir>/test/**/*.int.test.ts'], { ...integration, setupFiles: ['<rootDir>/test/helpers/graphql-js-executor.ts'] }),
  ],
  // Two cores: the database needs one of them.
  maxWorkers: 1,
  testTimeout: 60_000,
};
