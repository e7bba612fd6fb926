/**
 * The in-memory graph with its indexes. It changes only through `apply(ops)`: the primitive operations that a
 * committed write produced and that the journal records, so live writes and replay after a restart run the
 * same code and cannot drift apart. Stored objects are frozen and handed out without copying.
 */
import type { GeoPoint, NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type {
  Account,
  AuditEntry,
  GraphNode,
  GraphRelationship,
  Introduction,
  TieProposal,
  Proposal,
} from '../port.js';
import { relationshipKey } from '../shared/change-plan.js';
import { NeighbourIndex } from './neighbour-index.js';
import { SpatialIndex } from './spatial-index.js';
import { SystemState } from './system-state.js';
import { TextIndex } from './text-index.js';

/** One primitive, idempotent change; a journal record holds the ops of one transaction. */
export type Op =
  | { readonly op: 'putNode'; readonly node: GraphNode }
  | { readonly op: 'delNode'; readonly id: string }
  | { readonly op: 'putRel'; readonly rel: GraphRelationship }
  | { readonly op: 'delRel'; readonly type: RelationshipType; readonly id: string }
  | { readonly op: 'putAccount'; readonly account: Account }
  | { readonly op: 'delAccount'; readonly id: string }
  | { readonly op: 'audit'; readonly entry: AuditEntry }
  | { readonly op: 'putIntroduction'; readonly introduction: Introduction }
  | { readonly op: 'putTieProposal'; readonly tieProposal: TieProposal }
  | { readonly op: 'putProposal'; readonly proposal: Proposal }
  /** Clears the graph; with `system` the accounts and the audit trail too. */
  | { readonly op: 'clear'; readonly system?: boolean };

const SYSTEM_OPS: ReadonlySet<Op['op']> = new Set([
  'putAccount',
  'delAccount',
  'audit',
  'putIntroduction',
  'putTieProposal',
  'putProposal',
]);

const NO_RELATIONSHIPS: ReadonlySet<GraphRelationship> = new Set();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function locationOf(node: GraphNode): GeoPoint | undefined {
  const location = node.properties.location;
  return typeof location === 'object' && !Array.isArray(location) ? location : undefined;
}

export class GraphState {
  readonly nodes = new Map<string, GraphNode>();
  /** Keyed by relationshipKey (type:id): relationship ids are unique per type. */
  readonly relationships = new Map<string, GraphRelationship>();
  readonly text = new TextIndex();
  readonly space = new SpatialIndex();
  /** Accounts and the audit trail: beside the graph, never part of it. */
  readonly system = new SystemState();
  /** Grows with every applied batch; lets query caches notice that the graph changed. */
  revision = 0;
  private readonly adjacency = new Map<string, Set<GraphRelationship>>();
  /** The same relationships per node, ordered by the other end's id (for bounded traversals). */
  readonly neighbours = new NeighbourIndex((id) => this.relationshipsOf(id));
  private readonly byLabel = new Map<NodeLabel, Set<string>>();
  private readonly relationshipCounts = new Map<RelationshipType, number>();

  relationshipsOf(id: string): ReadonlySet<GraphRelationship> {
    return this.adjacency.get(id) ?? NO_RELATIONSHIPS;
  }

  idsWithLabel(label: NodeLabel): ReadonlySet<string> {
    return this.byLabel.get(label) ?? new Set();
  }

  countRelationships(type: RelationshipType): number {
    return this.relationshipCounts.get(type) ?? 0;
  }

  apply(ops: readonly Op[]): void {
    // Query caches depend on the graph only; system records leave the revision alone.
    if (ops.some((op) => !SYSTEM_OPS.has(op.op))) this.revision++;
    for (const op of ops) {
      switch (op.op) {
        case 'putNode':
          this.putNode(deepFreeze(op.node));
          break;
        case 'delNode':
          this.deleteNode(op.id);
          break;
        case 'putRel':
          this.putRelationship(deepFreeze(op.rel));
          break;
        case 'delRel':
          this.deleteRelationship(relationshipKey(op));
          break;
        case 'putAccount':
          this.system.putAccount(op.account);
          break;
        case 'delAccount':
          this.system.deleteAccount(op.id);
          break;
        case 'audit':
          this.system.addAudit(op.entry);
          break;
        case 'putIntroduction':
          this.system.putIntroduction(op.introduction);
          break;
        case 'putTieProposal':
          this.system.putTieProposal(op.tieProposal);
          break;
        case 'putProposal':
          this.system.putProposal(op.proposal);
          break;
        case 'clear':
          this.clear();
          // Introductions name actors of the graph: they go with it (as Neo4j's clear statement does).
          this.system.introductions.clear();
          this.system.tieProposals.clear();
          // Proposals name targets and created entries of the graph: they go with it too.
          this.system.proposals.clear();
          if (op.system === true) this.system.clear();
          break;
      }
    }
  }

  /** Bulk load into an empty state (opening a snapshot); builds the text and spatial indexes in one go. */
  load(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]): void {
    this.revision++;
    const located: { node: GraphNode; point: GeoPoint }[] = [];
    for (const node of nodes) {
      deepFreeze(node);
      this.nodes.set(node.id, node);
      this.labelSet(node.label).add(node.id);
      const point = locationOf(node);
      if (point) located.push({ node, point });
    }
    this.text.addAll(nodes);
    this.space.load(located);
    for (const rel of relationships) this.putRelationship(deepFreeze(rel));
  }

  private labelSet(label: NodeLabel): Set<string> {
    let set = this.byLabel.get(label);
    if (!set) this.byLabel.set(label, (set = new Set()));
    return set;
  }

  private putNode(node: GraphNode): void {
    const before = this.nodes.get(node.id);
    if (before) {
      this.text.remove(before);
      this.byLabel.get(before.label)?.delete(before.id);
    }
    this.nodes.set(node.id, node);
    this.labelSet(node.label).add(node.id);
    this.text.add(node);
    this.space.set(node, locationOf(node));
  }

  private deleteNode(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const rel of [...this.relationshipsOf(id)]) {
      this.deleteRelationship(relationshipKey(rel));
    }
    this.adjacency.delete(id);
    this.text.remove(node);
    this.space.remove(id);
    this.byLabel.get(node.label)?.delete(id);
    this.nodes.delete(id);
  }

  private putRelationship(rel: GraphRelationship): void {
    const key = relationshipKey(rel);
    this.deleteRelationship(key);
    this.relationships.set(key, rel);
    for (const end of [rel.from, rel.to]) {
      let set = this.adjacency.get(end);
      if (!set) this.adjacency.set(end, (set = new Set()));
      set.add(rel);
    }
    this.neighbours.added(rel);
    this.relationshipCounts.set(rel.type, this.countRelationships(rel.type) + 1);
  }

  private deleteRelationship(key: string): void {
    const rel = this.relationships.get(key);
    if (!rel) return;
    this.relationships.delete(key);
    this.adjacency.get(rel.from)?.delete(rel);
    this.adjacency.get(rel.to)?.delete(rel);
    this.neighbours.removed(rel);
    this.relationshipCounts.set(rel.type, this.countRelationships(rel.type) - 1);
  }

  private clear(): void {
    this.nodes.clear();
    this.relationships.clear();
    this.adjacency.clear();
    this.neighbours.clear();
    this.byLabel.clear();
    this.relationshipCounts.clear();
    this.text.clear();
    this.space.clear();
  }
}
