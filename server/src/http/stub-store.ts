/**
 * A GraphStore for HTTP-level tests that need no data: probes, limits, static files. Reads return nothing
 * (the id 'boom' fails), writes fail; `healthy` switches what /ready reports.
 */
import type { GraphStore, StoreHealth, StoreStats } from '../store/port.js';
import { StoreError } from '../store/errors.js';

export function createStubStore(state: { healthy: boolean } = { healthy: true }): GraphStore {
  const refuse = (): Promise<never> =>
    Promise.reject(new StoreError('STORE_UNAVAILABLE', 'stub store'));
  return {
    kind: 'embedded',
    setupSchema: () => Promise.resolve({ items: [] }),
    // 'boom' simulates an unexpected failure deep in a store (whose message must never reach clients).
    getNodes: (ids) =>
      ids.includes('boom')
        ? Promise.reject(new Error('socket to db-internal:7687 reset'))
        : Promise.resolve([]),
    getRelationships: () => Promise.resolve([]),
    search: () => Promise.resolve({ hits: [], endCursor: null, hasNextPage: false }),
    withinRadius: () => Promise.resolve([]),
    neighbourhood: () => Promise.resolve({ nodes: [], relationships: [], truncated: false }),
    subgraph: () => Promise.resolve({ nodes: [], relationships: [], truncated: false }),
    applyChanges: refuse,
    upsert: refuse,
    stats: () => Promise.resolve({ nodes: {}, relationships: {} } as StoreStats),
    health: (): Promise<StoreHealth> =>
      Promise.resolve({
        ok: state.healthy,
        store: 'embedded',
        message: state.healthy ? 'ok' : 'data directory is not writable',
      }),
    clear: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
