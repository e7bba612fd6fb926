/** Allies nearby. Thin: arguments in, alliesQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { AlliesNearbyArgs } from './allies.input.js';
import { alliesQuery } from './allies.query.js';
import { AlliesView } from './allies.type.js';

@Resolver()
export class AlliesResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => AlliesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Allies nearby (Verbündete in der Nähe) of an actor, a region or a coordinate: themes, distance, friends of friends.',
  })
  alliesNearby(
    @Args(() => AlliesNearbyArgs) args: AlliesNearbyArgs,
    @Ctx() ctx: Context,
  ): Promise<AlliesView> {
    return alliesQuery(ctx.services.analyses, args);
  }
}
