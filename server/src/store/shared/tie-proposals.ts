/**
 * Tie proposals, shared by both stores: input and query checks, the version and duplicate rules of a save, the
 * stored record and its audit item. Both stores accept and reject exactly the same writes.
 */
import {
  TIE_PROPOSAL_LABEL,
  TIE_PROPOSAL_NOTE_MAX_LENGTH,
  TIE_PROPOSAL_STATUSES,
  TIE_PROPOSAL_TYPES,
  tieProposalOpenKey,
  validateId,
} from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import type { AuditItem, TieProposal, TieProposalInput, TieProposalQuery } from '../port.js';
import { checkRecordPage } from './record-page.js';
import { MAX_INTRODUCTION_REGIONS } from './introductions.js';

/** The fields a save may change, in a fixed order (audit items list their names, never their values). */
export const TIE_PROPOSAL_FIELDS = [
  'fromId',
  'toId',
  'actorLabel',
  'type',
  'status',
  'note',
  'proposedBy',
  'decidedBy',
  'decidedAt',
  'regionIds',
  'tieId',
] as const;

/** At most this many actor ids in one list query (an account acts for a handful of entries). */
export const MAX_TIE_PROPOSAL_ACTORS = 50;

const STATUSES: readonly string[] = TIE_PROPOSAL_STATUSES.map((entry) => entry.value);
const LABELS: readonly string[] = Object.keys(TIE_PROPOSAL_TYPES);

function oneOf(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

function checkIds(issues: ValidationIssue[], path: string, ids: unknown, max: number): void {
  if (!Array.isArray(ids) || ids.length > max) {
    issues.push({ path, message: `must list at most ${max} ids` });
  } else ids.forEach((id: string, index) => issues.push(...validateId(id, `${path}[${index}]`)));
}

/** VALIDATION listing every problem of the input and of expectedVersion. */
export function checkTieProposalInput(input: TieProposalInput, expectedVersion?: number): void {
  if (typeof input !== 'object' || input === null) {
    throw validationError([{ path: 'tieProposal', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [
    ...validateId(input.id),
    ...validateId(input.fromId, 'fromId'),
    ...validateId(input.toId, 'toId'),
    ...validateId(input.proposedBy, 'proposedBy'),
  ];
  const add = (path: string, ok: boolean, message: string): void => {
    if (!ok) issues.push({ path, message });
  };
  add('toId', input.fromId !== input.toId, 'must differ from fromId');
  add('actorLabel', oneOf(LABELS, input.actorLabel), 'is not an actor label');
  add(
    'type',
    oneOf(LABELS, input.actorLabel) &&
      input.type === TIE_PROPOSAL_TYPES[input.actorLabel as keyof typeof TIE_PROPOSAL_TYPES],
    'does not fit the actor label',
  );
  add('status', oneOf(STATUSES, input.status), `must be one of ${STATUSES.join(', ')}`);
  const note = input.note;
  add(
    'note',
    note === null ||
      (typeof note === 'string' &&
        note.length <= TIE_PROPOSAL_NOTE_MAX_LENGTH &&
        note.isWellFormed()),
    `must be at most ${TIE_PROPOSAL_NOTE_MAX_LENGTH} characters`,
  );
  const pending = input.status === 'pending';
  add('decidedBy', pending === (input.decidedBy === null), 'is set exactly when decided');
  add('decidedAt', pending === (input.decidedAt === null), 'is set exactly when decided');
  if (input.decidedBy !== null) issues.push(...validateId(input.decidedBy, 'decidedBy'));
  add(
    'decidedAt',
    input.decidedAt === null ||
      (typeof input.decidedAt === 'string' && !Number.isNaN(Date.parse(input.decidedAt))),
    'is not a timestamp',
  );
  add('tieId', input.tieId === null || input.status === 'confirmed', 'is set only when confirmed');
  if (input.tieId !== null) issues.push(...validateId(input.tieId, 'tieId'));
  checkIds(issues, 'regionIds', input.regionIds, MAX_INTRODUCTION_REGIONS);
  add(
    'expectedVersion',
    expectedVersion === undefined ||
      (Number.isSafeInteger(expectedVersion) && expectedVersion >= 1),
    'must be a positive integer',
  );
  if (issues.length > 0) throw validationError(issues);
}

export function checkTieProposalId(id: string): void {
  const issues = validateId(id);
  if (issues.length > 0) throw validationError(issues);
}

/** Checks a list query; returns the cursor position (createdAt, id of the previous page's last), if any. */
export function checkTieProposalQuery(
  query: TieProposalQuery,
): { createdAt: string; id: string } | undefined {
  const issues: ValidationIssue[] = [];
  if (query.actorIds !== undefined) {
    checkIds(issues, 'actorIds', query.actorIds, MAX_TIE_PROPOSAL_ACTORS);
  }
  return checkRecordPage(query, STATUSES, issues);
}

/**
 * DUPLICATE_ID, NOT_FOUND or CONFLICT as the port says, against the record stored now (`before`) and the
 * pending proposal holding the same open key (`open`), if any.
 */
export function checkTieProposalSave(
  input: TieProposalInput,
  expectedVersion: number | undefined,
  before: TieProposal | undefined,
  open: TieProposal | undefined,
): void {
  if (expectedVersion === undefined) {
    if (before) throw new StoreError('DUPLICATE_ID', `tie proposal ${input.id} already exists`);
  } else {
    if (!before) throw new StoreError('NOT_FOUND', `tie proposal ${input.id} does not exist`);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'CONFLICT',
        `tie proposal ${input.id} was changed by someone else (version ${before.version}, expected ${expectedVersion}); reload and try again`,
      );
    }
  }
  if (input.status === 'pending' && open && open.id !== input.id) {
    throw new StoreError(
      'DUPLICATE_ID',
      `an open proposal (${open.id}) already joins these two actors with this tie`,
    );
  }
}

/** The open key of a record, or null once decided. */
export function openKeyOf(record: TieProposalInput): string | null {
  return record.status === 'pending'
    ? tieProposalOpenKey(record.type, record.fromId, record.toId)
    : null;
}

export function tieProposalAfterSave(
  input: TieProposalInput,
  before: TieProposal | undefined,
  now: string,
): TieProposal {
  return {
    id: input.id,
    fromId: input.fromId,
    toId: input.toId,
    actorLabel: input.actorLabel,
    type: input.type,
    status: input.status,
    note: input.note,
    proposedBy: input.proposedBy,
    decidedBy: input.decidedBy,
    decidedAt: input.decidedAt,
    regionIds: [...input.regionIds],
    tieId: input.tieId,
    version: before ? before.version + 1 : 1,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

export function tieProposalAuditItem(
  before: TieProposal | undefined,
  after: TieProposal,
): AuditItem {
  const changed = (field: (typeof TIE_PROPOSAL_FIELDS)[number]): boolean =>
    !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  return {
    op: before ? 'update' : 'create',
    kind: TIE_PROPOSAL_LABEL,
    id: after.id,
    properties: TIE_PROPOSAL_FIELDS.filter(changed),
  };
}
