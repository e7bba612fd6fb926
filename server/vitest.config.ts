import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { ALL_TESTS } from './test-support/test-tiers.js';

/**
 * The server's tests on the embedded store, all of them (`server`) or one tier (test-support/test-tiers.ts,
 * used by the root's vitest.{unit,api,proof}.config.ts). The same API and contract tests run on Neo4j in
 * ../vitest.neo4j.config.ts.
 */
export function serverProject(
  name: string,
  include: readonly string[],
  exclude: readonly string[] = [],
) {
  return defineProject({
    // Paths are relative to server/, also when a root config uses this project.
    root: fileURLToPath(new URL('.', import.meta.url)),
    // type-graphql and our code must share one copy of graphql-js (ESM and CJS entry points differ under vitest).
    resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
    test: {
      name,
      environment: 'node',
      include: [...include],
      exclude: [...exclude],
      setupFiles: ['test-support/embedded-env.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  });
}

export default serverProject('server', ALL_TESTS);
