/**
 * Checks of an atomic write, shared by both stores so that they accept and reject exactly the same changes.
 * First the static checks (labels, types, ids, properties), then a simulation of the changes in order against
 * the state of every node and relationship they refer to, read by the store inside its transaction.
 */
import {
  allowsEndpoints,
  validateId,
  validateNodeInput,
  validateRelationshipInput,
} from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType, ValidationIssue } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type { Change, RelationshipRef, UpsertBatch } from '../port.js';

export interface ExistingNode {
  readonly label: NodeLabel;
  readonly version: number;
  /** Names of the stored properties, when the store read them (upsert audit items name removed ones). */
  readonly propertyNames?: readonly string[];
}
export interface ExistingRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly version: number;
  readonly propertyNames?: readonly string[];
}
/** What the store found for the referenced ids; relationships keyed by `relationshipKey`. */
export interface ExistingState {
  readonly nodes: ReadonlyMap<string, ExistingNode>;
  readonly relationships: ReadonlyMap<string, ExistingRelationship>;
}

export function relationshipKey(ref: RelationshipRef): string {
  return `${ref.type}:${ref.id}`;
}

/** Static checks of every change; throws VALIDATION listing all problems. */
export function checkChangesStatically(changes: readonly Change[]): void {
  if (!Array.isArray(changes) || changes.length === 0 || changes.length > LIMITS.MAX_CHANGES) {
    throw validationError([
      { path: 'changes', message: `must hold 1 to ${LIMITS.MAX_CHANGES} changes` },
    ]);
  }
  const issues: ValidationIssue[] = [];
  changes.forEach((change, index) => {
    const at = (list: ValidationIssue[]): ValidationIssue[] =>
      list.map((issue) => ({ path: `changes[${index}].${issue.path}`, message: issue.message }));
    issues.push(...at(validateId(change.id)));
    if (
      change.expectedVersion !== undefined &&
      !(Number.isInteger(change.expectedVersion) && change.expectedVersion >= 1)
    ) {
      issues.push({
        path: `changes[${index}].expectedVersion`,
        message: 'must be a positive integer',
      });
    }
    switch (change.op) {
      case 'createNode':
        issues.push(...at(validateNodeInput(change.label, change.properties, 'create')));
        break;
      case 'updateNode':
        // The label is only known once the node is read; properties are checked then (checkAgainstState).
        if (typeof change.properties !== 'object' || change.properties === null) {
          issues.push(...at([{ path: 'properties', message: 'must be an object' }]));
        }
        break;
      case 'createRelationship':
        issues.push(...at(validateRelationshipInput(change.type, change.properties, 'create')));
        issues.push(...at(validateId(change.from, 'from')), ...at(validateId(change.to, 'to')));
        if (change.from === change.to)
          issues.push(...at([{ path: 'to', message: 'must differ from from' }]));
        break;
      case 'updateRelationship':
        issues.push(...at(validateRelationshipInput(change.type, change.properties, 'update')));
        break;
      case 'deleteRelationship':
        issues.push(...at(validateRelationshipInput(change.type, {}, 'update')));
        break;
      case 'deleteNode':
        break;
      default:
        issues.push({ path: `changes[${index}].op`, message: 'is not a known operation' });
    }
  });
  if (issues.length > 0) throw validationError(issues);
}

/** Node ids and relationship refs the store must read before checkChangesAgainstState. */
export function referencesOf(changes: readonly Change[]): {
  nodeIds: string[];
  relationships: RelationshipRef[];
} {
  const nodeIds = new Set<string>();
  const relationships = new Map<string, RelationshipRef>();
  for (const change of changes) {
    if (change.op === 'createNode' || change.op === 'updateNode' || change.op === 'deleteNode') {
      nodeIds.add(change.id);
    } else {
      relationships.set(relationshipKey(change), { type: change.type, id: change.id });
      if (change.op === 'createRelationship') nodeIds.add(change.from).add(change.to);
    }
  }
  return { nodeIds: [...nodeIds], relationships: [...relationships.values()] };
}

function versionCheck(
  kind: string,
  id: string,
  expected: number | undefined,
  actual: number,
): void {
  if (expected !== undefined && expected !== actual) {
    throw new StoreError(
      'CONFLICT',
      `${kind} ${id} was changed by someone else (version ${actual}, expected ${expected}); reload and try again`,
    );
  }
}

/**
 * Simulates the changes in order against the existing state and throws the first problem:
 * DUPLICATE_ID, NOT_FOUND, CONFLICT (stale expectedVersion) or VALIDATION (properties, endpoint labels).
 */
