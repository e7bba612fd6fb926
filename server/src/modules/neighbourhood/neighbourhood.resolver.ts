import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { NeighbourhoodArgs } from './neighbourhood.input.js';
import { Graph } from './neighbourhood.type.js';

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Graph, {
    description:
      'Nodes within `depth` hops of the start nodes and the edges between them, bounded by `limit`.',
  })
  neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: Context,
  ): Promise<Graph> {
    return ctx.services.neighbourhood.neighbourhood(args);
  }
}
