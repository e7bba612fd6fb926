/**
 * The entries an account acts for, as nodes the asking viewer may see (a hidden person is left out, so the
 * admin list never tells a viewer more than the map does).
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { GraphNode } from '../node/node.type.js';
import { AccountView } from './account.type.js';

@Resolver(() => AccountView)
export class AccountActorsResolver {
  @FieldResolver(() => [GraphNode], {
    description: 'The linked entries that still exist and that the viewer may see, in link order.',
  })
  async actors(@Root() account: AccountView, @Ctx() ctx: Context): Promise<GraphNode[]> {
    if (account.actorIds.length === 0) return [];
    const nodes = await ctx.services.nodes.byIds(account.actorIds);
    return nodes.filter((node): node is GraphNode => node !== null);
  }
}
