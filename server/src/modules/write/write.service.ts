/**
 * Edits of the network by coordinators: every write checks the role, is validated at the edge
 * (write.changes.ts), goes to the store as one atomic applyChanges with its audit entry, and updates of
 * existing data require the version they are based on (optimistic concurrency: stale → CONFLICT).
 */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { AuditInput } from '../../store/port.js';
import type { Change, GraphStore } from '../../store/port.js';
import { requireRole } from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import { toEdge } from '../neighbourhood/neighbourhood.service.js';
import type { GraphEdge } from '../neighbourhood/neighbourhood.type.js';
import type { NodeService } from '../node/node.service.js';
import type { GraphNode } from '../node/node.type.js';
import { ChangeOp } from './write.input.js';
import type { ChangeInput } from './write.input.js';
import { toChange, toChanges } from './write.changes.js';
import type { ChangeResultView } from './write.type.js';

const ACTIONS: Record<ChangeOp, string> = {
  createNode: 'node.create',
  updateNode: 'node.update',
  deleteNode: 'node.delete',
  createRelationship: 'relationship.create',
  updateRelationship: 'relationship.update',
  deleteRelationship: 'relationship.delete',
};

type Properties = Record<string, unknown>;

export class WriteService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  async createNode(
    label: NodeLabel,
    properties: Properties,
    id?: string | null,
  ): Promise<GraphNode> {
    const result = await this.one({ op: ChangeOp.createNode, label, properties, id });
    return this.onlyNode(result);
  }

  async updateNode(
    id: string,
    properties: Properties,
    expectedVersion: number,
  ): Promise<GraphNode> {
    const result = await this.one({ op: ChangeOp.updateNode, id, properties, expectedVersion });
    return this.onlyNode(result);
  }

  async deleteNode(id: string, expectedVersion?: number | null): Promise<ChangeResultView> {
    return this.one({ op: ChangeOp.deleteNode, id, expectedVersion });
  }

  async createRelationship(
    type: RelationshipType,
    from: string,
    to: string,
    properties: Properties,
    id?: string | null,
  ): Promise<GraphEdge> {
    const result = await this.one({
      op: ChangeOp.createRelationship,
      type,
      from,
      to,
      properties,
      id,
    });
    return this.onlyEdge(result);
  }

  async updateRelationship(
    type: RelationshipType,
    id: string,
    properties: Properties,
    expectedVersion: number,
  ): Promise<GraphEdge> {
    const result = await this.one({
      op: ChangeOp.updateRelationship,
      type,
      id,
      properties,
      expectedVersion,
    });
    return this.onlyEdge(result);
  }

  async deleteRelationship(
    type: RelationshipType,
    id: string,
    expectedVersion?: number | null,
  ): Promise<ChangeResultView> {
    return this.one({ op: ChangeOp.deleteRelationship, type, id, expectedVersion });
  }

  /** Several changes, all or nothing, with one audit entry. */
  async applyChanges(
    inputs: readonly ChangeInput[],
    note?: string | null,
  ): Promise<ChangeResultView> {
    requireRole(this.nodes.viewer, 'coordinator');
    const changes = await toChanges(inputs, (id) => this.labelOf(id));
    return this.apply(changes, {
      actorId: this.nodes.viewer.accountId,
      action: 'changes.apply',
      ...(note ? { note } : {}),
    });
  }

  /** Deletes a node with every relationship, for erasure: the audit entry names only ids. */
  async erase(id: string, action: string): Promise<ChangeResultView> {
    requireRole(this.nodes.viewer, 'admin');
    return this.apply([{ op: 'deleteNode', id }], { actorId: this.nodes.viewer.accountId, action });
  }

  /** A person erasing their own entry (the caller checked that the account acts for it). */
  async eraseOwn(id: string): Promise<ChangeResultView> {
    requireRole(this.nodes.viewer, 'member');
    return this.apply([{ op: 'deleteNode', id }], {
      actorId: this.nodes.viewer.accountId,
      action: 'person.erase.self',
    });
  }

  private async one(input: ChangeInput): Promise<ChangeResultView> {
    requireRole(this.nodes.viewer, 'coordinator');
    const { change, issues } = await toChange(input, (id) => this.labelOf(id));
    if (!change) throw validationError(issues);
    return this.apply([change], {
      actorId: this.nodes.viewer.accountId,
      action: ACTIONS[input.op],
    });
  }

  private async apply(changes: Change[], audit: AuditInput): Promise<ChangeResultView> {
    const result = await this.store.applyChanges(changes, audit);
    this.nodes.refresh(result.nodes, result.deletedNodeIds);
    return {
      nodes: result.nodes.map((node) => this.nodes.toView(node)),
      edges: result.relationships.map(toEdge),
      deletedNodeIds: result.deletedNodeIds,
      deletedRelationshipIds: result.deletedRelationshipIds,
    };
  }

  private async labelOf(id: string): Promise<NodeLabel | null> {
    return (await this.nodes.visibleStored(id))?.label ?? null;
  }

  private onlyNode(result: ChangeResultView): GraphNode {
    const node = result.nodes[0];
    if (!node) throw new StoreError('NOT_FOUND', 'the node was not written');
    return node;
  }

  private onlyEdge(result: ChangeResultView): GraphEdge {
    const edge = result.edges[0];
    if (!edge) throw new StoreError('NOT_FOUND', 'the relationship was not written');
    return edge;
  }
}
