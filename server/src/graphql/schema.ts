/**
 * Builds the executable schema from the type-graphql resolvers. Importing this module needs no store, so the
 * schema can be emitted and checked without a database.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AlliesResolver } from '../analyses/allies/allies.resolver.js';
import { BrokersResolver } from '../analyses/brokers/brokers.resolver.js';
import { ClustersResolver } from '../analyses/clusters/clusters.resolver.js';
import { DuplicatesResolver } from '../analyses/duplicates/duplicates.resolver.js';
import { FundingResolver } from '../analyses/funding/funding.resolver.js';
import { GapsResolver } from '../analyses/gaps/gaps.resolver.js';
import { GrowthResolver } from '../analyses/growth/growth.resolver.js';
import { NetworksResolver } from '../analyses/networks/networks.resolver.js';
import { RegionsResolver } from '../analyses/regions/regions.resolver.js';
import { ResourcesResolver } from '../analyses/resources/resources.resolver.js';
import { SuggestionsResolver } from '../analyses/suggestions/suggestions.resolver.js';
import { AccountActorsResolver } from '../modules/accounts/account-actors.resolver.js';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { IntroductionResolver } from '../modules/introductions/introduction.resolver.js';
import { ProposalResolver } from '../modules/proposals/proposal.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import { ConsentResolver } from '../modules/consent/consent.resolver.js';
import { WriteResolver } from '../modules/write/write.resolver.js';
import { MergeResolver } from '../modules/merge/merge.resolver.js';
import { NeighbourhoodResolver } from '../modules/neighbourhood/neighbourhood.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import { TieResolver } from '../modules/ties/tie.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  NeighbourhoodResolver,
  StatsResolver,
  CatalogResolver,
  WriteResolver,
  MergeResolver,
  AccountResolver,
  AccountActorsResolver,
  AuditResolver,
  IntroductionResolver,
  TieResolver,
  ConsentResolver,
  ProposalResolver,
  // One resolver per analysis (server/src/analyses/<name>/).
  GapsResolver,
  GrowthResolver,
  SuggestionsResolver,
  AlliesResolver,
  ResourcesResolver,
  FundingResolver,
  ClustersResolver,
  BrokersResolver,
  RegionsResolver,
  NetworksResolver,
  DuplicatesResolver,
] as const;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  // validate: false — arguments are checked by graph-schema's rules in the store port, not by class-validator.
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
