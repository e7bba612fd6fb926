/**
 * Use cases of the analytics API for one viewer. Each method validates its arguments, feeds the pure
 * analytics (server/src/analytics) with bounded store queries filtered by the viewer's visibilities (see the
 * *.query.ts files, one per analysis family), and maps the result to GraphQL views. A viewer's results never
 * use persons the viewer cannot see: they are absent from every subgraph the analyses are built from.
 */
import type { GraphStore } from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import { alliesQuery } from './allies.query.js';
import type { AlliesNearbyArgs } from './allies.input.js';
import type { AlliesView } from './allies.type.js';
import { brokersQuery } from './brokers.query.js';
import type { BrokersArgs } from './brokers.input.js';
import type { BrokerageView } from './brokers.type.js';
import { themeCooccurrenceQuery, topicClustersQuery } from './clusters.query.js';
import type { ThemeCooccurrenceArgs, TopicClustersArgs } from './clusters.input.js';
import type { ThemeNetworkView, TopicClustersView } from './clusters.type.js';
import type { AnalyticsDeps } from './deps.js';
import { fundingMatchesQuery } from './funding.query.js';
import type { FundingMatchesArgs } from './funding.input.js';
import type { FundingMatchesView } from './funding.type.js';
import { gapTableQuery } from './gaps.query.js';
import type { GapTableArgs } from './gaps.input.js';
import type { GapTableView } from './gaps.type.js';
import { networkOfNetworksQuery } from './networks.query.js';
import type { NetworkOfNetworksArgs } from './networks.input.js';
import type { NetworkOfNetworksView } from './networks.type.js';
import { regionComparisonQuery } from './regions.query.js';
import type { RegionComparisonArgs } from './regions.input.js';
import type { RegionComparisonView } from './regions.type.js';
import { resourceMatchesQuery } from './resources.query.js';
import type { ResourceMatchesArgs } from './resources.input.js';
import type { ResourceMatchesView } from './resources.type.js';
import { linkSuggestionsQuery } from './suggestions.query.js';
import type { LinkSuggestionsArgs } from './suggestions.input.js';
import type { LinkSuggestionsView } from './suggestions.type.js';

export class AnalyticsService {
  private readonly deps: AnalyticsDeps;

  constructor(store: GraphStore, nodes: NodeService) {
    this.deps = { store, nodes };
  }

  gapTable(args: GapTableArgs): Promise<GapTableView> {
    return gapTableQuery(this.deps, args);
  }

  linkSuggestions(args: LinkSuggestionsArgs): Promise<LinkSuggestionsView> {
    return linkSuggestionsQuery(this.deps, args);
  }

  alliesNearby(args: AlliesNearbyArgs): Promise<AlliesView> {
    return alliesQuery(this.deps, args);
  }

  resourceMatches(args: ResourceMatchesArgs): Promise<ResourceMatchesView> {
    return resourceMatchesQuery(this.deps, args);
  }

  fundingMatches(args: FundingMatchesArgs): Promise<FundingMatchesView> {
    return fundingMatchesQuery(this.deps, args);
  }

  topicClusters(args: TopicClustersArgs): Promise<TopicClustersView> {
    return topicClustersQuery(this.deps, args);
  }

  themeCooccurrence(args: ThemeCooccurrenceArgs): Promise<ThemeNetworkView> {
    return themeCooccurrenceQuery(this.deps, args);
  }

  brokers(args: BrokersArgs): Promise<BrokerageView> {
    return brokersQuery(this.deps, args);
  }

  regionComparison(args: RegionComparisonArgs): Promise<RegionComparisonView> {
    return regionComparisonQuery(this.deps, args);
  }

  networkOfNetworks(args: NetworkOfNetworksArgs): Promise<NetworkOfNetworksView> {
    return networkOfNetworksQuery(this.deps, args);
  }
}
