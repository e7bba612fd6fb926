/** The committed schema text: sorted so that moving code around never changes the file. */
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE_HEADER =
  '# Generated from the type-graphql resolvers by `npm run schema -w @nzr/server`. Do not edit.\n\n';

export function printSortedSchema(schema: GraphQLSchema): string {
  return `${SCHEMA_FILE_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
