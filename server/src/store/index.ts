/**
 * Opens the configured store. Everything outside src/store/ uses only this module and the port types.
 */
import type { StoreConfig } from '../config.js';
import { openEmbeddedStore } from './embedded/embedded-store.js';
import { openNeo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port.js';

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store =
    config.kind === 'embedded'
      ? await openEmbeddedStore({ dataDir: config.dataDir })
      : await openNeo4jStore(config);
  await store.setupSchema();
  return store;
}

export * from './port.js';
export * from './errors.js';
export { storeConfigFrom } from '../config.js';
export type { StoreConfig } from '../config.js';
