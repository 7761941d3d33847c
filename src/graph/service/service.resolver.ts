// Query.service: the versions behind this API.
import { Ctx, Query, Resolver } from 'type-graphql';
import { version as apiVersion } from '../../../package.json';
import type { RequestContext } from '../../context';
import { ServiceInfo } from './service.type';

@Resolver(() => ServiceInfo)
export class ServiceResolver {
  @Query(() => ServiceInfo, { description: "This API's version and the Neo4j server it reads." })
  async service(@Ctx() { repositories }: RequestContext): Promise<ServiceInfo> {
    const neo4j = await repositories.service.neo4jComponents();
    return { apiVersion, neo4jVersion: neo4j.version, neo4jEdition: neo4j.edition, database: neo4j.database };
  }
}
