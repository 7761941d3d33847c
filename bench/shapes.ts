// The question shapes the benchmark measures, each asked of every contender: as a GraphQL operation of this API,
// as the equivalent operation of @neo4j/graphql over bench/neo4j-graphql-server.ts's type definitions, and as the
// best hand-written Cypher (the raw driver).
import { MET_WITH_EVENT_TYPES, WALKABLE_RELATION_TYPES } from '../src/model';

export interface Subjects {
  /** A busy person with roles and statements. */
  person: string;
  /** Another actor, for paths. */
  other: string;
  /** A negotiation with parties and stances. */
  negotiation: string;
  /** A name to search for. */
  name: string;
}

export interface Shape {
  name: string;
  /** Nested shapes (three levels and more) carry the stricter throughput target. */
  nested: boolean;
  /** The operation against this API. */
  graphql: (s: Subjects) => string;
  /** The same question as @neo4j/graphql's generated schema asks it. */
  neo4jGraphql: (s: Subjects) => string;
  /** null: the answer needs no database (the raw handler answers with `answer([])`). */
  cypher: string | null;
  params: (s: Subjects) => Record<string, unknown>;
  /** How the raw handler shapes the rows into the answer, when the Cypher alone does not (by default, the rows). */
  answer?: (rows: Record<string, unknown>[]) => unknown;
}

const TYPES = WALKABLE_RELATION_TYPES.join('|');

/** The Lucene query this API builds from a name (every word, whole or as a prefix), for the contenders that take Lucene. */
const luceneQuery = (name: string) => name.split(' ').map((w) => `(${w.toLowerCase()} OR ${w.toLowerCase()}*)`).join(' AND ');

