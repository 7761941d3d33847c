// The GraphQL enums, built from the model's lists so that the API, the seed and the Cypher cannot drift apart.
// Each name is both the enum object (for type-graphql) and the union of its values (for TypeScript).
import { registerEnumType } from 'type-graphql';
import { DATE_PRECISIONS, DIRECTIONS, ENTITY_KINDS, EVENT_STATUSES, EVENT_TYPE_NAMES, STANCE_POSITIONS, VOTE_POSITIONS, WALKABLE_RELATION_TYPES } from '../../model';

/** A GraphQL enum whose values are `values`, registered under `name`. */
export function graphqlEnum<T extends string>(name: string, values: readonly T[], description?: string): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const EntityKind = graphqlEnum('EntityKind', ENTITY_KINDS, 'What an entity is.');
export const EventType = graphqlEnum('EventType', EVENT_TYPE_NAMES, 'What kind of event; each maps to a CAMEO code where one fits (Event.cameo).');
export const EventStatus = graphqlEnum('EventStatus', EVENT_STATUSES, "The event's modality as reported: PLANNED for 'is scheduled to', EXPECTED for 'is expected to'…");
export const VotePosition = graphqlEnum('VotePosition', VOTE_POSITIONS);
export const StancePosition = graphqlEnum('StancePosition', STANCE_POSITIONS);
export const DatePrecision = graphqlEnum('DatePrecision', DATE_PRECISIONS, 'How much time a date covers: 2024-03-22 is a DAY, 2024-W13 a WEEK, 2024-03 a MONTH, 2024 a YEAR.');
export const Direction = graphqlEnum('Direction', DIRECTIONS, 'Which relationships of an entity: outgoing, incoming, or both.');

export const RelationType = graphqlEnum('RelationType', WALKABLE_RELATION_TYPES, 'A kind of relationship between two entities: what `relations`, `path`, `paths`, `neighborhood` and `network` walk.');

export const SortDirection = graphqlEnum('SortDirection', ['ASC', 'DESC'] as const, 'ASC puts missing values (an undated event) last, DESC first.');
export const Bucket = graphqlEnum('Bucket', DATE_PRECISIONS, 'A span of the calendar: a day, an ISO week (Monday to Sunday), a month, a year.');

export type EntityKind = keyof typeof EntityKind;
export type EventType = keyof typeof EventType;
export type EventStatus = keyof typeof EventStatus;
export type VotePosition = keyof typeof VotePosition;
export type StancePosition = keyof typeof StancePosition;
export type Direction = keyof typeof Direction;
export type RelationType = keyof typeof RelationType;
export type DatePrecision = keyof typeof DatePrecision;
export type SortDirection = keyof typeof SortDirection;
export type Bucket = keyof typeof Bucket;
