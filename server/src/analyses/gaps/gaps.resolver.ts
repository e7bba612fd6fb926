/** Gap table: cross-sector gaps of a region or network. Thin: arguments in, gapTableQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { GapTableArgs } from './gaps.input.js';
import { gapTableQuery } from './gaps.query.js';
import { GapTableView } from './gaps.type.js';

@Resolver()
export class GapsResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => GapTableView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Cross-sector gaps (Vernetzungslücken): cooperations per sector pair against chance, for a region or network.',
  })
  gapTable(
    @Args(() => GapTableArgs) args: GapTableArgs,
    @Ctx() ctx: Context,
  ): Promise<GapTableView> {
    return gapTableQuery(ctx.services.analyses, args);
  }
}
