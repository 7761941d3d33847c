// Per-request state for resolvers: repositories bound to an executor that counts this request's queries.
import type { Executor } from './neo4j/executor';
import { ServiceRepository } from './graph/service/service.repository';

export interface RequestContext {
  repositories: ReturnType<typeof createRepositories>;
  /** Cypher queries run for this request so far (logged, and checked by the batching tests). */
  queryCount: () => number;
}

function createRepositories(executor: Executor) {
  return {
    service: new ServiceRepository(executor),
  };
}

export function createRequestContext(executor: Executor): RequestContext {
  let queries = 0;
  const counted = executor.observedBy(() => {
    queries += 1;
  });
  return { repositories: createRepositories(counted), queryCount: () => queries };
}
