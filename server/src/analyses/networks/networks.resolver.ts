/** Network of networks. Thin: arguments in, networkOfNetworksQuery, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { NetworkOfNetworksArgs } from './networks.input.js';
import { networkOfNetworksQuery } from './networks.query.js';
import { NetworkOfNetworksView } from './networks.type.js';

@Resolver()
export class NetworksResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => NetworkOfNetworksView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Regional networks linked by shared members, themes and good-practice projects.',
  })
  networkOfNetworks(
    @Args(() => NetworkOfNetworksArgs) args: NetworkOfNetworksArgs,
    @Ctx() ctx: Context,
  ): Promise<NetworkOfNetworksView> {
    return networkOfNetworksQuery(ctx.services.analyses, args);
  }
}
