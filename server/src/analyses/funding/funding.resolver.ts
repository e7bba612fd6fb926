/** Funding programmes for an institution or region. Thin: arguments in, fundingMatchesQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { FundingMatchesArgs } from './funding.input.js';
import { fundingMatchesQuery } from './funding.query.js';
import { FundingMatchesView } from './funding.type.js';

@Resolver()
export class FundingResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => FundingMatchesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Funding programmes (Förderprogramme) that fit an institution or a region, deadlines ahead only.',
  })
  fundingMatches(
    @Args(() => FundingMatchesArgs) args: FundingMatchesArgs,
    @Ctx() ctx: Context,
  ): Promise<FundingMatchesView> {
    return fundingMatchesQuery(ctx.services.analyses, args);
  }
}
