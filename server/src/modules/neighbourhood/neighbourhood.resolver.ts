import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { LIMITS } from '../../store/port.js';
import { DEFAULT_NEIGHBOURHOOD_LIMIT, NeighbourhoodArgs } from './neighbourhood.input.js';
import { Graph } from './neighbourhood.type.js';

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Graph, {
    description:
      'Nodes within `depth` hops of the start nodes and the edges between them, bounded by `limit`.',
    // A traversal: fixed cost, plus the selection priced per 50 nodes of the limit.
    complexity: ({ args, childComplexity }) =>
      10 +
      childComplexity *
        Math.ceil(
          Math.min(Number(args.limit ?? DEFAULT_NEIGHBOURHOOD_LIMIT), LIMITS.MAX_LIMIT) / 50,
        ),
  })
  neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: Context,
  ): Promise<Graph> {
    return ctx.services.neighbourhood.neighbourhood(args);
  }
}
