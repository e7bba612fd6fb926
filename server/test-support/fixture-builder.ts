/**
 * The one builder of fixture networks for unit, API, contract and proof tests: every hand-written network in
 * test-support/ is data written with it (`node`, `rel`, `region`, `topic`, `institution`, `person`, ...), and a
 * test that needs a variant takes a network's builder and overrides what it needs (`set`, `without`) instead of
 * writing a network of its own. It emits a store batch (`batch()`) or, for the pure analyses, a subgraph
 * (`subgraph()`, with fixed versions and timestamps). Not used at runtime.
 */
import { TOPIC_TREE, regionId, topicId } from '@nzr/graph-schema';
import type { GeoPoint, NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';
import type {
  GraphNode,
  GraphRelationship,
  Properties,
  Subgraph,
  UpsertBatch,
} from '../src/store/port.js';

export type FixtureNode = UpsertBatch['nodes'][number];
export type FixtureRel = UpsertBatch['relationships'][number];

export const place = (latitude: number, longitude: number): GeoPoint => ({ latitude, longitude });
/** A `location` property, to spread into properties: `{ name, ...at(51.15, 14.98) }`. */
export const at = (latitude: number, longitude: number) => ({
  location: place(latitude, longitude),
});

/** What a relationship id may be derived from: its ends, and how many relationships came before it. */
export interface RelIdContext {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  /** Relationships added before this one (0 for the first). */
  readonly index: number;
  /** Relationships of the same type added before this one. */
  readonly indexOfType: number;
}
export type RelIds = (rel: RelIdContext) => string;

/** The default: `rel-1`, `rel-2`, ... */
const numbered: RelIds = ({ index }) => `rel-${index + 1}`;

/** An actor's name, place, topics (keys, as WORKS_ON) and region (LOCATED_IN); `props` overrides any default. */
export interface ActorSpec {
  readonly name?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly topics?: readonly string[];
  readonly region?: string;
  readonly props?: Properties;
}

const STAMP = '2026-01-01T00:00:00.000Z';

export class FixtureBuilder {
  readonly nodes: FixtureNode[] = [];
  readonly relationships: FixtureRel[] = [];
  private relCount = 0;
  private readonly typeCounts = new Map<RelationshipType, number>();

  constructor(private readonly relIds: RelIds = numbered) {}

  /** A node; it is named by its id unless `properties` names it. */
  node(label: NodeLabel, id: string, properties: Properties = {}): this {
    this.nodes.push({ label, id, properties: { name: id, ...properties } });
    return this;
  }

  /** A relationship; its id comes from the builder's id scheme unless given. */
  rel(
    type: RelationshipType,
    from: string,
    to: string,
    properties: Properties = {},
    id?: string,
  ): this {
    const indexOfType = this.typeCounts.get(type) ?? 0;
    this.typeCounts.set(type, indexOfType + 1);
    const index = this.relCount++;
    const relId = id ?? this.relIds({ type, from, to, index, indexOfType });
    this.relationships.push({ type, id: relId, from, to, properties });
    return this;
  }

  /** A region by its official key (AGS); its id is graph-schema's `regionId(ags)`. */
  region(ags: string, name: string, level: string, properties: Properties = {}): this {
    return this.node('Region', regionId(ags), { name, level, ags, ...properties });
  }

  /** A topic of graph-schema's TOPIC_TREE by key, with its German name unless `properties` says otherwise. */
  topic(key: string, properties: Properties = {}): this {
    const name = TOPIC_TREE.find((topic) => topic.key === key)?.de ?? key;
    return this.node('Topic', topicId(key), { name, key, ...properties });
  }

  /** All topics of TOPIC_TREE (with English names if asked), then their PART_OF relationships. */
  topicTree(options: { readonly english?: boolean } = {}): this {
    for (const t of TOPIC_TREE) {
      this.node('Topic', topicId(t.key), {
        name: t.de,
        ...(options.english ? { nameEn: t.en } : {}),
        key: t.key,
      });
    }
    for (const t of TOPIC_TREE)
      if (t.parent) this.rel('PART_OF', topicId(t.key), topicId(t.parent));
    return this;
  }

  /** WORKS_ON relationships to the topics with these keys. */
  worksOn(id: string, topicKeys: readonly string[]): this {
    for (const key of topicKeys) this.rel('WORKS_ON', id, topicId(key));
    return this;
  }

  /** An institution (an association unless `props.kind` says otherwise). */
  institution(id: string, sector: Sector, spec: ActorSpec = {}): this {
    return this.actor('Institution', id, spec, { sector, kind: 'association' });
  }

  /**
   * A person (public unless `props.visibility` says otherwise) with recorded consent, as every listed person
   * has (graph-schema consent.ts); `props.consentWithdrawnOn` makes one whose consent was withdrawn.
   */
  person(id: string, spec: ActorSpec = {}): this {
    return this.actor('Person', id, spec, { visibility: 'public', consentDate: '2024-01-15' });
  }

  /** A project cooperation from `from` (and until `until`, when given). */
  coop(a: string, b: string, from = '2024-01-01', until?: string): this {
    const props: Properties = { kind: 'project', from };
    if (until !== undefined) props['until'] = until;
    return this.rel('COOPERATES_WITH', a, b, props);
  }

  /** Overrides properties of the node or relationship with this id (batches built before keep theirs). */
  set(id: string, properties: Properties): this {
    const node = this.nodes.findIndex((n) => n.id === id);
    const rel = this.relationships.findIndex((r) => r.id === id);
    const merge = <T extends { properties: Properties }>(item: T): T => ({
      ...item,
      properties: { ...item.properties, ...properties },
    });
    if (node >= 0) this.nodes.splice(node, 1, merge(this.nodes[node] as FixtureNode));
    else if (rel >= 0)
      this.relationships.splice(rel, 1, merge(this.relationships[rel] as FixtureRel));
    else throw new Error(`fixture has no node or relationship ${id}`);
    return this;
  }

  /** Drops these nodes with their relationships, and relationships with these ids. */
  without(ids: Iterable<string>): this {
    const gone = new Set(ids);
    const keptNodes = this.nodes.filter((n) => !gone.has(n.id));
    const keptRels = this.relationships.filter(
      (r) => !gone.has(r.id) && !gone.has(r.from) && !gone.has(r.to),
    );
    this.nodes.splice(0, Infinity, ...keptNodes);
    this.relationships.splice(0, Infinity, ...keptRels);
    return this;
  }

  /** Id of the relationship of `type` from `from` to `to`. */
  relId(type: RelationshipType, from: string, to: string): string {
    const found = this.relationships.find((r) => r.type === type && r.from === from && r.to === to);
    if (!found) throw new Error(`fixture has no ${type} ${from} -> ${to}`);
    return found.id;
  }

  /** The network as one store batch. */
  batch(): UpsertBatch {
    return { nodes: [...this.nodes], relationships: [...this.relationships] };
  }

  /** The network as a store would return it (version 1, fixed timestamps), for the pure analyses. */
  subgraph(): Subgraph {
    const system = { version: 1, createdAt: STAMP, updatedAt: STAMP };
    const nodes: GraphNode[] = this.nodes.map((n) => ({ ...n, ...system }));
    const relationships: GraphRelationship[] = this.relationships.map((r) => ({ ...r, ...system }));
    return { nodes, relationships, truncated: false };
  }

  private actor(label: NodeLabel, id: string, spec: ActorSpec, defaults: Properties): this {
    const props: Properties = { ...defaults, ...spec.props };
    if (spec.name !== undefined) props['name'] = spec.name;
    if (spec.lat !== undefined && spec.lon !== undefined) {
      props['location'] = place(spec.lat, spec.lon);
    }
    this.node(label, id, props);
    this.worksOn(id, spec.topics ?? []);
    if (spec.region !== undefined) this.rel('LOCATED_IN', id, spec.region);
    return this;
  }
}
