/**
 * GraphQL code generation: the result and variables types of every operation and fragment the client writes with
 * `gql`, from the schema the server emits and commits (server/schema.graphql). `npm run codegen` writes
 * src/generated/graphql.ts; `npm run codegen:check` fails when the committed file differs from a fresh run.
 *
 * typescript-operations (v6) emits only what the documents use: the operation and fragment types plus the enums
 * and inputs they reference, so no second copy of the whole schema. Enums become string unions, the same values
 * as graph-schema's types (Sector, NodeLabel, RelationshipType, ...), so either is assignable to the other.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  // Tests may declare throwaway operations (e.g. a second `query Me`); only the app's documents count.
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/generated/**'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        immutableTypes: true,
        skipTypename: true,
        // Variables take exactly what the schema's list inputs say: a list, not a single value.
        arrayInputCoercion: false,
        scalars: {
          ID: { input: 'string', output: 'string' },
          JSONObject: 'Readonly<Record<string, unknown>>',
        },
      },
    },
  },
};

export default config;
