// What a list of entities (and of resolutions) can be filtered and sorted by.
import { Field, InputType, Int } from 'type-graphql';
import { SortDirection } from '../common/enums';
import { EntityKindFilter, IdFilter, StringFilter, type ScalarFilter } from '../common/filters';

@InputType({ description: 'Which entities: every field given must hold; AND, OR and NOT combine whole filters.' })
export class EntityWhere {
  @Field(() => [EntityWhere], { nullable: true })
  AND?: EntityWhere[] | null;

  @Field(() => [EntityWhere], { nullable: true })
  OR?: EntityWhere[] | null;

  @Field(() => EntityWhere, { nullable: true })
  NOT?: EntityWhere | null;

  @Field(() => IdFilter, { nullable: true })
  id?: IdFilter | null;

  @Field(() => EntityKindFilter, { nullable: true })
  kind?: ScalarFilter<string> | null;

  @Field(() => StringFilter, { nullable: true, description: 'Its canonical name (contains: any case).' })
  name?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  wikidataId?: StringFilter | null;

  @Field(() => IdFilter, { nullable: true, description: 'An article that mentions or reports it.' })
  article?: IdFilter | null;

  @Field(() => StringFilter, { nullable: true, description: 'The publisher of an article that mentions or reports it.' })
  reportedBy?: StringFilter | null;

  @Field(() => Int, { nullable: true, description: 'Mentioned or reported by at least this many articles.' })
  minSources?: number | null;
}

@InputType({ description: 'One field to order entities by.' })
export class EntitySort {
  @Field(() => SortDirection, { nullable: true })
  name?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  kind?: SortDirection | null;

  @Field(() => SortDirection, { nullable: true })
  id?: SortDirection | null;
}
