import { defineConfig } from 'vitest/config';

// type-graphql and our code must share one copy of graphql-js (ESM and CJS entry points differ under vitest).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // With NEO4J_URI the contract and API tests share one Neo4j database, so files must not run side by side.
    fileParallelism: !process.env.NEO4J_URI,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
