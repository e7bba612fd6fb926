/** Region comparison over the whole state. Thin: arguments in, regionComparisonQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { STATE_ANALYSIS_COST } from '../kernel/cost.js';
import { RegionComparisonArgs } from './regions.input.js';
import { regionComparisonQuery } from './regions.query.js';
import { RegionComparisonView } from './regions.type.js';

@Resolver()
export class RegionsResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => RegionComparisonView, {
    complexity: fixedCost(STATE_ANALYSIS_COST),
    description: 'Every district and municipality of the state compared, urban against rural.',
  })
  regionComparison(
    @Args(() => RegionComparisonArgs) args: RegionComparisonArgs,
    @Ctx() ctx: Context,
  ): Promise<RegionComparisonView> {
    return regionComparisonQuery(ctx.services.analyses, args);
  }
}
