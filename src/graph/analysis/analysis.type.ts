// A negotiation seen as an analyst reads it, and the alignment of two entities.
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { ArticleSummary, EntityRow } from '../../model';
import { Article } from '../article/article.type';
import { graphqlEnum, RelationType } from '../common/enums';
import { Evidence } from '../common/evidence';
import { Entity } from '../entity/entity.type';
import { Event } from '../event/event.type';

export const CellPosition = graphqlEnum('CellPosition', ['SUPPORTS', 'OPPOSES', 'STATED'] as const, 'A holder toward a target: a stance or vote for it (SUPPORTS), against it (OPPOSES), or words about it that take no side, an abstention included (STATED).');
export type CellPosition = keyof typeof CellPosition;

@ObjectType({ simpleResolvers: true, description: 'Talks: an event of type NEGOTIATION, or one with parties and mediators.' })
export class Negotiation {
  @Field(() => ID)
  id!: string;

  @Field(() => Event)
  event!: EntityRow;
}

@ObjectType({ simpleResolvers: true, description: 'What talks aim at: an AIMS_AT target, or a PROPOSED event linked to them.' })
export class Proposal {
  @Field(() => Entity)
  entity!: EntityRow;

  @Field(() => RelationType, { description: 'How it is linked to the talks.' })
  relation!: RelationType;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: "One cell of a negotiation's position matrix: a holder's position toward one of its targets, with the words." })
export class PositionCell {
  @Field(() => Entity)
  holder!: EntityRow;

  @Field(() => Entity)
  target!: EntityRow;

  @Field(() => CellPosition)
  position!: CellPosition;

  @Field(() => [Evidence], { description: 'Every quote that shows it.' })
  quotes!: Evidence[];

  @Field(() => [Article], { description: 'The articles the quotes are from.' })
  sources!: ArticleSummary[];
}

@ObjectType({ simpleResolvers: true, description: 'A target both entities have a position on, and the words of each side.' })
export class AlignmentItem {
  @Field(() => Entity)
  target!: EntityRow;

  @Field(() => String, { description: "a's position: FOR or AGAINST (a stance or a vote), VETOED, ABSTAIN, MIXED (stances both ways) or STATED (words only). A vote outranks a stance." })
  a!: string;

  @Field(() => String, { description: "b's position, as `a`." })
  b!: string;

  @Field(() => [Evidence])
  evidenceA!: Evidence[];

  @Field(() => [Evidence])
  evidenceB!: Evidence[];
}

@ObjectType({ simpleResolvers: true, description: 'Where two entities agree and disagree, across stances, votes and statements.' })
export class Alignment {
  @Field(() => [AlignmentItem], { description: 'Both FOR, or both AGAINST (a veto is against).' })
  agreements!: AlignmentItem[];

  @Field(() => [AlignmentItem], { description: 'One FOR, the other AGAINST or VETOED.' })
  disagreements!: AlignmentItem[];

  @Field(() => [AlignmentItem], { description: 'Both spoke of it, but at least one took no side (STATED, ABSTAIN, MIXED).' })
  undetermined!: AlignmentItem[];

  @Field(() => Float, { nullable: true, description: 'agreements / (agreements + disagreements); null when neither.' })
  ratio!: number | null;
}

