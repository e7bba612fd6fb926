/** Network growth of a region. Thin: arguments in, networkGrowthQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { fixedCost } from '../../graphql/complexity.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { GrowthArgs } from './growth.input.js';
import { networkGrowthQuery } from './growth.query.js';
import { NetworkGrowthView } from './growth.type.js';

@Resolver()
export class GrowthResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => NetworkGrowthView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'The network’s own growth in a region, year by year: cooperations begun, ended and in force, cross-sector ones, and those that came from introductions.',
  })
  networkGrowth(
    @Args(() => GrowthArgs) args: GrowthArgs,
    @Ctx() ctx: Context,
  ): Promise<NetworkGrowthView> {
    return networkGrowthQuery(ctx.services.analyses, args);
  }
}
