/**
 * The changes of one applyChanges call laid over the unchanged state: reads see the transaction's own writes,
 * and at the end the overlay yields the primitive ops and the ChangeResult. Deleting a node deletes its
 * relationships, including ones created earlier in the same transaction.
 */
import type {
  Change,
  ChangeResult,
  GraphNode,
  GraphRelationship,
  RelationshipRef,
} from '../port.js';
import { relationshipKey } from '../shared/change-plan.js';
import type { GraphState, Op } from './graph-state.js';

export class TxOverlay {
  /** null marks a deletion. */
  private readonly nodes = new Map<string, GraphNode | null>();
  private readonly rels = new Map<string, GraphRelationship | null>();
  /** Relationship keys created in this transaction, per endpoint. */
  private readonly created = new Map<string, Set<string>>();
  private readonly deletedNodes: string[] = [];
  private readonly deletedRels: string[] = [];
  /** Per deleted node id, the relationships its deletion removed (for the audit items). */
  readonly cascaded = new Map<string, RelationshipRef[]>();

  constructor(private readonly state: GraphState) {}

  node(id: string): GraphNode | undefined {
    const own = this.nodes.get(id);
    return own === undefined ? this.state.nodes.get(id) : (own ?? undefined);
  }

  relationship(key: string): GraphRelationship | undefined {
    const own = this.rels.get(key);
    return own === undefined ? this.state.relationships.get(key) : (own ?? undefined);
  }

  putNode(node: GraphNode): void {
    this.nodes.set(node.id, node);
  }

  putRelationship(rel: GraphRelationship): void {
    const key = relationshipKey(rel);
    this.rels.set(key, rel);
    for (const end of [rel.from, rel.to]) {
      let keys = this.created.get(end);
      if (!keys) this.created.set(end, (keys = new Set()));
      keys.add(key);
    }
  }

  deleteRelationship(key: string): void {
    this.rels.set(key, null);
    this.deletedRels.push(key);
  }

  deleteNode(id: string): void {
    const keys = new Set([...this.state.relationshipsOf(id)].map(relationshipKey));
    for (const key of this.created.get(id) ?? []) keys.add(key);
    const removed = this.cascaded.get(id) ?? [];
    for (const key of keys) {
      const rel = this.relationship(key);
      if (!rel) continue;
      this.deleteRelationship(key);
      removed.push({ type: rel.type, id: rel.id });
    }
    this.cascaded.set(id, removed);
    this.nodes.set(id, null);
    this.deletedNodes.push(id);
  }

  /** Deletions first, then puts, so that re-created ids and new relationships find their endpoints. */
  ops(): Op[] {
    const ops: Op[] = [];
    for (const [key, rel] of this.rels) {
      const before = this.state.relationships.get(key);
      if (rel === null && before) ops.push({ op: 'delRel', type: before.type, id: before.id });
    }
    for (const [id, node] of this.nodes) {
      if (node === null && this.state.nodes.has(id)) ops.push({ op: 'delNode', id });
    }
    for (const node of this.nodes.values()) if (node) ops.push({ op: 'putNode', node });
    for (const rel of this.rels.values()) if (rel) ops.push({ op: 'putRel', rel });
    return ops;
  }

  result(changes: readonly Change[]): ChangeResult {
    const nodeIds = new Set<string>();
    const relKeys = new Set<string>();
    for (const change of changes) {
      if (change.op === 'createNode' || change.op === 'updateNode' || change.op === 'deleteNode') {
        nodeIds.add(change.id);
      } else relKeys.add(relationshipKey(change));
    }
    const nodes = [...nodeIds].flatMap((id) => this.nodes.get(id) ?? []);
    const relationships = [...relKeys].flatMap((key) => this.rels.get(key) ?? []);
    const deletedNodeIds = [...new Set(this.deletedNodes)].filter((id) => !this.nodes.get(id));
    const deletedRelationshipIds = [...new Set(this.deletedRels)]
      .filter((key) => !this.rels.get(key))
      .map((key) => key.slice(key.indexOf(':') + 1));
    return { nodes, relationships, deletedNodeIds, deletedRelationshipIds };
  }
}
