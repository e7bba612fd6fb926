import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { pagedCost } from '../../graphql/complexity.js';
import { SearchArgs } from './search.input.js';
import { SearchConnection } from './search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: 'Full-text search over names and descriptions, paged (Relay connection).',
    complexity: pagedCost('first', 20),
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context): Promise<SearchConnection> {
    return ctx.services.search.search(args);
  }
}
