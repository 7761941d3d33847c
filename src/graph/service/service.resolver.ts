// Query.service and Query.dataVersion: the versions behind this API, and of the graph it serves.
import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { DataVersionRow } from '../../model';
import { API_VERSION } from '../../repository-root';
import { DataVersion, ServiceInfo } from './service.type';

@Resolver(() => ServiceInfo)
export class ServiceResolver {
  @Query(() => ServiceInfo, { description: "This API's version and the Neo4j server it reads." })
  async service(@Ctx() { repositories }: RequestContext): Promise<ServiceInfo> {
    const neo4j = await repositories.service.neo4jComponents();
    return { apiVersion: API_VERSION, neo4jVersion: neo4j.version, neo4jEdition: neo4j.edition, database: neo4j.database };
  }

  @Query(() => DataVersion, {
    nullable: true,
    description: "The version of the graph's content: a new id whenever a load changes it (null before the first load).",
  })
  dataVersion(@Ctx() { repositories }: RequestContext): Promise<DataVersionRow | null> {
    return repositories.service.dataVersion();
  }
}
