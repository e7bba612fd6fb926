/**
 * Neighbourhood and subgraph: bounded traversals, each in one read transaction so that all levels see one
 * consistent state. Levels are expanded one statement per hop; that keeps "nearer hops first, ties by id" and
 * the limit exact (a variable-length pattern would enumerate paths, not nodes).
 */
import { ACTOR_LABELS } from '@nzr/graph-schema';
import type {
  GraphNode,
  GraphRelationship,
  NeighbourhoodQuery,
  ScopedSubgraph,
  Subgraph,
  SubgraphQuery,
} from '../port.js';
import { relationshipKey } from '../shared/change-plan.js';
import {
  GET_NODES,
  NEIGHBOURHOOD_START,
  NEIGHBOURHOOD_STEP,
  NEIGHBOURHOOD_STEP_ACTIVE_ON,
  RELATIONSHIPS_AMONG,
  RELATIONSHIPS_AMONG_ACTIVE_ON,
  SUBGRAPH_ATTACHED,
  subgraphCore,
} from './cypher/read-statements.js';
import type { ScopeKind } from './cypher/read-statements.js';
import type { Tx } from './driver.js';
import { filterParams, int } from './params.js';
import { nodeField, relationshipField } from './records.js';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Relationships sorted by type and id, so that both stores list them the same way. */
function sortRelationships(list: GraphRelationship[]): GraphRelationship[] {
  return list.sort((a, b) => (a.type === b.type ? byId(a, b) : a.type < b.type ? -1 : 1));
}

/** With `activeOn`, only relationships in force on that day. */
async function relationshipsAmong(
  tx: Tx,
  ids: readonly string[],
  types: readonly string[] | null,
  activeOn?: string,
): Promise<GraphRelationship[]> {
  if (ids.length === 0) return [];
  const records =
    activeOn === undefined
      ? await tx.run(RELATIONSHIPS_AMONG, { ids: [...ids], types })
      : await tx.run(RELATIONSHIPS_AMONG_ACTIVE_ON, { ids: [...ids], types, activeOn });
  return records.map((r) => relationshipField(r.get('r'), r.get('from'), r.get('to')));
}

export async function neighbourhood(tx: Tx, query: NeighbourhoodQuery): Promise<Subgraph> {
  const types = query.relationshipTypes ? [...query.relationshipTypes] : null;
  const visibilities = query.filter?.visibilities ? [...query.filter.visibilities] : null;
  const startRecords = await tx.run(NEIGHBOURHOOD_START, {
    ids: [...query.ids],
    visibilities,
    limit: int(query.limit + 1),
  });
  const nodes: GraphNode[] = startRecords.slice(0, query.limit).map((r) => nodeField(r.get('n')));
  let truncated = startRecords.length > query.limit;
  const seen = new Set(nodes.map((n) => n.id));
  let frontier = nodes.map((n) => n.id);
  const filter = filterParams(query.filter);
  const { activeOn } = query;
  // With a date, the step follows only relationships in force that day (see cypher/active-on.ts).
  const step = activeOn === undefined ? NEIGHBOURHOOD_STEP : NEIGHBOURHOOD_STEP_ACTIVE_ON;
  for (let level = 1; level <= query.depth && !truncated && frontier.length > 0; level++) {
    // Even with nothing remaining the level is asked for one node: if one exists, the limit cut it off.
    const remaining = query.limit - nodes.length;
    const records = await tx.run(step, {
      ...filter,
      frontier,
      seen: [...seen],
      types,
      limit: int(remaining + 1),
      ...(activeOn === undefined ? {} : { activeOn }),
    });
    const found = records.map((r) => nodeField(r.get('n')));
    if (found.length > remaining) {
      found.length = remaining;
      truncated = true;
    }
    for (const node of found) nodes.push(node);
    found.forEach((n) => seen.add(n.id));
    frontier = found.map((n) => n.id);
  }
  const relationships = await relationshipsAmong(tx, [...seen], types, activeOn);
  return { nodes, relationships: sortRelationships(relationships), truncated };
}

function scopeOf(query: SubgraphQuery): { kind: ScopeKind; id: string } {
  const scope = query.scope;
  if ('regionId' in scope) return { kind: 'regionId', id: scope.regionId };
  if ('topicId' in scope) return { kind: 'topicId', id: scope.topicId };
  return { kind: 'networkId', id: scope.networkId };
}

export async function subgraph(tx: Tx, query: SubgraphQuery): Promise<ScopedSubgraph> {
  const { kind, id } = scopeOf(query);
  // The scope's own node, in the same transaction: callers need no lookup of their own before this one.
  const [scopeRecord] = await tx.run(GET_NODES, { ids: [id] });
  const scopeNode = scopeRecord ? nodeField(scopeRecord.get('n')) : null;
  const types = query.relationshipTypes ? [...query.relationshipTypes] : null;
  const visibilities = query.visibilities ? [...query.visibilities] : null;
  const coreRecords = await tx.run(subgraphCore(kind), {
    scopeId: id,
    labels: [...(query.labels ?? ACTOR_LABELS)],
    visibilities,
    limit: int(query.limit + 1),
  });
  const truncated = coreRecords.length > query.limit;
  const core = coreRecords.slice(0, query.limit).map((r) => nodeField(r.get('n')));
  const coreIds = core.map((n) => n.id);
  const relationships = await relationshipsAmong(tx, coreIds, types);
  const attached = new Map<string, GraphNode>();
  const attachedRelationships: GraphRelationship[] = [];
  if (query.attachLabels && query.attachLabels.length > 0 && coreIds.length > 0) {
    const records = await tx.run(SUBGRAPH_ATTACHED, {
      ids: coreIds,
      attachLabels: [...query.attachLabels],
      types,
      visibilities,
    });
    const links = new Map<string, GraphRelationship>();
    for (const record of records) {
      const node = nodeField(record.get('n'));
      attached.set(node.id, node);
      const rel = relationshipField(record.get('r'), record.get('from'), record.get('to'));
      links.set(relationshipKey(rel), rel);
    }
    // A loop, not push(...): a whole-state subgraph attaches hundreds of thousands of relationships, more
    // arguments than the call stack holds (RangeError at 100k actors, found by the bench).
    for (const rel of sortRelationships([...links.values()])) attachedRelationships.push(rel);
  }
  // Like the embedded store: core nodes by id, then attached nodes by id; core relationships by type and id,
  // then the attaching ones by type and id.
  return {
    nodes: [...core, ...[...attached.values()].sort(byId)],
    relationships: [...sortRelationships(relationships), ...attachedRelationships],
    truncated,
    scopeNode,
  };
}
