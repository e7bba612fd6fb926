/**
 * Which tests belong to which tier, stated once (globs relative to the package, server/ or seed/). `npm test`
 * runs every tier; the root configs vitest.{unit,api,proof}.config.ts run one each (`npm run test:unit` etc.):
 *
 * - proof: `src/proof/**` (fuzzing, visibility, limits) and the kill -9 crash tests, named `*crash*.test.ts`
 *   (the embedded store's and the seed's): slow by design.
 * - api: tests of the API layer, most through the real server in-process (test-support/api/test-server.ts): the server
 *   folders `graphql/`, `http/` and `modules/`, and anywhere a file named `*.api.test.ts`. The Neo4j tier runs
 *   the same files on Neo4j (vitest.neo4j.config.ts).
 * - unit: every other test of graph-schema, server, seed and the client (not its browser tests) – pure
 *   functions and the embedded store, the store contract suite included.
 *
 * So the tiers split the projects without gaps or overlaps: a new test lands in one by its place and name.
 */
export const PROOF_TESTS: readonly string[] = ['src/proof/**/*.test.ts', 'src/**/*crash*.test.ts'];

export const API_TESTS: readonly string[] = [
  'src/graphql/**/*.test.ts',
  'src/http/**/*.test.ts',
  'src/modules/**/*.test.ts',
  'src/**/*.api.test.ts',
];

/** Every test of a package's embedded tier (the `server` and `seed` projects). */
export const ALL_TESTS: readonly string[] = ['src/**/*.test.ts', 'test-support/**/*.test.ts'];
