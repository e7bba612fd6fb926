/**
 * Global setup of the Neo4j tier: a real Neo4j 5.26 test server for the whole run (or the database of NEO4J_URI,
 * which the tier empties: a throw-away database only), handed to the test files through `provide`.
 */
import type { TestProject } from 'vitest/node';
import { startNeo4jTestServer, TEST_SERVER_PASSWORD } from './neo4j-test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
    /** True when the tier runs on its own test server, which tests may start more of. */
    neo4jTestServer: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    console.log(`Neo4j tier: on NEO4J_URI ${external} (this database is emptied by the tests)`);
    project.provide('neo4jUri', external);
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    project.provide('neo4jTestServer', false);
    return async () => {};
  }
  const started = Date.now();
  const server = await startNeo4jTestServer();
  console.log(
    `Neo4j tier: Neo4j ${server.version} Community test server at ${server.uri}, ` +
      `started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4jUri', server.uri);
  project.provide('neo4jPassword', TEST_SERVER_PASSWORD);
  project.provide('neo4jTestServer', true);
  return () => server.stop();
}
