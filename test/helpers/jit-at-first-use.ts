// The default integration project compiles every operation with graphql-jit at its first use (in production it
// waits for the second, GRAPHQL_JIT_AFTER_USES=2), so that each test's operations run compiled; the project
// "integration-graphql-js" runs them through graphql-js. Services started in process read it through
// loadConfig, spawned servers inherit it.
process.env.GRAPHQL_JIT_AFTER_USES = '1';
