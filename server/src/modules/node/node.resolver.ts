import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { pagedCost } from '../../graphql/complexity.js';
import { GraphNode } from './node.type.js';

@Resolver(() => GraphNode)
export class NodeResolver {
  @Query(() => GraphNode, {
    nullable: true,
    description: 'The node with this id, or null when it does not exist or is not visible to you.',
  })
  node(
    @Arg('id', () => ID, { description: 'Node id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<GraphNode | null> {
    return ctx.services.nodes.byId(id);
  }

  @Query(() => [GraphNode], {
    nullable: 'items',
    description:
      'Nodes by id, in the order asked; null for ids that do not exist or are not visible.',
    // One batched store call; the selection is priced per 10 ids.
    complexity: pagedCost('ids', 1, { max: 1000, per: 10 }),
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Node ids (at most 1000).' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(GraphNode | null)[]> {
    return ctx.services.nodes.byIds(ids);
  }
}
