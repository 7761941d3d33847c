// Query.search: entities by name or alias, best match first.
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { EntityRow } from '../../model';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors';
import { BoundedInt, MAX_PAGE } from '../common/arguments';
import { EntityKind } from '../common/enums';
import { Entity } from '../entity/entity.type';
import { luceneQuery } from './search-query';

/** Longer search texts make Lucene's prefix automata too large to build. */
const MAX_SEARCH_TEXT = 200;

@ArgsType()
class SearchArgs {
  @BoundedInt({ default: 10, min: 0, max: MAX_PAGE })
  first!: number;

  @Field(() => [EntityKind], { nullable: true })
  kinds!: EntityKind[] | null;

  @Field(() => String)
  text!: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => [Entity], { description: `Entities whose name or any alias matches the words, best match first; first is at most ${MAX_PAGE}.` })
  search(@Ctx() { repositories }: RequestContext, @Args(() => SearchArgs) { first, kinds, text }: SearchArgs): Promise<EntityRow[]> {
    if (text.length > MAX_SEARCH_TEXT) throw new BadUserInputError(`Argument "text" must be at most ${MAX_SEARCH_TEXT} characters; got ${text.length}.`, 'text');
    const query = luceneQuery(text);
    if (query === null) throw new BadUserInputError('Argument "text" must contain at least one word.', 'text');
    return repositories.search.search(query, kinds ?? null, first);
  }
}
