import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { ALL_TESTS } from '../server/test-support/test-tiers.js';

/**
 * The seed's tests on the embedded store, all of them (`seed`) or one tier (../server/test-support/test-tiers.ts,
 * used by the root's vitest.{unit,proof}.config.ts). *.neo4j.test.ts run in the Neo4j tier
 * (../vitest.neo4j.config.ts).
 */
export function seedProject(
  name: string,
  include: readonly string[],
  exclude: readonly string[] = [],
) {
  return defineProject({
    // Paths are relative to seed/, also when a root config uses this project.
    root: fileURLToPath(new URL('.', import.meta.url)),
    test: {
      name,
      environment: 'node',
      include: [...include],
      exclude: ['src/**/*.neo4j.test.ts', ...exclude],
      setupFiles: ['../server/test-support/embedded-env.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}

export default seedProject('seed', ALL_TESTS);
