// The GraphQL enums, built from the model's lists so that the API, the seed and the Cypher cannot drift apart.
import { registerEnumType } from 'type-graphql';
import { DIRECTIONS, ENTITY_KINDS, EVENT_STATUSES, EVENT_TYPE_NAMES, STANCE_POSITIONS, VOTE_POSITIONS } from '../../model';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const EntityKind = enumOf(ENTITY_KINDS);
export type EntityKind = keyof typeof EntityKind;
export const EventType = enumOf(EVENT_TYPE_NAMES);
export type EventType = keyof typeof EventType;
export const EventStatus = enumOf(EVENT_STATUSES);
export type EventStatus = keyof typeof EventStatus;
export const VotePosition = enumOf(VOTE_POSITIONS);
export type VotePosition = keyof typeof VotePosition;
export const StancePosition = enumOf(STANCE_POSITIONS);
export type StancePosition = keyof typeof StancePosition;
export const Direction = enumOf(DIRECTIONS);
export type Direction = keyof typeof Direction;

registerEnumType(EntityKind, { name: 'EntityKind', description: 'What an entity is.' });
registerEnumType(EventType, { name: 'EventType', description: 'What kind of event; each maps to a CAMEO code where one fits (Event.cameo).' });
registerEnumType(EventStatus, { name: 'EventStatus', description: "The event's modality as reported: PLANNED for 'is scheduled to', EXPECTED for 'is expected to'…" });
registerEnumType(VotePosition, { name: 'VotePosition' });
registerEnumType(StancePosition, { name: 'StancePosition' });
registerEnumType(Direction, { name: 'Direction', description: 'Which relationships of an entity: outgoing, incoming, or both.' });