export function checkChangesAgainstState(
  changes: readonly Change[],
  existing: ExistingState,
): void {
  const nodes = new Map(existing.nodes);
  const relationships = new Map(existing.relationships);
  const needNode = (id: string, what: string): ExistingNode => {
    const node = nodes.get(id);
    if (!node) throw new StoreError('NOT_FOUND', `${what} ${id} does not exist`);
    return node;
  };
  changes.forEach((change, index) => {
    switch (change.op) {
      case 'createNode':
        if (nodes.has(change.id))
          throw new StoreError('DUPLICATE_ID', `a node with id ${change.id} already exists`);
        nodes.set(change.id, { label: change.label, version: 1 });
        break;
      case 'updateNode': {
        const node = needNode(change.id, 'node');
        versionCheck('node', change.id, change.expectedVersion, node.version);
        const issues = validateNodeInput(node.label, change.properties, 'update');
        if (issues.length > 0)
          throw validationError(issues.map((i) => ({ ...i, path: `changes[${index}].${i.path}` })));
        nodes.set(change.id, { ...node, version: node.version + 1 });
        break;
      }
      case 'deleteNode': {
        const node = needNode(change.id, 'node');
        versionCheck('node', change.id, change.expectedVersion, node.version);
        nodes.delete(change.id);
        for (const [key, rel] of relationships) {
          if (rel.from === change.id || rel.to === change.id) relationships.delete(key);
        }
        break;
      }
      case 'createRelationship': {
        const key = relationshipKey(change);
        if (relationships.has(key))
          throw new StoreError(
            'DUPLICATE_ID',
            `a ${change.type} relationship with id ${change.id} already exists`,
          );
        const from = needNode(change.from, 'start node');
        const to = needNode(change.to, 'end node');
        if (!allowsEndpoints(change.type, from.label, to.label)) {
          throw validationError([
            {
              path: `changes[${index}].type`,
              message: `${change.type} cannot connect ${from.label} to ${to.label}`,
            },
          ]);
        }
        relationships.set(key, { type: change.type, from: change.from, to: change.to, version: 1 });
        break;
      }
      case 'updateRelationship':
      case 'deleteRelationship': {
        const key = relationshipKey(change);
        const rel = relationships.get(key);
        if (!rel)
          throw new StoreError(
            'NOT_FOUND',
            `${change.type} relationship ${change.id} does not exist`,
          );
        versionCheck('relationship', change.id, change.expectedVersion, rel.version);
        if (change.op === 'deleteRelationship') relationships.delete(key);
        else relationships.set(key, { ...rel, version: rel.version + 1 });
        break;
      }
    }
  });
}

/** Static checks of an upsert batch: complete, valid properties; no id twice; endpoint ids well-formed. */
export function checkUpsertStatically(batch: UpsertBatch): void {
  const total = (batch.nodes?.length ?? 0) + (batch.relationships?.length ?? 0);
  if (
    !Array.isArray(batch.nodes) ||
    !Array.isArray(batch.relationships) ||
    total > LIMITS.MAX_UPSERT_ITEMS
  ) {
    throw validationError([
      {
        path: 'batch',
        message: `must hold node and relationship lists with at most ${LIMITS.MAX_UPSERT_ITEMS} items`,
      },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  batch.nodes.forEach((node, index) => {
    const at = (list: ValidationIssue[]): ValidationIssue[] =>
      list.map((i) => ({ path: `nodes[${index}].${i.path}`, message: i.message }));
    issues.push(
      ...at(validateId(node.id)),
      ...at(validateNodeInput(node.label, node.properties, 'create')),
    );
    if (seen.has(node.id))
      issues.push({ path: `nodes[${index}].id`, message: `${node.id} appears twice in the batch` });
    seen.add(node.id);
  });
  const seenRels = new Set<string>();
  batch.relationships.forEach((rel, index) => {
    const at = (list: ValidationIssue[]): ValidationIssue[] =>
      list.map((i) => ({ path: `relationships[${index}].${i.path}`, message: i.message }));
    issues.push(
      ...at(validateId(rel.id)),
      ...at(validateId(rel.from, 'from')),
      ...at(validateId(rel.to, 'to')),
    );
    issues.push(...at(validateRelationshipInput(rel.type, rel.properties, 'create')));
    if (rel.from === rel.to)
      issues.push({ path: `relationships[${index}].to`, message: 'must differ from from' });
    const key = relationshipKey(rel);
    if (seenRels.has(key))
      issues.push({
        path: `relationships[${index}].id`,
        message: `${rel.id} appears twice in the batch`,
      });
    seenRels.add(key);
  });
  if (issues.length > 0) throw validationError(issues);
}

/**
 * Checks an upsert batch against the existing state of its ids: a node id must keep its label, a relationship
 * id must keep its endpoints, and endpoints must exist in the store or the batch with labels the type allows.
 */
export function checkUpsertAgainstState(batch: UpsertBatch, existing: ExistingState): void {
  const labels = new Map<string, NodeLabel>();
  for (const [id, node] of existing.nodes) labels.set(id, node.label);
  for (const [index, node] of batch.nodes.entries()) {
    const before = existing.nodes.get(node.id);
    if (before && before.label !== node.label) {
      throw validationError([
        {
          path: `nodes[${index}].label`,
          message: `${node.id} is a ${before.label}, not a ${node.label}`,
        },
      ]);
    }
    labels.set(node.id, node.label);
  }
  for (const [index, rel] of batch.relationships.entries()) {
    const before = existing.relationships.get(relationshipKey(rel));
    if (before && (before.from !== rel.from || before.to !== rel.to)) {
      throw validationError([
        {
          path: `relationships[${index}]`,
          message: `${rel.type} ${rel.id} connects other nodes; endpoints cannot change`,
        },
      ]);
    }
    const from = labels.get(rel.from);
    const to = labels.get(rel.to);
    if (!from || !to) {
      throw new StoreError(
        'NOT_FOUND',
        `relationships[${index}]: node ${from ? rel.to : rel.from} does not exist`,
      );
    }
    if (!allowsEndpoints(rel.type, from, to)) {
      throw validationError([
        {
          path: `relationships[${index}].type`,
          message: `${rel.type} cannot connect ${from} to ${to}`,
        },
      ]);
    }
  }
}
