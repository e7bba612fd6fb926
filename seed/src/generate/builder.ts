/** Collects nodes and relationships with stable, sequential ids per prefix (e.g. `coop-000042`). */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { GeneratedNode, GeneratedRelationship, Properties } from './types.js';

export function sequentialId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, '0')}`;
}

/** Id prefixes of generated relationships; unique across types so every id is unique in the whole graph. */
export const RELATIONSHIP_PREFIX: Readonly<Record<RelationshipType, string>> = {
  MEMBER_OF: 'mem',
  WORKS_ON: 'wo',
  LOCATED_IN: 'loc',
  PART_OF: 'part',
  COOPERATES_WITH: 'coop',
  KNOWS: 'kno',
  MEMBER_OF_NETWORK: 'netm',
  OFFERS: 'off',
  NEEDS: 'need',
  RUNS: 'run',
  FUNDED_BY: 'fund',
  ELIGIBLE_IN: 'elig',
};

export class GraphBuilder {
  readonly nodes: GeneratedNode[] = [];
  readonly relationships: GeneratedRelationship[] = [];
  private readonly counters = new Map<string, number>();

  /** Next sequential id for a prefix, starting at 1. */
  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return sequentialId(prefix, n);
  }

  node(label: NodeLabel, id: string, properties: Properties): string {
    this.nodes.push({ label, id, properties });
    return id;
  }

  relate(
    type: RelationshipType,
    from: string,
    to: string,
    properties: Properties = {},
    id = this.nextId(RELATIONSHIP_PREFIX[type]),
  ): void {
    this.relationships.push({ type, id, from, to, properties });
  }
}
