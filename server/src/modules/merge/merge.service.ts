/**
 * Merging two entries that are one (coordinators and admins): checks at the edge, then one atomic
 * applyChanges (merge.plan.ts) with both versions the coordinator saw and one audit entry, action
 * `node.merge`, whose items name both ids. Reads go through the store unfiltered: a coordinator may see every
 * person, and every relationship must move, also those of hidden persons.
 */
import { ACTOR_LABELS, propertySpecsOf, validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { requireRole } from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphRelationship, GraphStore } from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import { newRelationshipId } from '../write/write.changes.js';
import type { MergeNodesInput } from './merge.input.js';
import { planMerge } from './merge.plan.js';
import type { MergeResultView } from './merge.type.js';

function checkInput(input: MergeNodesInput): void {
  const issues: ValidationIssue[] = [
    ...validateId(input.keepId, 'keepId'),
    ...validateId(input.removeId, 'removeId'),
  ];
  for (const key of ['keepVersion', 'removeVersion'] as const) {
    if (!(Number.isInteger(input[key]) && input[key] >= 1))
      issues.push({ path: key, message: 'must be a positive integer' });
  }
  if (input.keepId === input.removeId)
    issues.push({ path: 'removeId', message: 'must differ from keepId' });
  if (input.takeProperties.length > 50)
    issues.push({ path: 'takeProperties', message: 'must list at most 50 names' });
  if (issues.length > 0) throw validationError(issues);
}

export class MergeService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  async merge(input: MergeNodesInput): Promise<MergeResultView> {
    requireRole(this.nodes.viewer, 'coordinator');
    checkInput(input);
    const [keep, remove] = await this.both(input.keepId, input.removeId);
    const issues: ValidationIssue[] = [];
    if (!(ACTOR_LABELS as readonly string[]).includes(keep.label))
      issues.push({ path: 'keepId', message: 'must be a person or an institution' });
    if (keep.label !== remove.label)
      issues.push({ path: 'removeId', message: `must be a ${keep.label} like keepId` });
    const specs = propertySpecsOf(keep.label);
    for (const name of input.takeProperties) {
      if (!(name in specs) || !(name in remove.properties))
        issues.push({ path: 'takeProperties', message: `"${name}" is not a property of removeId` });
    }
    if (issues.length > 0) throw validationError(issues);
    // Checked here for a clear message; the store checks both versions again inside the transaction.
    for (const [node, version] of [
      [keep, input.keepVersion],
      [remove, input.removeVersion],
    ] as const) {
      if (node.version !== version)
        throw new StoreError(
          'CONFLICT',
          `${node.id} is at version ${node.version}, not ${version}`,
        );
    }
    const plan = planMerge({
      keep,
      remove,
      keepRelationships: await this.relationshipsOf(keep.id),
      removeRelationships: await this.relationshipsOf(remove.id),
      takeProperties: input.takeProperties,
      newRelationshipId,
    });
    const result = await this.store.applyChanges(plan.changes, {
      actorId: this.nodes.viewer.accountId,
      action: 'node.merge',
      // Ids only (no values): the admin's log shows at a glance which entry went into which.
      note: `${remove.id} → ${keep.id}`,
    });
    this.nodes.refresh(result.nodes, result.deletedNodeIds);
    const kept = result.nodes.find((node) => node.id === keep.id);
    if (!kept) throw new StoreError('NOT_FOUND', 'the kept entry was not written');
    return {
      node: this.nodes.toView(kept),
      removedId: remove.id,
      movedRelationships: plan.moved,
      skippedRelationships: plan.skipped,
      takenProperties: plan.takenProperties,
    };
  }

  private async both(keepId: string, removeId: string): Promise<[GraphNode, GraphNode]> {
    const found = await this.store.getNodes([keepId, removeId]);
    const byId = new Map(found.filter((n) => this.nodes.isVisible(n)).map((n) => [n.id, n]));
    const keep = byId.get(keepId);
    const remove = byId.get(removeId);
    if (!keep) throw new StoreError('NOT_FOUND', `No entry with id "${keepId}" (keepId).`);
    if (!remove) throw new StoreError('NOT_FOUND', `No entry with id "${removeId}" (removeId).`);
    return [keep, remove];
  }

  /** Every relationship of the node (all types, both directions); refused when there are too many. */
  private async relationshipsOf(id: string): Promise<GraphRelationship[]> {
    const around = await this.store.neighbourhood({ ids: [id], depth: 1, limit: LIMITS.MAX_LIMIT });
    if (around.truncated)
      throw validationError([
        {
          path: 'removeId',
          message: `has more than ${LIMITS.MAX_LIMIT} neighbours to merge at once`,
        },
      ]);
    return around.relationships.filter((rel) => rel.from === id || rel.to === id);
  }
}
