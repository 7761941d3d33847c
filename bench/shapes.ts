// The question shapes the benchmark measures, each asked of every contender: as a GraphQL operation of this API,
// as the equivalent operation of @neo4j/graphql over bench/neo4j-graphql-server.ts's type definitions, and as the
// best hand-written Cypher (the raw driver).
import { MET_WITH_EVENT_TYPES, WALKABLE_RELATION_TYPES } from '../src/model';
import { luceneQuery } from '../src/graph/search/search-query';

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
  /** What a dashboard asks (a filtered page, a grouped count, a timeline, a search): held to 50 ms for one client. */
  dashboard?: boolean;
  /** The operation against this API. */
  graphql: (s: Subjects) => string;
  /** The same question as @neo4j/graphql's generated schema asks it. */
  neo4jGraphql: (s: Subjects) => string;
  /** null: the answer needs no database (the raw handler answers with `answer([])`). */
  cypher: string | null;
  params: (s: Subjects) => Record<string, unknown>;
  /** How the raw handler shapes the rows into the answer, when the Cypher alone does not (by default, the rows). */
  answer?: (rows: Record<string, unknown>[]) => unknown;
  /**
   * What the contenders' answers must agree on (bench/run.ts's answerDigest): their text (names, ids, titles,
   * quotes: the default), their text and whole numbers (counts), or only their whole numbers. Paths compare only
   * their lengths: SHORTEST k chooses among paths of equal length as it finds them, so two queries (even the same
   * one, planned in another context) may pick different paths of the same length.
   */
  compared?: 'text' | 'text and counts' | 'counts';
}

const TYPES = WALKABLE_RELATION_TYPES.join('|');

/** The Lucene query this API builds from a text, for the contenders that take Lucene. */
const lucene = (text: string) => luceneQuery(text) as string;

/** The days the dashboard shapes look at: a month of events, half a year of weeks. */
const MONTH = { from: '2024-03-01', to: '2024-03-31' };
const HALF_YEAR = { from: '2024-01-01', to: '2024-06-30' };

/**
 * The Cypher of the questions @neo4j/graphql's generated schema cannot ask by itself (groups, calendar buckets,
 * k shortest paths, the position matrix): its @cypher fields (bench/neo4j-graphql-server.ts) run the same text
 * as the raw contender, as its documentation says to extend a schema.
 */
