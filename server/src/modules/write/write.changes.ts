/**
 * Turns API input into the port's changes, checked at the edge with graph-schema's rules so that clients get
 * every issue at once (as BAD_USER_INPUT with `issues`), before the store sees anything. Ids of new nodes get
 * the label's idPrefix from NODE_LABELS.
 */
import { randomBytes } from 'node:crypto';
import {
  NODE_LABELS,
  validateId,
  validateNodeInput,
  validateRelationshipInput,
} from '@nzr/graph-schema';
import type { NodeLabel, ValidationIssue } from '@nzr/graph-schema';
import { validationError } from '../../store/errors.js';
import type { Change, Properties, PropertyValue } from '../../store/port.js';
import type { ChangeInput } from './write.input.js';

export const MAX_BATCH_CHANGES = 100;

const randomPart = (): string => randomBytes(8).toString('hex');
export const newNodeId = (label: NodeLabel): string =>
  `${NODE_LABELS[label].idPrefix}-${randomPart()}`;
export const newRelationshipId = (): string => `rel-${randomPart()}`;

type Lookup = (id: string) => Promise<NodeLabel | null>;

function prefixed(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` }));
}

function need<T>(
  value: T | null | undefined,
  path: string,
  issues: ValidationIssue[],
): T | undefined {
  if (value === null || value === undefined)
    issues.push({ path, message: 'is required for this op' });
  return value ?? undefined;
}

/**
 * Checks one change and returns it in port form. `labelOf` tells the label of an existing node (updates are
 * validated against it); null means the node does not exist or is not visible.
 */
export async function toChange(
  input: ChangeInput,
  labelOf: Lookup,
  prefix = '',
): Promise<{ change: Change | null; issues: ValidationIssue[] }> {
  const issues: ValidationIssue[] = [];
  const p = (path: string): string => `${prefix}${path}`;
  const properties = (input.properties ?? {}) as Record<string, unknown>;
  if (input.id != null) issues.push(...validateId(input.id, p('id')));
  if (input.expectedVersion != null && !(input.expectedVersion >= 1))
    issues.push({ path: p('expectedVersion'), message: 'must be at least 1' });
  let change: Change | null = null;
  switch (input.op) {
    case 'createNode': {
      const label = need(input.label, p('label'), issues);
      if (!label) break;
      issues.push(...prefixed(validateNodeInput(label, properties, 'create'), prefix));
      change = {
        op: 'createNode',
        label,
        id: input.id ?? newNodeId(label),
        properties: properties as Properties,
      };
      break;
    }
    case 'updateNode': {
      const id = need(input.id, p('id'), issues);
      const expectedVersion = need(input.expectedVersion, p('expectedVersion'), issues);
      if (!id || expectedVersion === undefined || issues.length > 0) break;
      const label = await labelOf(id);
      if (label) issues.push(...prefixed(validateNodeInput(label, properties, 'update'), prefix));
      change = {
        op: 'updateNode',
        id,
        expectedVersion,
        properties: properties as Record<string, PropertyValue | null>,
      };
      break;
    }
    case 'deleteNode': {
      const id = need(input.id, p('id'), issues);
      if (!id) break;
      change = {
        op: 'deleteNode',
        id,
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
      };
      break;
    }
    case 'createRelationship': {
      const type = need(input.type, p('type'), issues);
      const from = need(input.from, p('from'), issues);
      const to = need(input.to, p('to'), issues);
      if (!type || !from || !to) break;
      issues.push(...validateId(from, p('from')), ...validateId(to, p('to')));
      issues.push(...prefixed(validateRelationshipInput(type, properties, 'create'), prefix));
      change = {
        op: 'createRelationship',
        type,
        id: input.id ?? newRelationshipId(),
        from,
        to,
        properties: properties as Properties,
      };
      break;
    }
    case 'updateRelationship': {
      const type = need(input.type, p('type'), issues);
      const id = need(input.id, p('id'), issues);
      const expectedVersion = need(input.expectedVersion, p('expectedVersion'), issues);
      if (!type || !id || expectedVersion === undefined) break;
      issues.push(...prefixed(validateRelationshipInput(type, properties, 'update'), prefix));
      change = {
        op: 'updateRelationship',
        type,
        id,
        expectedVersion,
        properties: properties as Record<string, PropertyValue | null>,
      };
      break;
    }
    case 'deleteRelationship': {
      const type = need(input.type, p('type'), issues);
      const id = need(input.id, p('id'), issues);
      if (!type || !id) break;
      change = {
        op: 'deleteRelationship',
        type,
        id,
        ...(input.expectedVersion != null ? { expectedVersion: input.expectedVersion } : {}),
      };
      break;
    }
  }
  return { change: issues.length > 0 ? null : change, issues };
}

/** All changes checked; VALIDATION with every issue (paths `changes[i].…`) when any is wrong. */
export async function toChanges(
  inputs: readonly ChangeInput[],
  labelOf: Lookup,
): Promise<Change[]> {
  if (inputs.length === 0 || inputs.length > MAX_BATCH_CHANGES) {
    throw validationError([
      { path: 'changes', message: `must list 1 to ${MAX_BATCH_CHANGES} changes` },
    ]);
  }
  const results = await Promise.all(
    inputs.map((input, i) => toChange(input, labelOf, `changes[${i}].`)),
  );
  const issues = results.flatMap((result) => result.issues);
  if (issues.length > 0) throw validationError(issues);
  return results.flatMap((result) => (result.change ? [result.change] : []));
}
