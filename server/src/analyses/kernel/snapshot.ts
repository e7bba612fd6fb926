/**
 * A snapshot: typed indices built once from a store `Subgraph`, shared by every analysis.
 *
 * Visibility rule: only nodes of the given subgraph exist here. A relationship whose end is not a node of the
 * subgraph is dropped, so no analysis can re-introduce an id (e.g. an invisible person) from outside. The only
 * ids added are key themes (topic ids `top-<key>` from graph-schema's public TOPIC_TREE), used to expand a
 * sub-topic to its key theme when the subgraph lacks the PART_OF edge.
 *
 * Callers should attach Topic and Region nodes (and PART_OF between them) to the core actors; actors without
 * their own `location` are placed at the location of the region they are LOCATED_IN.
 */
import { RELATIONSHIP_PERIODS, TOPIC_TREE, isRelationshipType, topicId } from '@nzr/graph-schema';
import type { GeoPoint, RelationshipType, Sector } from '@nzr/graph-schema';
import type { GraphNode, GraphRelationship, PropertyValue, Subgraph } from '../../store/port.js';

export interface Cooperation {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly kind: string | null;
  /** ISO dates; `until` null means ongoing. */
  readonly from: string | null;
  readonly until: string | null;
}

export interface Snapshot {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Persons and institutions, sorted by id (deterministic iteration). */
  readonly actorIds: readonly string[];
  readonly institutionIds: readonly string[];
  readonly sectorOf: ReadonlyMap<string, Sector>;
  /** Direct WORKS_ON topics of any node, sorted. */
  readonly topicsOf: ReadonlyMap<string, readonly string[]>;
  /** Direct topics plus all their ancestors (key themes), sorted: the set used for theme overlap. */
  readonly themesOf: ReadonlyMap<string, readonly string[]>;
  readonly regionOf: ReadonlyMap<string, string>;
  readonly parentOf: ReadonlyMap<string, string>;
  /** Valid relationships (both ends in the snapshot) by type. */
  readonly byType: ReadonlyMap<RelationshipType, readonly GraphRelationship[]>;
  /** All COOPERATES_WITH relationships (any date). */
  readonly cooperations: readonly Cooperation[];
  /** Cooperations active at `asOf` (all when no `asOf` was given): the ties the network analyses use. */
  readonly activeCooperations: readonly Cooperation[];
}

/** What names and node views need of a snapshot: its nodes by id (a worker thread holds the rest). */
export type NodeIndex = Pick<Snapshot, 'nodes'>;

export interface SnapshotOptions {
  /** ISO date: keep only cooperations with from ≤ asOf and (no until or until ≥ asOf) as active. */
  readonly asOf?: string;
}

export function str(node: GraphNode | undefined, key: string): string | null {
  const value = node?.properties[key];
  return typeof value === 'string' ? value : null;
}

export function isPoint(value: PropertyValue | undefined): value is GeoPoint {
  return typeof value === 'object' && !Array.isArray(value);
}

const TREE_PARENT = new Map(
  TOPIC_TREE.flatMap((t) => (t.parent ? [[topicId(t.key), topicId(t.parent)] as const] : [])),
);

function isActive(c: Cooperation, asOf: string | undefined): boolean {
  if (asOf === undefined) return true;
  return (c.from === null || c.from <= asOf) && (c.until === null || c.until >= asOf);
}

/** The period's property names come from graph-schema, as in the stores' date filter (`activeOn`). */
const COOPERATION_PERIOD = RELATIONSHIP_PERIODS.COOPERATES_WITH;

function relOf(rel: GraphRelationship): Cooperation {
  const p = rel.properties;
  const s = (k: string | null): string | null =>
    k !== null && typeof p[k] === 'string' ? (p[k] as string) : null;
  return {
    id: rel.id,
    a: rel.from,
    b: rel.to,
    kind: s('kind'),
    from: s(COOPERATION_PERIOD.begin),
    until: s(COOPERATION_PERIOD.end),
  };
}