export const CYPHER = {
  /** The participants of the events overlapping a range, by how many participations they have there. */
  eventsByParticipant: `MATCH (n:Event) WHERE n.dateStart <= $to AND n.dateEnd >= $from
MATCH (n)<-[:PARTICIPATED_IN]-(p:Entity)
WITH p, count(*) AS count ORDER BY count DESC, p.id LIMIT $first
RETURN {id: p.id, name: p.name, count: count} AS row`,
  /** Events of a type starting in each ISO week of a range, empty weeks included. */
  weekTimeline: `CALL () {
  MATCH (n:Event) WHERE n.type = $type AND n.dateStart >= $from AND n.dateStart <= $to
  WITH date.truncate('week', date(n.dateStart)) AS week, count(*) AS count
  RETURN collect({week: week, count: count}) AS counted
}
WITH counted, date.truncate('week', date($from)) AS first
UNWIND range(0, duration.inDays(first, date($to)).days / 7) AS i
WITH counted, first + duration({weeks: i}) AS week
RETURN {start: toString(week), end: toString(week + duration({days: 6})), count: coalesce([c IN counted WHERE c.week = week | c.count][0], 0)} AS row`,
  /** The k shortest paths, one per sequence of entities, none visiting an entity twice, ordered as this API orders them. */
  shortestPaths: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 15 (a)-[:${TYPES}]-{1,4}(b)
WITH p, [n IN nodes(p) | n.id] AS ids
WHERE all(i IN range(0, size(ids) - 2) WHERE NOT ids[i] IN ids[i + 1..])
WITH p, ids ORDER BY length(p), ids, [r IN relationships(p) | type(r)]
WITH ids, head(collect(p)) AS p ORDER BY length(p), ids LIMIT $k
RETURN {length: length(p), nodes: [n IN nodes(p) | {id: n.id, name: n.name}]} AS row`,
  /** Holder × target × position over the talks (\`this\`) and what they aim at: stances, votes, statements, with their words and sources. */
  positionCells: `WITH this, [this] + COLLECT {
  MATCH (this)-[r]-(x:Entity)
  WHERE (type(r) = 'AIMS_AT' AND startNode(r) = this) OR (x:Event AND x.status = 'PROPOSED' AND type(r) IN ${JSON.stringify(WALKABLE_RELATION_TYPES)} AND type(r) <> 'PARTICIPATED_IN')
  RETURN DISTINCT x
} AS targets
UNWIND targets AS t
CALL (t) {
  MATCH (h:Entity)-[r:SUPPORTS|OPPOSES|VOTED]->(t)
  RETURN h, CASE WHEN type(r) <> 'VOTED' THEN type(r) WHEN r.veto OR r.position = 'AGAINST' THEN 'OPPOSES' WHEN r.position = 'FOR' THEN 'SUPPORTS' ELSE 'STATED' END AS position,
         r.evQuote AS quotes, r.evArticle AS articles
  UNION ALL
  MATCH (h:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(t)
  RETURN h, 'STATED' AS position, [s.text] AS quotes, [s.article] AS articles
}
WITH h, t, position, reduce(all = [], q IN collect(quotes) | all + q) AS quotes, reduce(all = [], a IN collect(articles) | all + a) AS articles
ORDER BY h.name, t.name
RETURN {holder: h.name, target: t.name, position: position, quotes: quotes,
        sources: COLLECT { MATCH (a:Article) WHERE a.id IN articles RETURN a.title ORDER BY a.id }} AS cell`,
};

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
    neo4jGraphql: (s) => `{ searchEntities(phrase: ${JSON.stringify(lucene(s.name))}, first: 10, sort: [{ score: DESC }, { node: { name: ASC } }, { node: { id: ASC } }]) { edges { node { id name kind } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
             RETURN node.id AS id, node.name AS name, node.kind AS kind ORDER BY score DESC, node.name, node.id LIMIT 10`,
    params: (s) => ({ query: lucene(s.name) }),
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
  {
    name: 'events page: filtered, sorted, totalCount',
    nested: false,
    dashboard: true,
    compared: 'text and counts',
    graphql: () => `{ events(where: { type: { eq: NEGOTIATION }, during: { from: "${MONTH.from}", to: "${MONTH.to}" } }, sort: [{ date: DESC }], first: 20) { totalCount edges { node { id name dateStart } } } }`,
    neo4jGraphql: () => `{ eventsConnection(where: { type: { eq: "NEGOTIATION" }, dateStart: { lte: "${MONTH.to}" }, dateEnd: { gte: "${MONTH.from}" } }, sort: [{ dateStart: DESC }, { dateEnd: DESC }, { id: ASC }], first: 20) { totalCount edges { node { id name dateStart } } } }`,
    // The planner alone reads the dateEnd index (three events in four at 10,000 articles); the type index reads a third fewer rows.
    cypher: `RETURN COUNT { MATCH (n:Event) USING INDEX n:Event(type) WHERE n.type = $type AND n.dateStart <= $to AND n.dateEnd >= $from } AS totalCount,
                    COLLECT { MATCH (n:Event) USING INDEX n:Event(type) WHERE n.type = $type AND n.dateStart <= $to AND n.dateEnd >= $from
                              WITH n ORDER BY n.dateStart DESC, n.dateEnd DESC, n.id LIMIT 20 RETURN n {.id, .name, .dateStart} } AS nodes`,
    params: () => ({ type: 'NEGOTIATION', ...MONTH }),
  },
  {
    name: 'events grouped by participant over a month',
    nested: false,
    dashboard: true,
    compared: 'text and counts',
    graphql: () => `{ eventsAggregate(where: { during: { from: "${MONTH.from}", to: "${MONTH.to}" } }) { groupBy(by: [PARTICIPANT], first: 10) { count keys { value entity { name } } } } }`,
    neo4jGraphql: () => `{ eventsByParticipant(from: "${MONTH.from}", to: "${MONTH.to}", first: 10) { id name count } }`,
    cypher: CYPHER.eventsByParticipant,
    params: () => ({ ...MONTH, first: 10 }),
  },
  {
    name: 'week timeline of meetings',
    nested: false,
    dashboard: true,
    compared: 'text and counts',
    graphql: () => `{ timeline(where: { type: { eq: MEETING } }, during: { from: "${HALF_YEAR.from}", to: "${HALF_YEAR.to}" }, bucket: WEEK) { start end count } }`,
    neo4jGraphql: () => `{ weekTimeline(type: "MEETING", from: "${HALF_YEAR.from}", to: "${HALF_YEAR.to}") { start end count } }`,
    cypher: CYPHER.weekTimeline,
    params: () => ({ type: 'MEETING', ...HALF_YEAR }),
  },
  {
    name: 'statement text search',
    nested: false,
    dashboard: true,
    graphql: (s) => `{ textSearch(text: "${s.name} ceasefire", in: [STATEMENT], first: 10) { edges { node { statement { id text } } } } }`,
    neo4jGraphql: (s) => `{ searchStatements(phrase: ${JSON.stringify(lucene(`${s.name} ceasefire`))}, first: 10, sort: [{ score: DESC }, { node: { id: ASC } }]) { edges { node { id text } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node, score
             RETURN node.id AS id, node.text AS text ORDER BY score DESC, node.id LIMIT 10`,
    params: (s) => ({ query: lucene(`${s.name} ceasefire`) }),
  },
  {
    name: 'k shortest paths (k = 3)',
    nested: false,
    compared: 'counts',
    graphql: (s) => `{ paths(from: "${s.person}", to: "${s.other}", k: 3, maxHops: 4) { length nodes { id name } } }`,
    neo4jGraphql: (s) => `{ paths(from: "${s.person}", to: "${s.other}", k: 3) { length nodes { id name } } }`,
    cypher: CYPHER.shortestPaths,
    params: (s) => ({ from: s.person, to: s.other, k: 3 }),
  },
  {
    name: "a negotiation's position matrix",
    nested: true,
    graphql: (s) => `{ negotiation(id: "${s.negotiation}") { parties { role entity { name } } positions { holder { name } target { name } position quotes { quote } sources { title } } } }`,
    neo4jGraphql: (s) => `{ entities(where: { id: { eq: "${s.negotiation}" } }) { participantsConnection(where: { edge: { role: { eq: "party" } } }) { edges { properties { role } node { name } } } positions { holder target position quotes sources } } }`,
    cypher: `MATCH (this:Entity {id: $id})
             RETURN COLLECT { MATCH (p:Entity)-[r:PARTICIPATED_IN {role: 'party'}]->(this) RETURN {role: r.role, name: p.name} } AS parties,
                    COLLECT { ${CYPHER.positionCells} } AS positions`,
    params: (s) => ({ id: s.negotiation }),
  },
];
