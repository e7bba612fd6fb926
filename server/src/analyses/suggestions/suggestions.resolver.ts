/** Link suggestions (introductions) in a region. Thin: arguments in, linkSuggestionsQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { LinkSuggestionsArgs } from './suggestions.input.js';
import { linkSuggestionsQuery } from './suggestions.query.js';
import { LinkSuggestionsView } from './suggestions.type.js';

@Resolver()
export class SuggestionsResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => LinkSuggestionsView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Institutions of a region that should be introduced (Kooperationsvorschläge), with reasons.',
  })
  linkSuggestions(
    @Args(() => LinkSuggestionsArgs) args: LinkSuggestionsArgs,
    @Ctx() ctx: Context,
  ): Promise<LinkSuggestionsView> {
    return linkSuggestionsQuery(ctx.services.analyses, args);
  }
}
