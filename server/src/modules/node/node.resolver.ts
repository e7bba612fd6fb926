import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { GraphNode } from './node.type.js';

@Resolver(() => GraphNode)
export class NodeResolver {
  @Query(() => GraphNode, {
    nullable: true,
    description: 'The node with this id, or null when it does not exist or is not visible to you.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GraphNode | null> {
    return ctx.services.nodes.byId(id);
  }

  @Query(() => [GraphNode], {
    nullable: 'items',
    description:
      'Nodes by id, in the order asked; null for ids that do not exist or are not visible.',
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(GraphNode | null)[]> {
    return ctx.services.nodes.byIds(ids);
  }
}
