/** Possible duplicates (coordinators). Thin: arguments in, duplicatesQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { DuplicatesArgs } from './duplicates.input.js';
import { duplicatesQuery } from './duplicates.query.js';
import { DuplicateListView } from './duplicates.type.js';

@Resolver()
export class DuplicatesResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => DuplicateListView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Possible duplicates (Mögliche Doppeleinträge) of a region or of one entry; coordinators and admins.',
  })
  possibleDuplicates(
    @Args(() => DuplicatesArgs) args: DuplicatesArgs,
    @Ctx() ctx: Context,
  ): Promise<DuplicateListView> {
    return duplicatesQuery(ctx.services.analyses, args);
  }
}
