/** Topic clusters and theme co-occurrence. Thin: arguments in, one query function, view out. */
import { Args, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context.js';
import { HeavyRequest } from '../../heavy/heavy-request.js';
import { fixedCost } from '../../graphql/complexity.js';
import { ANALYSIS_COST } from '../kernel/cost.js';
import { ThemeCooccurrenceArgs, TopicClustersArgs } from './clusters.input.js';
import { themeCooccurrenceQuery, topicClustersQuery } from './clusters.query.js';
import { ThemeNetworkView, TopicClustersView } from './clusters.type.js';

@Resolver()
export class ClustersResolver {
  @UseMiddleware(HeavyRequest)
  @Query(() => TopicClustersView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Topic clusters (Themencluster) of a region, topic or network, with modularity.',
  })
  topicClusters(
    @Args(() => TopicClustersArgs) args: TopicClustersArgs,
    @Ctx() ctx: Context,
  ): Promise<TopicClustersView> {
    return topicClustersQuery(ctx.services.analyses, args);
  }

  @UseMiddleware(HeavyRequest)
  @Query(() => ThemeNetworkView, {
    complexity: fixedCost(ANALYSIS_COST),
    description: 'Theme co-occurrence network: topics linked by the actors working on both.',
  })
  themeCooccurrence(
    @Args(() => ThemeCooccurrenceArgs) args: ThemeCooccurrenceArgs,
    @Ctx() ctx: Context,
  ): Promise<ThemeNetworkView> {
    return themeCooccurrenceQuery(ctx.services.analyses, args);
  }
}