export function buildSnapshot(subgraph: Subgraph, options: SnapshotOptions = {}): Snapshot {
  const nodes = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const byType = new Map<RelationshipType, GraphRelationship[]>();
  for (const rel of subgraph.relationships) {
    if (!isRelationshipType(rel.type) || !nodes.has(rel.from) || !nodes.has(rel.to)) continue;
    if (rel.from === rel.to) continue;
    const list = byType.get(rel.type);
    if (list) list.push(rel);
    else byType.set(rel.type, [rel]);
  }
  const rels = (t: RelationshipType): readonly GraphRelationship[] => byType.get(t) ?? [];

  const actorIds: string[] = [];
  const institutionIds: string[] = [];
  const sectorOf = new Map<string, Sector>();
  for (const node of subgraph.nodes) {
    if (node.label === 'Person') actorIds.push(node.id);
    if (node.label !== 'Institution') continue;
    actorIds.push(node.id);
    institutionIds.push(node.id);
    const sector = str(node, 'sector');
    if (sector !== null) sectorOf.set(node.id, sector as Sector);
  }
  actorIds.sort();
  institutionIds.sort();

  const parentOf = new Map<string, string>();
  for (const node of subgraph.nodes) {
    if (node.label !== 'Topic') continue;
    const key = str(node, 'key');
    const parent =
      TREE_PARENT.get(key === null ? node.id : topicId(key)) ?? TREE_PARENT.get(node.id);
    if (parent !== undefined) parentOf.set(node.id, parent);
  }
  // PART_OF edges of the snapshot win over the reference tree (regions and topics alike).
  for (const rel of rels('PART_OF')) parentOf.set(rel.from, rel.to);

  const topicsOf = new Map<string, string[]>();
  for (const rel of rels('WORKS_ON')) {
    const list = topicsOf.get(rel.from);
    if (list) list.push(rel.to);
    else topicsOf.set(rel.from, [rel.to]);
  }
  const themesOf = new Map<string, string[]>();
  for (const [id, list] of topicsOf) {
    list.sort();
    themesOf.set(id, expandTopics(list, parentOf));
  }

  const regionOf = new Map<string, string>();
  for (const rel of rels('LOCATED_IN')) {
    if (nodes.get(rel.to)?.label === 'Region' && !regionOf.has(rel.from))
      regionOf.set(rel.from, rel.to);
  }

  const cooperations = rels('COOPERATES_WITH').map(relOf);
  const activeCooperations = cooperations.filter((c) => isActive(c, options.asOf));
  return {
    nodes,
    actorIds,
    institutionIds,
    sectorOf,
    topicsOf,
    themesOf,
    regionOf,
    parentOf,
    byType,
    cooperations,
    activeCooperations,
  };
}

/** Topic ids plus every ancestor (sub-topic → key theme), sorted and unique. */
export function expandTopics(
  topicIds: readonly string[],
  parentOf: ReadonlyMap<string, string>,
): string[] {
  const out = new Set<string>();
  for (const start of topicIds) {
    let current: string | undefined = start;
    // The guard bounds malformed (cyclic) hierarchies.
    for (let depth = 0; current !== undefined && depth < 8 && !out.has(current); depth++) {
      out.add(current);
      current = parentOf.get(current);
    }
  }
  return [...out].sort();
}

/** The node's own location, else the location of the region it is LOCATED_IN (a municipality centroid). */
export function locationOf(snapshot: Snapshot, id: string): GeoPoint | null {
  const own = snapshot.nodes.get(id)?.properties['location'];
  if (isPoint(own)) return own;
  const region = snapshot.regionOf.get(id);
  const fallback =
    region === undefined ? undefined : snapshot.nodes.get(region)?.properties['location'];
  return isPoint(fallback) ? fallback : null;
}

/** The region and all its ancestors (municipality → district → state). */
export function regionChain(snapshot: Snapshot, regionId: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = regionId;
  while (current !== undefined && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    current = snapshot.parentOf.get(current);
  }
  return chain;
}

/** Display name of a node of the snapshot (falls back to the id). */
export function nameOf(snapshot: NodeIndex, id: string): string {
  return str(snapshot.nodes.get(id), 'name') ?? id;
}
