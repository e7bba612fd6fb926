import { defineConfig } from 'vitest/config';
import { neo4jTierProjects } from './server/test-support/neo4j-tier.js';
import { Neo4jTierReporter } from './server/test-support/neo4j-tier-reporter.js';

// One test command for the monorepo: each workspace is a vitest project with its own environment, plus the
// Neo4j tier (a real Neo4j 5.26) whenever it can run.
export default defineConfig({
  test: {
    projects: [
      'graph-schema',
      'server',
      'seed',
      'client',
      'client/vitest.e2e.config.ts',
      ...neo4jTierProjects(),
    ],
    reporters: ['default', new Neo4jTierReporter()],
  },
});
