/**
 * Builds the executable schema from the type-graphql resolvers. Importing this module needs no store, so the
 * schema can be emitted and checked without a database.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver.js';
import { StructureResolver } from '../modules/analytics/structure.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import { WriteResolver } from '../modules/write/write.resolver.js';
import { NeighbourhoodResolver } from '../modules/neighbourhood/neighbourhood.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  NeighbourhoodResolver,
  StatsResolver,
  CatalogResolver,
  WriteResolver,
  AccountResolver,
  AuditResolver,
  AnalyticsResolver,
  StructureResolver,
] as const;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  // validate: false — arguments are checked by graph-schema's rules in the store port, not by class-validator.
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
