// A synthetic corpus in the curated model, for benchmarks at scale: N generated articles whose texts are built
// sentence by sentence, each sentence the evidence of the facts it states (meetings, negotiations, statements,
// stances, figures, votes). Actors are drawn with a skew, as in real news: a few of them take part in most
// events. The same seed number gives the same corpus. It yields chunks that load through the curated seed's writes.
import { EVENT_TYPES, MEASURES, noEvidence, statementDate, storedDate, storeEvidence, type ArticleRow, type ClaimRow, type EntityKind, type EntityRecord, type EventStatus, type EventType, type Evidence, type Measure, type RelationshipTypeName, type StatementRecord } from '../src/model';
import type { SeedGraph } from './corpus';
import { random, type Random } from './random';

export interface SyntheticOptions {
  articles: number;
  seed: number;
  /** Articles per chunk (one write transaction each). */
  chunkSize?: number;
}

const FIRST = ['Amal', 'Boris', 'Chen', 'Dana', 'Elif', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mona', 'Nadia', 'Omar', 'Pavel', 'Rania', 'Sami', 'Tamar', 'Yusuf'];
const LAST = ['Adler', 'Barakat', 'Costa', 'Dahan', 'Eriksen', 'Farah', 'Gold', 'Haddad', 'Ivanov', 'Jaber', 'Katz', 'Levi', 'Mansour', 'Novak', 'Okafor', 'Peretz', 'Qureshi', 'Rahman', 'Saleh', 'Tal'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'Envoy', 'Spokesperson', 'Defence Minister', 'Ambassador'];
const PHRASES = ['we will not accept this', 'the talks are making progress', 'a ceasefire is within reach', 'the offensive must stop', 'aid must reach civilians now'];
/** The generated figures' measures and units, from the curated vocabulary: the sentence and the claim use them. */
const FIGURES = [
  { measure: 'people displaced', unit: 'people' },
  { measure: 'people killed', unit: 'people' },
  { measure: 'aid trucks', unit: 'trucks' },
  { measure: 'people wounded', unit: 'people' },
] as const satisfies readonly { [M in Measure]: { measure: M; unit: (typeof MEASURES)[M][number] } }[Measure][];

interface Pools {
  people: EntityRecord[];
  organizations: EntityRecord[];
  countries: EntityRecord[];
  places: EntityRecord[];
  resolutions: EntityRecord[];
}


function entity(kind: EntityKind, id: string, name: string, description: string): EntityRecord {
  return { id, kind, name, description, aliases: [], searchText: name, wikidataId: null, ...noEvidence() };
}

/** Pools grow with the corpus, more slowly than it: a larger corpus has more actors, each in more events. */
function makePools(articles: number): Pools {
  const range = (size: number) => Array.from({ length: size }, (_, i) => i);
  const personName = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''}`;
  return {
    people: range(200 + Math.floor(articles / 10)).map((i) => entity('PERSON', `syn-person-${i}`, personName(i), `A generated person (${TITLES[i % TITLES.length]}).`)),
    organizations: range(40 + Math.floor(articles / 100)).map((i) => entity('ORGANIZATION', `syn-org-${i}`, `Organization ${i}`, 'A generated organization.')),
    countries: range(60).map((i) => entity('COUNTRY', `syn-country-${i}`, `Country ${i}`, 'A generated country.')),
    places: range(100 + Math.floor(articles / 100)).map((i) => entity('PLACE', `syn-place-${i}`, `City ${i}`, 'A generated place.')),
    resolutions: range(10 + Math.floor(articles / 200)).map((i) => entity('RESOLUTION', `syn-resolution-${i}`, `Resolution ${i}`, 'A generated resolution.')),
  };
}

/** The articles, chunk by chunk; the first chunk also holds the pools of entities and the roles of the people. */
export function* syntheticCorpus({ articles, seed, chunkSize = 1000 }: SyntheticOptions): Generator<SeedGraph> {
  const rnd = random(seed);
  const pools = makePools(articles);
  const actors = [...pools.people, ...pools.organizations, ...pools.countries];
  // Shuffled once, so that the skew favours a mix of kinds rather than whichever pool comes first.
  for (let i = actors.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [actors[i], actors[j]] = [actors[j], actors[i]];
  }
  const first = emptyGraph();
  first.entities.push(...pools.people, ...pools.organizations, ...pools.countries, ...pools.places, ...pools.resolutions);
  pools.people.forEach((person, i) => add(first, 'HOLDS_ROLE', person.id, rnd.pick(pools.countries).id, TITLES[i % TITLES.length], { title: TITLES[i % TITLES.length] }, []));
  pools.places.forEach((place) => add(first, 'LOCATED_IN', place.id, rnd.pick(pools.countries).id, '', {}, []));
  yield first;

  for (let start = 0; start < articles; start += chunkSize) {
    const chunk = emptyGraph();
    for (let n = start; n < Math.min(articles, start + chunkSize); n++) writeArticle(chunk, n, rnd, pools, actors);
    yield chunk;
  }
}

function emptyGraph(): SeedGraph {
  return { articles: [], entities: [], relationships: new Map(), statements: [], claims: [] };
}

function add(graph: SeedGraph, type: RelationshipTypeName, from: string, to: string, key: string, properties: Record<string, unknown>, evidence: Evidence[]): void {
  const rows = graph.relationships.get(type) ?? [];
  rows.push({ from, to, key, properties: { ...properties, ...storeEvidence(evidence) } });
  graph.relationships.set(type, rows);
}

/** One article: its text grows sentence by sentence, and each fact points at the sentence that states it. */
function writeArticle(graph: SeedGraph, n: number, rnd: Random, pools: Pools, actors: EntityRecord[]): void {
  const articleId = `syn-article-${n}`;
  const day = `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  let text = `Generated report ${n}\n`;
  const sentence = (words: string): Evidence => {
    const start = text.length;
    text += `${words} `;
    return { articleId, start, end: start + words.length, quote: words };
  };
  const mentioned = new Map<string, Evidence>();
  const mention = (row: EntityRecord, span: Evidence) => {
    if (!mentioned.has(row.id)) mentioned.set(row.id, span);
  };
  const actor = () => actors[rnd.skewed(actors.length, 4)];
  const event = (index: number, type: EventType, name: string, place: EntityRecord, span: Evidence, status: EventStatus): EntityRecord => {
    const row: EntityRecord = { ...entity('EVENT', `syn-event-${n}-${index}`, name, `A generated ${type.toLowerCase()}.`), type, cameo: EVENT_TYPES[type], status, ...storedDate(day), sourceCount: 1, disputed: false, ...storeEvidence([span]) };
    graph.entities.push(row);
    add(graph, 'REPORTS', articleId, row.id, '', { status, ...storedDate(day) }, [span]);
    add(graph, 'TOOK_PLACE_IN', row.id, place.id, '', {}, [span]);
    mention(place, span);
    return row;
  };

  // A meeting between two actors.
  const [host, visitor, meetingPlace] = [actor(), actor(), rnd.pick(pools.places)];
  const met = sentence(`${visitor.name} met ${host.name} in ${meetingPlace.name} on ${day}.`);
  const meeting = event(0, rnd.chance(0.5) ? 'MEETING' : 'VISIT', `${visitor.name} meets ${host.name}`, meetingPlace, met, rnd.chance(0.8) ? 'OCCURRED' : 'PLANNED');
  for (const [participant, role] of [[visitor, 'visitor'], [host, 'host']] as const) {
    add(graph, 'PARTICIPATED_IN', participant.id, meeting.id, role, { role }, [met]);
    mention(participant, met);
  }

  // A negotiation with two parties and a mediator.
  const [partyA, partyB, mediator, talksPlace] = [actor(), actor(), actor(), rnd.pick(pools.places)];
  const talks = sentence(`${partyA.name} and ${partyB.name} negotiated in ${talksPlace.name}, mediated by ${mediator.name}.`);
  const negotiation = event(1, 'NEGOTIATION', `Talks between ${partyA.name} and ${partyB.name}`, talksPlace, talks, rnd.pick(['ONGOING', 'OCCURRED', 'PLANNED'] as const));
  for (const [participant, role] of [[partyA, 'party'], [partyB, 'party'], [mediator, 'mediator']] as const) {
    add(graph, 'PARTICIPATED_IN', participant.id, negotiation.id, role, { role }, [talks]);
    mention(participant, talks);
  }

  // A statement about someone, and a stance toward the negotiation.
  const [speaker, subject] = [rnd.pick(pools.people.slice(0, Math.max(10, rnd.skewed(pools.people.length)))), actor()];
  const quote = `"${rnd.pick(PHRASES)}," ${speaker.name} said of ${subject.name}.`;
  const said = sentence(quote);
  const statement: StatementRecord = { id: `syn-statement-${n}`, speakerId: speaker.id, aboutIds: [subject.id], text: said.quote, direct: true, ...statementDate(day), articleId, start: said.start, end: said.end };
  graph.statements.push(statement);
  add(graph, 'SPOKE_ABOUT', speaker.id, subject.id, '', { statementIds: [statement.id] }, [said]);
  mention(speaker, said);
  mention(subject, said);
  const position = rnd.chance(0.5) ? 'SUPPORTS' : 'OPPOSES';
  const stance = sentence(`${speaker.name} ${position === 'SUPPORTS' ? 'supports' : 'opposes'} the talks.`);
  add(graph, position, speaker.id, negotiation.id, '', {}, [stance]);

  // A figure.
  const value = 100 + Math.floor(rnd.next() * 100_000);
  const { measure, unit } = rnd.pick(FIGURES);
  const figure = sentence(`At least ${value} ${measure} in ${talksPlace.name}.`);
  const claim: ClaimRow = { id: `syn-claim-${n}`, measure, value, unit, qualifier: 'at least', subjectId: talksPlace.id, sourceId: null, contradiction: null, articleId, start: figure.start, end: figure.end, quote: figure.quote };
  graph.claims.push(claim);

  // Now and then, a vote on a resolution.
  if (rnd.chance(0.05)) {
    const [resolution, voter] = [rnd.pick(pools.resolutions), rnd.pick(pools.countries)];
    const veto = rnd.chance(0.3);
    const vote = sentence(`${voter.name} ${veto ? 'vetoed' : 'voted for'} ${resolution.name}.`);
    add(graph, 'VOTED', voter.id, resolution.id, '', { position: veto ? 'AGAINST' : 'FOR', veto }, [vote]);
    mention(voter, vote);
    mention(resolution, vote);
  }

  for (const [id, span] of mentioned) add(graph, 'MENTIONS', articleId, id, '', {}, [span]);
  const article: ArticleRow = { id: articleId, file: `${articleId}.txt`, title: `Generated report ${n}`, publisher: 'Synthetic Wire', author: null, published: day, reportedAt: `${day}T12:00Z`, url: null, note: null, text };
  graph.articles.push(article);
}
