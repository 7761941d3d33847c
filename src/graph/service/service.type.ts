// What the service runs on: handy for a first query from the IDE and for support requests.
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The versions this API and its database run.' })
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
