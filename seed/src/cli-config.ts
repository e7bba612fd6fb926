/** The store configuration, from the same environment variables and rules as the server. */
import { storeConfigFrom } from '@nzr/server/config';
import type { StoreConfig } from '@nzr/server/config';

export interface SeedConfig {
  readonly store: StoreConfig;
  /** For the log: which store, where (never the password). */
  readonly describe: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SeedConfig {
  const store = storeConfigFrom(env);
  const describe =
    store.kind === 'embedded'
      ? `embedded (DATA_DIR ${store.dataDir})`
      : `neo4j (${store.uri}, database ${store.database}, user ${store.user})`;
  return { store, describe };
}
