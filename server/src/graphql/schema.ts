/**
 * Builds the executable schema from the type-graphql resolvers. Importing this module needs no store, so the
 * schema can be emitted and checked without a database.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NeighbourhoodResolver } from '../modules/neighbourhood/neighbourhood.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  SearchResolver,
  NeighbourhoodResolver,
  StatsResolver,
] as const;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  // validate: false — arguments are checked by graph-schema's rules in the store port, not by class-validator.
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
