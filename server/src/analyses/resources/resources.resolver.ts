/** Resource matches (offers to needs). Thin: arguments in, resourceMatchesQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { ResourceMatchesArgs } from './resources.input.js';
import { resourceMatchesQuery } from './resources.query.js';
import { ResourceMatchesView } from './resources.type.js';

@Resolver()
export class ResourcesResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => ResourceMatchesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Offers (money, material, staff time, ...) matched to the needs of an actor or a region.',
  })
  resourceMatches(
    @Args(() => ResourceMatchesArgs) args: ResourceMatchesArgs,
    @Ctx() ctx: Context,
  ): Promise<ResourceMatchesView> {
    return resourceMatchesQuery(ctx.services.analyses, args);
  }
}
