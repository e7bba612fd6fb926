import { defineConfig } from 'vitest/config';

// type-graphql and our code must share one copy of graphql-js (ESM and CJS entry points differ under vitest).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test-support/**/*.test.ts'],
    // The embedded tier; the same API and contract tests run on Neo4j in ../vitest.neo4j.config.ts.
    setupFiles: ['test-support/embedded-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
