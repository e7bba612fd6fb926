/**
 * Batched PART_OF lookups for the region and topic trees: the parent and children of many nodes come from ONE
 * store.neighbourhood call per batch (up to 100 start nodes), so a tree of any width costs one round trip per
 * level, never one per node.
 */
import DataLoader from 'dataloader';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphStore } from '../../store/port.js';

export interface Hierarchy {
  readonly parentId: string | null;
  /** Children sorted by name. */
  readonly children: GraphNode[];
  /** True when the traversal limit cut the children short. */
  readonly truncated: boolean;
}

export type HierarchyLoader = DataLoader<string, Hierarchy>;

const byName = (a: GraphNode, b: GraphNode): number =>
  String(a.properties.name ?? a.id).localeCompare(String(b.properties.name ?? b.id), 'de');

export function createHierarchyLoader(store: GraphStore): HierarchyLoader {
  return new DataLoader<string, Hierarchy>(
    async (ids) => {
      const graph = await store.neighbourhood({
        ids,
        depth: 1,
        relationshipTypes: ['PART_OF'],
        filter: { labels: ['Region', 'Topic'] },
        limit: LIMITS.MAX_LIMIT,
      });
      const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
      return ids.map((id) => {
        const parent = graph.relationships.find((rel) => rel.from === id);
        const children = graph.relationships
          .filter((rel) => rel.to === id)
          .flatMap((rel) => nodes.get(rel.from) ?? []);
        return {
          parentId: parent?.to ?? null,
          children: children.sort(byName),
          truncated: graph.truncated,
        };
      });
    },
    { maxBatchSize: LIMITS.MAX_START_IDS },
  );
}
