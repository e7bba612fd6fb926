/**
 * Opens the Neo4j store for the contract suite: configured like the server (NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE), emptied and with the schema in place. THE DATABASE IS CLEARED: point it at
 * a throw-away database only.
 */
import { ConfigError, storeConfigFrom } from '../../src/config.js';
import type { GraphStore } from '../../src/store/port.js';
import { openNeo4jStore } from '../../src/store/neo4j/neo4j-store.js';

export async function openNeo4jTestStore(): Promise<GraphStore> {
  const config = storeConfigFrom(process.env);
  if (config.kind !== 'neo4j') {
    throw new ConfigError(
      'openNeo4jTestStore needs NEO4J_URI (and NEO4J_PASSWORD) in the environment',
    );
  }
  const store = await openNeo4jStore(config);
  try {
    await store.clear({ system: true });
    await store.setupSchema();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
