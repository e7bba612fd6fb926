/**
 * The bench's Neo4j: NEO4J_URI when it is set, otherwise the Neo4j 5.26 test server of neo4j-test-server/
 * (Java 17+ and Maven), started for the run with room for 100k actors and stopped at the end. Sets NEO4J_URI
 * and NEO4J_PASSWORD for the rest of the bench; returns null, with the reason, when there is no Neo4j.
 */
import {
  neo4jTestServerAvailability,
  startNeo4jTestServer,
  TEST_SERVER_PASSWORD,
} from '@nzr/server/test-support/neo4j-test-server';

export interface BenchNeo4j {
  readonly description: string;
  stop(): Promise<void>;
}

export async function benchNeo4j(log: (line: string) => void): Promise<BenchNeo4j | string> {
  if (process.env.NEO4J_URI) {
    return { description: `Neo4j at NEO4J_URI (${process.env.NEO4J_URI})`, stop: async () => {} };
  }
  const availability = neo4jTestServerAvailability();
  if (!availability.ok) return `Neo4j: skipped, ${availability.reason}; or set NEO4J_URI`;
  log('starting the Neo4j test server ...');
  const server = await startNeo4jTestServer({ heapMb: 8192, pageCacheMb: 3072 });
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_PASSWORD = TEST_SERVER_PASSWORD;
  return {
    description: `Neo4j ${server.version} Community, the test server of neo4j-test-server/ in its own JVM on the same machine (-Xmx8g, page cache 3 GB, Bolt on loopback)`,
    stop: () => server.stop(),
  };
}
