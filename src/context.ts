// Per-request state for resolvers: repositories bound to an executor that counts this request's queries,
// and the DataLoaders built on it.
import { randomUUID } from 'node:crypto';
import type { Caller } from './access/gate';
import type { Executor } from './neo4j/executor';
import { AnalysisRepository } from './graph/analysis/analysis.repository';
import { ArticleRepository } from './graph/article/article.repository';
import { AggregateRepository } from './graph/common/aggregate.repository';
import { ClaimRepository } from './graph/claim/claim.repository';
import { EntityRepository } from './graph/entity/entity.repository';
import { EventRepository } from './graph/event/event.repository';
import { SearchRepository } from './graph/search/search.repository';
import { ServiceRepository } from './graph/service/service.repository';
import { VoteRepository } from './graph/resolution/resolution.repository';
import { StanceRepository } from './graph/stance/stance.repository';
import { StatementRepository } from './graph/statement/statement.repository';
import { StatsRepository } from './graph/stats/stats.repository';
import { TimelineRepository } from './graph/timeline/timeline.repository';
import { TraversalRepository } from './graph/traversal/traversal.repository';
import { Loaders } from './loaders';

export interface RequestContext {
  /** From the client's X-Request-Id header, or made up; logged with every line of this request. */
  requestId: string;
  repositories: Repositories;
  loaders: Loaders;
  /** Cypher queries run for this request so far (logged, and checked by the batching tests). */
  queryCount: () => number;
  /** Who is asking: the key's name and role, or the anonymous role's (undefined: a test's own context). */
  caller?: Caller;
  /** Whether the answer may be cached and shared with other callers: false once a resolver reads the caller. */
  shareable: boolean;
}

export type Repositories = ReturnType<typeof createRepositories>;

function createRepositories(executor: Executor) {
  return {
    service: new ServiceRepository(executor),
    entities: new EntityRepository(executor),
    statements: new StatementRepository(executor),
    events: new EventRepository(executor),
    claims: new ClaimRepository(executor),
    stances: new StanceRepository(executor),
    votes: new VoteRepository(executor),
    articles: new ArticleRepository(executor),
    traversals: new TraversalRepository(executor),
    search: new SearchRepository(executor),
    stats: new StatsRepository(executor),
    lists: new AggregateRepository(executor),
    timeline: new TimelineRepository(executor),
    analysis: new AnalysisRepository(executor),
  };
}

export function createRequestContext(executor: Executor, requestId: string = randomUUID(), deadlineMs?: number, caller?: Caller): RequestContext {
  let queries = 0;
  const counted = (deadlineMs ? executor.withDeadline(deadlineMs) : executor).observedBy(() => {
    queries += 1;
  });
  const repositories = createRepositories(counted);
  return { requestId, repositories, loaders: new Loaders(counted, repositories.traversals), queryCount: () => queries, caller, shareable: true };
}