export const SHAPES: Shape[] = [
  {
    // The fixed cost of a request, against @neo4j/graphql's own Apollo server: no field reaches a database.
    name: '{ __typename } (no database)',
    nested: false,
    graphql: () => '{ __typename }',
    neo4jGraphql: () => '{ __typename }',
    cypher: null,
    params: () => ({}),
    answer: () => ({ __typename: 'Query' }),
  },
  {
    name: 'entity by id with roles',
    nested: false,
    graphql: (s) => `{ entity(id: "${s.person}") { name ... on Person { roles { title of { name } } } } }`,
    neo4jGraphql: (s) => `{ entities(where: { id: { eq: "${s.person}" } }) { name holdsRoleConnection { edges { properties { title } node { name } } } } }`,
    cypher: `MATCH (p:Entity {id: $id})
             RETURN p.name AS name, COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(o) RETURN {title: r.title, of: o.name} } AS roles`,
    params: (s) => ({ id: s.person }),
  },
  {
    name: 'search by name',
    nested: false,
    graphql: (s) => `{ search(text: "${s.name}", first: 10) { id name kind } }`,
    neo4jGraphql: (s) => `{ searchEntities(phrase: "${luceneQuery(s.name)}", first: 10, sort: [{ score: DESC }, { node: { name: ASC } }, { node: { id: ASC } }]) { edges { node { id name kind } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
             RETURN node.id AS id, node.name AS name, node.kind AS kind ORDER BY score DESC, node.name, node.id LIMIT 10`,
    params: (s) => ({ query: luceneQuery(s.name) }),
  },
  {
    name: 'who met whom',
    nested: false,
    graphql: (s) => `{ entity(id: "${s.person}") { metWith { name kind } } }`,
    neo4jGraphql: (s) => `{ entities(where: { id: { eq: "${s.person}" } }) { metWith { name kind } } }`,
    cypher: `MATCH (me:Entity {id: $id})-[:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN]-(o:Entity)
             WHERE ev.type IN ${JSON.stringify(MET_WITH_EVENT_TYPES)} AND o <> me
             RETURN DISTINCT o.name AS name, o.kind AS kind LIMIT 500`,
    params: (s) => ({ id: s.person }),
  },
  {
    name: "a speaker's statements, subjects, sources",
    nested: true,
    // A busy subject has more sources than a plain list holds (MAX_LIST_ITEMS): the first 20 by id, paged.
    graphql: (s) => `{ statements(speaker: "${s.person}", first: 20) { edges { node { text about { name sourcesConnection(first: 20, sort: [{ id: ASC }]) { edges { node { title } } } } } } } }`,
    neo4jGraphql: (s) => `{ entities(where: { id: { eq: "${s.person}" } }) { said(limit: 20, sort: [{ article: ASC }, { start: ASC }]) { text about { name sources(first: 20) { title } } } } }`,
    // Each subject's sources once, however many statements name it, then joined to the statements in the handler.
    cypher: `MATCH (:Entity {id: $id})-[:SAID]->(s:Statement)
             WITH s ORDER BY s.article, s.start LIMIT 20
             WITH collect({text: s.text, about: COLLECT { MATCH (s)-[:ABOUT]->(a) RETURN elementId(a) }}) AS statements, collect(s) AS said
             RETURN statements, COLLECT {
               UNWIND said AS s MATCH (s)-[:ABOUT]->(a) WITH DISTINCT a
               RETURN {key: elementId(a), name: a.name, sources: COLLECT { MATCH (art:Article)-[:MENTIONS|REPORTS]->(a) WITH DISTINCT art ORDER BY art.id LIMIT 20 RETURN art.title }}
             } AS subjects`,
    params: (s) => ({ id: s.person }),
    answer: ([row]) => {
      const { statements, subjects } = row as { statements: { text: string; about: string[] }[]; subjects: { key: string; name: string; sources: string[] }[] };
      const byKey = new Map(subjects.map((subject) => [subject.key, subject]));
      return statements.map(({ text, about }) => ({ text, about: about.map((key) => ({ name: byKey.get(key)?.name, sources: byKey.get(key)?.sources })) }));
    },
  },
  {
    name: "a negotiation's parties, stances, evidence",
    nested: true,
    graphql: (s) => `{ entity(id: "${s.negotiation}") { ... on Event { participants { role entity { name } } } positions { position holder { name } evidence { quote } } } }`,
    neo4jGraphql: (s) => `{ entities(where: { id: { eq: "${s.negotiation}" } }) {
      participantsConnection { edges { properties { role } node { name } } }
      supportersConnection { edges { properties { evQuote } node { name } } }
      opponentsConnection { edges { properties { evQuote } node { name } } } } }`,
    cypher: `MATCH (e:Entity {id: $id})
             RETURN COLLECT { MATCH (p)-[r:PARTICIPATED_IN]->(e) RETURN {role: r.role, name: p.name} } AS participants,
                    COLLECT { MATCH (h)-[s:SUPPORTS|OPPOSES]->(e) RETURN {position: type(s), holder: h.name, evidence: s.evQuote} } AS positions`,
    params: (s) => ({ id: s.negotiation }),
  },
  {
    name: 'neighborhood depth 2 (limit 200)',
    nested: true,
    graphql: (s) => `{ neighborhood(id: "${s.person}", depth: 2, limit: 200) { nodes { id name kind } relations { type from { id } to { id } } } }`,
    neo4jGraphql: (s) => `{ neighborhood(id: "${s.person}", limit: 200) { nodes { id name kind } relations { type from to } } }`,
    cypher: `MATCH (c:Entity {id: $id})
             WITH c, COLLECT { MATCH (c)-[:${TYPES}]-{1,2}(n:Entity) WHERE n <> c RETURN DISTINCT n LIMIT 199 } AS others
             WITH [c] + others AS members
             RETURN [m IN members | {id: m.id, name: m.name, kind: m.kind}] AS nodes,
                    COLLECT { UNWIND members AS x MATCH (x)-[r:${TYPES}]->(y) WHERE y IN members RETURN {type: type(r), from: x.id, to: y.id} LIMIT 5000 } AS relations`,
    params: (s) => ({ id: s.person }),
  },
  {
    name: 'path between two actors',
    nested: false,
    graphql: (s) => `{ path(from: "${s.person}", to: "${s.other}", maxHops: 4) { length nodes { id name } relations { type } } }`,
    neo4jGraphql: (s) => `{ path(from: "${s.person}", to: "${s.other}") { length nodes { id name } relations } }`,
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
             MATCH p = SHORTEST 1 (a)-[:${TYPES}]-{1,4}(b)
             RETURN [n IN nodes(p) | {id: n.id, name: n.name}] AS nodes, [r IN relationships(p) | type(r)] AS relations`,
    params: (s) => ({ from: s.person, to: s.other }),
  },
];
