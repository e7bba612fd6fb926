/** Queries for analysts: clusters, theme co-occurrence, brokers, region comparison, network of networks. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST, STATE_ANALYSIS_COST } from './analytics.resolver.js';
import { BrokersArgs } from './brokers.input.js';
import { BrokerageView } from './brokers.type.js';
import { ThemeCooccurrenceArgs, TopicClustersArgs } from './clusters.input.js';
import { ThemeNetworkView, TopicClustersView } from './clusters.type.js';
import { NetworkOfNetworksArgs } from './networks.input.js';
import { NetworkOfNetworksView } from './networks.type.js';
import { RegionComparisonArgs } from './regions.input.js';
import { RegionComparisonView } from './regions.type.js';

@Resolver()
export class StructureResolver {
  @Query(() => TopicClustersView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Topic clusters (Themencluster) of a region, topic or network, with modularity.',
  })
  topicClusters(
    @Args(() => TopicClustersArgs) args: TopicClustersArgs,
    @Ctx() ctx: Context,
  ): Promise<TopicClustersView> {
    return ctx.services.analytics.topicClusters(args);
  }

  @Query(() => ThemeNetworkView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Theme co-occurrence network: topics linked by the actors working on both.',
  })
  themeCooccurrence(
    @Args(() => ThemeCooccurrenceArgs) args: ThemeCooccurrenceArgs,
    @Ctx() ctx: Context,
  ): Promise<ThemeNetworkView> {
    return ctx.services.analytics.themeCooccurrence(args);
  }

  @Query(() => BrokerageView, {
    complexity: fixedCost(ANALYSIS_COST),
    description:
      'Brokers (Brückenbauer:innen) and single points of failure of a region or network.',
  })
  brokers(@Args(() => BrokersArgs) args: BrokersArgs, @Ctx() ctx: Context): Promise<BrokerageView> {
    return ctx.services.analytics.brokers(args);
  }

  @Query(() => RegionComparisonView, {
    complexity: fixedCost(STATE_ANALYSIS_COST),
    description: 'Every district and municipality of the state compared, urban against rural.',
  })
  regionComparison(
    @Args(() => RegionComparisonArgs) args: RegionComparisonArgs,
    @Ctx() ctx: Context,
  ): Promise<RegionComparisonView> {
    return ctx.services.analytics.regionComparison(args);
  }

  @Query(() => NetworkOfNetworksView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Regional networks linked by shared members, themes and good-practice projects.',
  })
  networkOfNetworks(
    @Args(() => NetworkOfNetworksArgs) args: NetworkOfNetworksArgs,
    @Ctx() ctx: Context,
  ): Promise<NetworkOfNetworksView> {
    return ctx.services.analytics.networkOfNetworks(args);
  }
}
