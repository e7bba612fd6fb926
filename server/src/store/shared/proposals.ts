/**
 * Proposals, shared by both stores: input and query checks, the version and state rules of a save, the stored
 * record and its audit item. Both stores accept and reject exactly the same proposal writes.
 */
import {
  EMAIL_PATTERN,
  MAX_NAME_LENGTH,
  PROPOSAL_KINDS,
  PROPOSAL_LABEL,
  PROPOSAL_LIMITS,
  PROPOSAL_STATUSES,
  canMoveProposal,
  validateId,
  validateProposalPayload,
} from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import type { AuditItem } from '../port.js';
import type { Proposal, ProposalCount, ProposalInput, ProposalQuery } from '../proposal-records.js';
import { checkRecordPage } from './record-page.js';
import { inAnyRegion, regionScopeIssues } from './region-scope.js';

/** The fields a save may change, in a fixed order (audit items list their names, never their values). */
export const PROPOSAL_FIELDS = [
  'kind',
  'targetId',
  'label',
  'title',
  'payload',
  'status',
  'reason',
  'submittedBy',
  'contactEmail',
  'sourceKey',
  'regionIds',
  'decidedBy',
  'decidedAt',
  'createdIds',
] as const;

const MAX_REGIONS = 20;
/** An entry, its region and topic ties and up to 2 × MAX_RESOURCES resources with their ties. */
const MAX_CREATED_IDS = 100;
const MAX_SOURCE_KEY = 128;

const STATUSES: readonly string[] = PROPOSAL_STATUSES.map((entry) => entry.value);
const KINDS: readonly string[] = PROPOSAL_KINDS.map((entry) => entry.value);

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && value.isWellFormed();

function idList(list: unknown, max: number, path: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(list) || list.length > max) {
    issues.push({ path, message: `must list at most ${max} ids` });
  } else list.forEach((id, index) => issues.push(...validateId(id, `${path}[${index}]`)));
}

