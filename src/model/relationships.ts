// Every relationship type of the graph in one table: where it starts and ends, what makes two of them
// distinct, where it comes from (a facts file states it, or the seed derives it), whether traversals walk it,
// and whether naming an entity in it means the article speaks of that entity.

export type NodeLabel = 'Article' | 'Entity' | 'Statement' | 'Claim';

export interface RelationshipType {
  from: NodeLabel;
  to: NodeLabel;
  /** The property that tells two relationships of this type between the same nodes apart (one per role, per title). */
  keyedBy?: 'role' | 'title';
  /** `stated`: a facts file's `relations:` may name it; `derived`: the seed writes it from other facts. */
  origin: 'stated' | 'derived';
  /** Walked by `relations`, `path` and `neighborhood`: a link between two entities. */
  walkable: boolean;
  /** An entity at either end is one the article speaks of (MENTIONS), even where no mention lists it. */
  impliesMention: boolean;
}

const derived = (from: NodeLabel, to: NodeLabel, more: Partial<RelationshipType> = {}): RelationshipType => ({ from, to, origin: 'derived', walkable: false, impliesMention: false, ...more });
const entityLink = (more: Partial<RelationshipType> = {}): RelationshipType => derived('Entity', 'Entity', { walkable: true, ...more });
const stated = (): RelationshipType => entityLink({ origin: 'stated' });

/** The order is the order `relations(types:)` documents and traversals list them in. */
export const RELATIONSHIP_TYPES = {
  PARTICIPATED_IN: entityLink({ keyedBy: 'role', impliesMention: true }),
  TOOK_PLACE_IN: entityLink(),
  PART_OF: stated(),
  HOLDS_ROLE: entityLink({ keyedBy: 'title', impliesMention: true }),
  LOCATED_IN: stated(),
  BORDERS: stated(),
  CAPITAL_OF: stated(),
  MEMBER_OF: stated(),
  ADMINISTERS: stated(),
  ALLIED_WITH: stated(),
  TENSION_WITH: stated(),
  AIMS_AT: stated(),
  PROVIDES_AID_TO: stated(),
  SPONSORED: entityLink({ impliesMention: true }),
  VOTED: entityLink({ impliesMention: true }),
  VOTED_AT: entityLink(),
  SUPPORTS: entityLink({ impliesMention: true }),
  OPPOSES: entityLink({ impliesMention: true }),
  /** One per speaker–subject pair, listing the statements (statementIds): the form traversals walk. */
  SPOKE_ABOUT: entityLink(),
  MENTIONS: derived('Article', 'Entity'),
  REPORTS: derived('Article', 'Entity', { impliesMention: true }),
  SAID: derived('Entity', 'Statement'),
  /** From a Statement or a Claim. */
  ABOUT: derived('Statement', 'Entity'),
  SOURCED_FROM: derived('Claim', 'Entity'),
  /** From a Statement or a Claim. */
  IN_ARTICLE: derived('Statement', 'Article'),
} as const satisfies Record<string, RelationshipType>;

export type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;

const namesWhere = (test: (type: RelationshipType) => boolean) =>
  (Object.entries(RELATIONSHIP_TYPES) as [RelationshipTypeName, RelationshipType][]).filter(([, type]) => test(type)).map(([name]) => name);

/** What a facts file's `relations:` may state between two entities. */
export const STATED_RELATION_TYPES = namesWhere((type) => type.origin === 'stated') as [RelationshipTypeName, ...RelationshipTypeName[]];

/** Relationship types that link two entities: what `relations`, `path` and `neighborhood` walk. */
export const WALKABLE_RELATION_TYPES = namesWhere((type) => type.walkable) as [RelationshipTypeName, ...RelationshipTypeName[]];

/** Relationship types whose ends the article speaks of. */
export const MENTION_IMPLYING_TYPES: readonly RelationshipTypeName[] = namesWhere((type) => type.impliesMention);

/** The table's entry for a type; throws for a name that is not in it (a typo in code, not user input). */
export function relationshipType(name: string): RelationshipType {
  const type = (RELATIONSHIP_TYPES as Record<string, RelationshipType>)[name];
  if (!type) throw new Error(`"${name}" is not a relationship type of the graph; the table in src/model/relationships.ts lists them.`);
  return type;
}
