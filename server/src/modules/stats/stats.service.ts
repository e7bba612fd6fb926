/**
 * Counts for the overview. They are aggregates over the whole store (including persons the viewer cannot
 * see individually): a number reveals nobody, and counting per viewer would need a full scan.
 */
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import type { GraphStore } from '../../store/port.js';
import type { Stats } from './stats.type.js';

export class StatsService {
  constructor(private readonly store: GraphStore) {}

  async stats(): Promise<Stats> {
    const counts = await this.store.stats();
    const nodes = NODE_LABEL_NAMES.map((label) => ({ label, count: counts.nodes[label] ?? 0 }));
    const relationships = RELATIONSHIP_TYPE_NAMES.map((type) => ({
      type,
      count: counts.relationships[type] ?? 0,
    }));
    return {
      nodes,
      relationships,
      totalNodes: nodes.reduce((sum, entry) => sum + entry.count, 0),
      totalRelationships: relationships.reduce((sum, entry) => sum + entry.count, 0),
    };
  }
}
