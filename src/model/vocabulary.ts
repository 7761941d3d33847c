// The graph's vocabulary: what entities are, what events are and how sure a report is of them, how votes and
// stances are cast. The seed's file schema, the GraphQL enums and the Cypher all take their values from here.
// This folder imports nothing of the project: it is the ground floor (an ESLint rule keeps it so).

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'EVENT', 'RESOLUTION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Each kind's Neo4j label, which is also its GraphQL type name. Every entity also carries the label `Entity`. */
export const KIND_LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  PLACE: 'Place',
  EVENT: 'Event',
  RESOLUTION: 'Resolution',
};

/** Event types, each with the CAMEO code it corresponds to where one fits (null: CAMEO has none). */
export const EVENT_TYPES = {
  MEETING: '040', // consult
  VISIT: '042', // make a visit (043 host a visit, from the host's side)
  TRIP: '042', // a multi-stop visit abroad
  NEGOTIATION: '046', // engage in negotiation
  VOTE: null,
  MILITARY_OPERATION: '190', // use conventional military force
  WAR: '190',
  ATTACK: '180', // other unconventional violence / attack
  PRESS_CONFERENCE: '010', // make statement
  INTERVIEW: '010',
  APPEAL: '020', // make an appeal or request
  INVITATION: '039', // express intent to cooperate (an invitation)
  ELECTION: null,
  AGREEMENT: '057', // sign formal agreement (a deal proposed or reached)
  AID_DELIVERY: '073', // provide humanitarian aid
  MILITARY_AID: '074', // provide military protection or aid
  HUMANITARIAN_ACCESS: '0234', // appeal for / allow humanitarian aid access
  GOVERNANCE_TRANSFER: null,
  STATEHOOD: null,
} as const satisfies Record<string, string | null>;
export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** "Met with": two entities that take part in one event of these types have met, whatever its status. */
export const MET_WITH_EVENT_TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'NEGOTIATION'];

/** A report's modality: "is scheduled to meet" is PLANNED, "is expected to travel" EXPECTED. */
export const EVENT_STATUSES = ['OCCURRED', 'ONGOING', 'PLANNED', 'EXPECTED', 'PROPOSED', 'HYPOTHETICAL'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const VOTE_POSITIONS = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
export type VotePosition = (typeof VOTE_POSITIONS)[number];

/** A stance is stored as a relationship of this type from the holder to the target. */
export const STANCE_POSITIONS = ['SUPPORTS', 'OPPOSES'] as const;
export type StancePosition = (typeof STANCE_POSITIONS)[number];

/** Which relationships of an entity: outgoing, incoming, or both. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * What a claim's figure measures, each with the units its value may count (none: a bare number, such as an
 * ordinal). One name per thing measured, whatever words an article uses for it, so that `claims(measure:)` finds
 * every article's figure; the claim's subject says what it is measured of (killed in Gaza, fled to Rafah).
 */
export const MEASURES = {
  'people killed': ['people'],
  'people wounded': ['people'],
  /** Of those killed. */
  'women and minors among the killed': ['%'],
  /** Who fled to the subject place: a count, or a share of the population they came from. */
  'people displaced': ['people', '%'],
  'population in food insecurity': ['%'],
  population: ['people'],
  /** The subject's number in its series: Blinken's sixth trip is 6. */
  ordinal: [],
  /** The month of its duration the subject is in: "the war drags on into its fifth month" is 5. */
  'month in progress': [],
  members: ['members'],
  'votes in favour': ['votes'],
  'votes against': ['votes'],
  'aid crossings opened': ['crossings'],
  'aid trucks': ['trucks'],
} as const satisfies Record<string, readonly string[]>;
export type Measure = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as [Measure, ...Measure[]];

/**
 * Ids of generated corpora (the synthetic benchmark corpus) start with this; curated ids never do. The curated
 * seed mirrors its files over everything else and leaves these alone.
 */
export const GENERATED_ID_PREFIX = 'syn-';