/** VALIDATION listing every problem of the input and of expectedVersion. */
export function checkProposalInput(input: ProposalInput, expectedVersion?: number): void {
  if (typeof input !== 'object' || input === null) {
    throw validationError([{ path: 'proposal', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [...validateId(input.id)];
  const add = (path: string, ok: boolean, message: string): void => {
    if (!ok) issues.push({ path, message });
  };
  add('kind', KINDS.includes(input.kind), `must be one of ${KINDS.join(', ')}`);
  if (input.kind === 'change') issues.push(...validateId(input.targetId, 'targetId'));
  else add('targetId', input.targetId === null, 'a new entry has no target');
  add(
    'title',
    isText(input.title, MAX_NAME_LENGTH) && input.title.trim() !== '',
    `must be 1-${MAX_NAME_LENGTH} characters`,
  );
  const size = JSON.stringify(input.payload ?? null).length;
  if (size > PROPOSAL_LIMITS.MAX_PAYLOAD_BYTES) {
    issues.push({
      path: 'payload',
      message: `is larger than ${PROPOSAL_LIMITS.MAX_PAYLOAD_BYTES}`,
    });
  } else {
    issues.push(
      ...validateProposalPayload(input.payload, input.kind === 'new' ? 'create' : 'update'),
    );
  }
  add('label', input.payload?.label === input.label, 'must be the payload label');
  add('status', STATUSES.includes(input.status), `must be one of ${STATUSES.join(', ')}`);
  const reason = input.reason;
  add(
    'reason',
    reason === null || isText(reason, PROPOSAL_LIMITS.MAX_REASON),
    `must be at most ${PROPOSAL_LIMITS.MAX_REASON} characters`,
  );
  add(
    'reason',
    input.status !== 'rejected' || (typeof reason === 'string' && reason.trim() !== ''),
    'a rejection needs a reason',
  );
  if (input.submittedBy !== null) issues.push(...validateId(input.submittedBy, 'submittedBy'));
  if (input.decidedBy !== null) issues.push(...validateId(input.decidedBy, 'decidedBy'));
  const email = input.contactEmail;
  add(
    'contactEmail',
    email === null ||
      (isText(email, PROPOSAL_LIMITS.MAX_CONTACT_EMAIL) && EMAIL_PATTERN.test(email)),
    'is not an e-mail address',
  );
  add('sourceKey', input.sourceKey === null || isText(input.sourceKey, MAX_SOURCE_KEY), 'too long');
  add(
    'decidedAt',
    input.decidedAt === null || !Number.isNaN(Date.parse(String(input.decidedAt))),
    'is not a timestamp',
  );
  idList(input.regionIds, MAX_REGIONS, 'regionIds', issues);
  idList(input.createdIds, MAX_CREATED_IDS, 'createdIds', issues);
  add(
    'expectedVersion',
    expectedVersion === undefined ||
      (Number.isSafeInteger(expectedVersion) && expectedVersion >= 1),
    'must be a positive integer',
  );
  if (issues.length > 0) throw validationError(issues);
}

export function checkProposalId(id: string): void {
  const issues = validateId(id);
  if (issues.length > 0) throw validationError(issues);
}

export function checkProposalCount(count: ProposalCount): void {
  const issues: ValidationIssue[] = [];
  if (!STATUSES.includes(count?.status)) issues.push({ path: 'status', message: 'unknown' });
  if (count?.regionId !== undefined) issues.push(...validateId(count.regionId, 'regionId'));
  issues.push(...regionScopeIssues(count?.regionIds));
  if (count?.sourceKey !== undefined && !isText(count.sourceKey, MAX_SOURCE_KEY)) {
    issues.push({ path: 'sourceKey', message: 'too long' });
  }
  if (issues.length > 0) throw validationError(issues);
}

/** Checks a list query; returns the cursor position (createdAt, id of the previous page's last), if any. */
export function checkProposalQuery(
  query: ProposalQuery,
): { createdAt: string; id: string } | undefined {
  const issues: ValidationIssue[] = [];
  if (query.submittedBy !== undefined) {
    issues.push(...validateId(query.submittedBy, 'submittedBy'));
  }
  return checkRecordPage(query, STATUSES, issues);
}

/**
 * DUPLICATE_ID, NOT_FOUND or CONFLICT as the port says, against the record stored now (`before`); a status
 * change must follow PROPOSAL_TRANSITIONS (a decided proposal is never reopened nor writes graph changes
 * again), and a new record is pending.
 */
export function checkProposalSave(
  input: ProposalInput,
  expectedVersion: number | undefined,
  before: Proposal | undefined,
  changes: readonly unknown[],
): void {
  if (expectedVersion === undefined) {
    if (before) throw new StoreError('DUPLICATE_ID', `proposal ${input.id} already exists`);
    if (input.status !== 'pending') {
      throw validationError([{ path: 'status', message: 'a new proposal is pending' }]);
    }
    return;
  }
  if (!before) throw new StoreError('NOT_FOUND', `proposal ${input.id} does not exist`);
  if (before.version !== expectedVersion) {
    throw new StoreError(
      'CONFLICT',
      `proposal ${input.id} was changed by someone else (version ${before.version}, expected ${expectedVersion}); reload and try again`,
    );
  }
  if (before.status !== input.status && !canMoveProposal(before.status, input.status)) {
    throw validationError([
      { path: 'status', message: `cannot move from ${before.status} to ${input.status}` },
    ]);
  }
  // A decided proposal may only lose personal data; it never writes the graph again.
  if (before.status !== 'pending' && changes.length > 0) {
    throw validationError([
      { path: 'status', message: `the proposal is already ${before.status}` },
    ]);
  }
}

export function proposalAfterSave(
  input: ProposalInput,
  before: Proposal | undefined,
  now: string,
): Proposal {
  const record: Proposal = {
    id: input.id,
    kind: input.kind,
    targetId: input.targetId,
    label: input.label,
    title: input.title,
    payload: JSON.parse(JSON.stringify(input.payload)) as Proposal['payload'],
    status: input.status,
    reason: input.reason,
    submittedBy: input.submittedBy,
    contactEmail: input.contactEmail,
    sourceKey: input.sourceKey,
    regionIds: [...input.regionIds],
    decidedBy: input.decidedBy,
    decidedAt: input.decidedAt,
    createdIds: [...input.createdIds],
    version: before ? before.version + 1 : 1,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
  return record;
}

export function proposalAuditItem(before: Proposal | undefined, after: Proposal): AuditItem {
  const changed = (field: (typeof PROPOSAL_FIELDS)[number]): boolean =>
    !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  return {
    op: before ? 'update' : 'create',
    kind: PROPOSAL_LABEL,
    id: after.id,
    properties: PROPOSAL_FIELDS.filter(changed),
  };
}

/** Whether a record matches a count (both stores count with this rule). */
export function matchesProposalCount(proposal: Proposal, count: ProposalCount): boolean {
  return (
    proposal.status === count.status &&
    (count.regionId === undefined || proposal.regionIds.includes(count.regionId)) &&
    inAnyRegion(proposal.regionIds, count.regionIds) &&
    (count.sourceKey === undefined || proposal.sourceKey === count.sourceKey)
  );
}
