/**
 * Builder for small hand-made subgraphs in tests (not used at runtime). Ids are free-form; timestamps fixed.
 */
import { TOPIC_TREE, topicId } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';
import type { GraphNode, GraphRelationship, Properties, Subgraph } from '../../src/store/port.js';

const STAMP = '2026-01-01T00:00:00.000Z';

export interface ActorSpec {
  readonly name?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly topics?: readonly string[];
  readonly region?: string;
  readonly props?: Properties;
}

export class SubgraphBuilder {
  readonly nodes: GraphNode[] = [];
  readonly relationships: GraphRelationship[] = [];
  private nextRel = 0;

  node(label: NodeLabel, id: string, properties: Properties = {}): this {
    const props = { name: id, ...properties };
    this.nodes.push({
      id,
      label,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
      properties: props,
    });
    return this;
  }

  rel(type: RelationshipType, from: string, to: string, properties: Properties = {}): this {
    const id = `r${this.nextRel++}`;
    this.relationships.push({
      id,
      type,
      from,
      to,
      version: 1,
      createdAt: STAMP,
      updatedAt: STAMP,
      properties,
    });
    return this;
  }

  /** All topics of graph-schema's TOPIC_TREE with their PART_OF edges. */
  topicTree(): this {
    for (const t of TOPIC_TREE) this.node('Topic', topicId(t.key), { name: t.de, key: t.key });
    for (const t of TOPIC_TREE)
      if (t.parent) this.rel('PART_OF', topicId(t.key), topicId(t.parent));
    return this;
  }

  private actor(label: NodeLabel, id: string, spec: ActorSpec, extra: Properties): this {
    const props: Properties = { ...extra, ...spec.props };
    if (spec.name !== undefined) props['name'] = spec.name;
    if (spec.lat !== undefined && spec.lon !== undefined) {
      props['location'] = { latitude: spec.lat, longitude: spec.lon };
    }
    this.node(label, id, props);
    for (const key of spec.topics ?? []) this.rel('WORKS_ON', id, topicId(key));
    if (spec.region !== undefined) this.rel('LOCATED_IN', id, spec.region);
    return this;
  }

  institution(id: string, sector: Sector, spec: ActorSpec = {}): this {
    return this.actor('Institution', id, spec, { sector, kind: 'association' });
  }

  person(id: string, spec: ActorSpec = {}): this {
    return this.actor('Person', id, spec, { visibility: 'public' });
  }

  coop(a: string, b: string, from = '2024-01-01', until?: string): this {
    const props: Properties = { kind: 'project', from };
    if (until !== undefined) props['until'] = until;
    return this.rel('COOPERATES_WITH', a, b, props);
  }

  build(): Subgraph {
    return { nodes: [...this.nodes], relationships: [...this.relationships], truncated: false };
  }
}
