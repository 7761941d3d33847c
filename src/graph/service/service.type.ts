// What the service runs on (handy for a first query from the IDE and for support requests), and the graph's version.
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The versions this API and its database run.' })
export class ServiceInfo {
  @Field(() => String, { description: "This API's version (package.json)." })
  apiVersion!: string;

  @Field(() => String, { description: 'The Neo4j server version, as the database reports it.' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'community or enterprise.' })
  neo4jEdition!: string;

  @Field(() => String, { description: 'The Neo4j database this API reads.' })
  database!: string;
}

@ObjectType({ simpleResolvers: true, description: "The stamp of the graph's content, for caches and dashboards that must know when it changed." })
export class DataVersion {
  @Field(() => ID, { description: 'A digest of the loaded content: equal ids, equal graphs.' })
  id!: string;

  @Field(() => String, { description: 'When the load that made this version committed, ISO 8601 in UTC.' })
  loadedAt!: string;

  @Field(() => Int, { description: 'How many articles the graph then held.' })
  articles!: number;
}
