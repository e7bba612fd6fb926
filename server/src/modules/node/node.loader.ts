/**
 * Per-request batching of node lookups: every `load(id)` in one tick becomes one `store.getNodes` call, and
 * each id is fetched at most once per request. Created fresh per request so nothing leaks between viewers.
 */
import DataLoader from 'dataloader';
import { LIMITS } from '../../store/port.js';
import type { GraphNode as StoredNode, GraphStore } from '../../store/port.js';

export type NodeLoader = DataLoader<string, StoredNode | null>;

export function createNodeLoader(store: GraphStore): NodeLoader {
  return new DataLoader<string, StoredNode | null>(
    async (ids) => {
      const found = await store.getNodes(ids);
      const byId = new Map(found.map((node) => [node.id, node]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: LIMITS.MAX_IDS },
  );
}
