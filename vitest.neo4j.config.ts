import { defineConfig } from 'vitest/config';
import { NEO4J_PROJECT_NAME } from './server/test-support/neo4j-tier-reporter.js';
import { API_TESTS } from './server/test-support/test-tiers.js';

/**
 * The Neo4j tier: every test that runs the real server or a store through the port, on a real Neo4j 5.26 (the
 * test server of neo4j-test-server/, or NEO4J_URI). Files share one database, so they run one at a time.
 * Added to `npm test` by vitest.config.ts whenever Java 17+ and Maven are present.
 */
export default defineConfig({
  // type-graphql and our code must share one copy of graphql-js (as in server/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: NEO4J_PROJECT_NAME,
    environment: 'node',
    include: [
      // The store contract suite.
      'server/src/store/contract.test.ts',
      // API tests (the api tier): the in-process server (server/test-support/api/test-server.ts) switches to
      // Neo4j with NEO4J_URI.
      ...API_TESTS.map((glob) => `server/${glob}`),
      'server/src/proof/{bad-csv,bad-input,security-limits,security-sessions,visibility-leak,visibility-noninterference,store-outage}.test.ts',
      // Tests written for Neo4j only (store parity on the demo data, seed loading).
      '{server,seed}/src/**/*.neo4j.test.ts',
    ],
    globalSetup: ['server/test-support/neo4j-global-setup.ts'],
    setupFiles: ['server/test-support/neo4j-env.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
