import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'seed',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // *.neo4j.test.ts run in the Neo4j tier (../vitest.neo4j.config.ts).
    exclude: ['src/**/*.neo4j.test.ts'],
    setupFiles: ['../server/test-support/embedded-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
