// Contender b: the Neo4j GraphQL Library (@neo4j/graphql), which compiles each GraphQL request into one Cypher
// query, serving type definitions over the same nodes and relationships this API reads. What it cannot express
// by itself (met-with, sources over two relationship types, variable-length neighborhoods, shortest paths) is
// written the way its documentation says to: @cypher fields, each with the same Cypher the raw contender runs.
// Filters, sorting, pages, totals and full-text search are its own (where, sort, first, totalCount, @fulltext).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { MET_WITH_EVENT_TYPES, WALKABLE_RELATION_TYPES } from '../src/model';
import { CYPHER } from './shapes';

const TYPES = WALKABLE_RELATION_TYPES.join('|');

export const TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) @fulltext(indexes: [{ indexName: "entity_search", fields: ["searchText"], queryName: "searchEntities" }]) {
    id: ID!
    kind: String!
    name: String!
    searchText: String
    holdsRole: [Entity!]! @relationship(type: "HOLDS_ROLE", direction: OUT, properties: "Role")
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
    participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    supporters: [Entity!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Stance")
    opponents: [Entity!]! @relationship(type: "OPPOSES", direction: IN, properties: "Stance")
    metWith: [Entity!]!
      @cypher(
        statement: """
        MATCH (this)-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(other:Entity)
        WHERE ev.type IN ${JSON.stringify(MET_WITH_EVENT_TYPES)} AND other <> this
        WITH DISTINCT other ORDER BY other.name LIMIT 500
        RETURN other
        """
        columnName: "other"
      )
    sources(first: Int! = 500): [Article!]!
      @cypher(
        statement: """
        MATCH (article:Article)-[:MENTIONS|REPORTS]->(this)
        WITH DISTINCT article ORDER BY article.id LIMIT $first
        RETURN article
        """
        columnName: "article"
      )
    positions: [PositionCell!]! @cypher(statement: """${CYPHER.positionCells}""", columnName: "cell")
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    name: String!
    type: String!
    status: String!
    dateStart: String
    dateEnd: String
  }

  type PositionCell {
    holder: String!
    target: String!
    position: String!
    quotes: [String!]!
    sources: [String!]!
  }

  type ParticipantCount {
    id: ID!
    name: String!
    count: Int!
  }

  type TimeBucket {
    start: String!
    end: String!
    count: Int!
  }

  type KPath {
    length: Int!
    nodes: [PathNode!]!
  }

  type Role @relationshipProperties {
    title: String!
  }

  type Participation @relationshipProperties {
    role: String!
  }

  type Stance @relationshipProperties {
    evQuote: [String!]
  }

  type Statement @node(labels: ["Statement"]) @fulltext(indexes: [{ indexName: "statement_text", fields: ["text"], queryName: "searchStatements" }]) {
    id: ID!
    text: String!
    article: String!
    start: Int!
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
  }

  type NeighborNode {
    id: ID!
    name: String!
    kind: String!
  }

  type NeighborRelation {
    type: String!
    from: String!
    to: String!
  }

  type Neighborhood {
    nodes: [NeighborNode!]!
    relations: [NeighborRelation!]!
  }

  type PathNode {
    id: ID!
    name: String!
  }

  type Path {
    length: Int!
    nodes: [PathNode!]!
    relations: [String!]!
  }

  type Query {
    neighborhood(id: ID!, limit: Int!): Neighborhood
      @cypher(
        statement: """
        MATCH (c:Entity {id: $id})
        WITH c, COLLECT { MATCH (c)-[:${TYPES}]-{1,2}(n:Entity) WHERE n <> c RETURN DISTINCT n LIMIT $limit - 1 } AS others
        WITH [c] + others AS members
        RETURN {
          nodes: [m IN members | {id: m.id, name: m.name, kind: m.kind}],
          relations: COLLECT { UNWIND members AS x MATCH (x)-[r:${TYPES}]->(y) WHERE y IN members RETURN {type: type(r), from: x.id, to: y.id} LIMIT 5000 }
        } AS neighborhood
        """
        columnName: "neighborhood"
      )
    path(from: ID!, to: ID!): Path
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = SHORTEST 1 (a)-[:${TYPES}]-{1,4}(b)
        RETURN {length: length(p), nodes: [n IN nodes(p) | {id: n.id, name: n.name}], relations: [r IN relationships(p) | type(r)]} AS path
        """
        columnName: "path"
      )
    eventsByParticipant(from: String!, to: String!, first: Int!): [ParticipantCount!]! @cypher(statement: """${CYPHER.eventsByParticipant}""", columnName: "row")
    weekTimeline(type: String!, from: String!, to: String!): [TimeBucket!]! @cypher(statement: """${CYPHER.weekTimeline}""", columnName: "row")
    paths(from: ID!, to: ID!, k: Int!): [KPath!]! @cypher(statement: """${CYPHER.shortestPaths}""", columnName: "row")
  }
`;

async function main(): Promise<void> {
  const [uri, user, password, database, port] = process.argv.slice(2);
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 50 });
  // String comparisons (dates as ISO strings) are off unless asked for.
  const features = { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } };
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver, features }).getSchema();
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database } }),
  });
  console.log('@neo4j/graphql contender ready');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
