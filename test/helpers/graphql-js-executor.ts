// The second integration project runs every integration test again with graphql-js executing every operation
// (GRAPHQL_EXECUTOR=graphql-js), the fallback of the graphql-jit default: both must give the same answers.
// Services started in process read it through loadConfig, spawned servers inherit it.
process.env.GRAPHQL_EXECUTOR = 'graphql-js';
