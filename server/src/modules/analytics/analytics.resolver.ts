/** Queries for coordinators and actors: gaps, introductions, allies, resources and funding. Thin. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fixedCost } from '../../graphql/complexity.js';
import { AlliesNearbyArgs } from './allies.input.js';
import { AlliesView } from './allies.type.js';
import { FundingMatchesArgs } from './funding.input.js';
import { FundingMatchesView } from './funding.type.js';
import { GapTableArgs } from './gaps.input.js';
import { GapTableView } from './gaps.type.js';
import { ResourceMatchesArgs } from './resources.input.js';
import { ResourceMatchesView } from './resources.type.js';
import { LinkSuggestionsArgs } from './suggestions.input.js';
import { LinkSuggestionsView } from './suggestions.type.js';

/**
 * Query cost of one analysis (the request limit is MAX_QUERY_COMPLEXITY = 1000): each builds a snapshot of up
 * to 20,000 actors, so a request may run a handful, never hundreds through aliases.
 */
export const ANALYSIS_COST = 100;
/** The region comparison reads the whole state. */
export const STATE_ANALYSIS_COST = 300;

@Resolver()
export class AnalyticsResolver {
  @Query(() => GapTableView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Cross-sector gaps (Vernetzungslücken): cooperations per sector pair against chance, for a region or network.',
  })
  gapTable(
    @Args(() => GapTableArgs) args: GapTableArgs,
    @Ctx() ctx: Context,
  ): Promise<GapTableView> {
    return ctx.services.analytics.gapTable(args);
  }

  @Query(() => LinkSuggestionsView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Institutions of a region that should be introduced (Kooperationsvorschläge), with reasons.',
  })
  linkSuggestions(
    @Args(() => LinkSuggestionsArgs) args: LinkSuggestionsArgs,
    @Ctx() ctx: Context,
  ): Promise<LinkSuggestionsView> {
    return ctx.services.analytics.linkSuggestions(args);
  }

  @Query(() => AlliesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Allies nearby (Verbündete in der Nähe) of an actor, a region or a coordinate: themes, distance, friends of friends.',
  })
  alliesNearby(
    @Args(() => AlliesNearbyArgs) args: AlliesNearbyArgs,
    @Ctx() ctx: Context,
  ): Promise<AlliesView> {
    return ctx.services.analytics.alliesNearby(args);
  }

  @Query(() => ResourceMatchesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Offers (money, material, staff time, ...) matched to the needs of an actor or a region.',
  })
  resourceMatches(
    @Args(() => ResourceMatchesArgs) args: ResourceMatchesArgs,
    @Ctx() ctx: Context,
  ): Promise<ResourceMatchesView> {
    return ctx.services.analytics.resourceMatches(args);
  }

  @Query(() => FundingMatchesView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Funding programmes (Förderprogramme) that fit an institution or a region, deadlines ahead only.',
  })
  fundingMatches(
    @Args(() => FundingMatchesArgs) args: FundingMatchesArgs,
    @Ctx() ctx: Context,
  ): Promise<FundingMatchesView> {
    return ctx.services.analytics.fundingMatches(args);
  }
}
