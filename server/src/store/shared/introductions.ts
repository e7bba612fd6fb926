/**
 * Introductions, shared by both stores: input and query checks, the version rules of a save, the stored record
 * and its audit item. Both stores accept and reject exactly the same introduction writes.
 */
import {
  INTRODUCTION_ACTOR_LABELS,
  INTRODUCTION_CHANNELS,
  INTRODUCTION_LABEL,
  INTRODUCTION_NOTE_MAX_LENGTH,
  INTRODUCTION_SOURCES,
  INTRODUCTION_STATUSES,
  isValidDate,
  validateId,
} from '@nzr/graph-schema';
import type { IntroductionStatus, ValidationIssue } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import type { AuditItem, Introduction, IntroductionInput, IntroductionQuery } from '../port.js';
import { checkRecordPage } from './record-page.js';

/** The fields a save may change, in a fixed order (audit items list their names, never their values). */
export const INTRODUCTION_FIELDS = [
  'fromId',
  'toId',
  'actorLabel',
  'source',
  'status',
  'channel',
  'note',
  'introducedOn',
  'introducedBy',
  'regionIds',
  'tieId',
] as const;

/** A region list holds the regions of two ends with their ancestors: a handful, never hundreds. */
export const MAX_INTRODUCTION_REGIONS = 20;

const STATUSES: readonly string[] = INTRODUCTION_STATUSES.map((entry) => entry.value);
const SOURCES: readonly string[] = INTRODUCTION_SOURCES.map((entry) => entry.value);
const CHANNELS: readonly string[] = INTRODUCTION_CHANNELS.map((entry) => entry.value);

function oneOf(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

/** VALIDATION listing every problem of the input and of expectedVersion. */
export function checkIntroductionInput(input: IntroductionInput, expectedVersion?: number): void {
  if (typeof input !== 'object' || input === null) {
    throw validationError([{ path: 'introduction', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [
    ...validateId(input.id),
    ...validateId(input.fromId, 'fromId'),
    ...validateId(input.toId, 'toId'),
  ];
  const add = (path: string, ok: boolean, message: string): void => {
    if (!ok) issues.push({ path, message });
  };
  add('toId', input.fromId !== input.toId, 'must differ from fromId');
  add('actorLabel', oneOf(INTRODUCTION_ACTOR_LABELS, input.actorLabel), 'is not an actor label');
  add('source', oneOf(SOURCES, input.source), `must be one of ${SOURCES.join(', ')}`);
  add('status', oneOf(STATUSES, input.status), `must be one of ${STATUSES.join(', ')}`);
  add('channel', input.channel === null || oneOf(CHANNELS, input.channel), 'is not a channel');
  const note = input.note;
  add(
    'note',
    note === null ||
      (typeof note === 'string' &&
        note.length <= INTRODUCTION_NOTE_MAX_LENGTH &&
        note.isWellFormed()),
    `must be at most ${INTRODUCTION_NOTE_MAX_LENGTH} characters`,
  );
  const day = input.introducedOn;
  add(
    'introducedOn',
    day === null || (typeof day === 'string' && isValidDate(day)),
    'is not a date',
  );
  if (input.introducedBy !== null) issues.push(...validateId(input.introducedBy, 'introducedBy'));
  if (input.tieId !== null) issues.push(...validateId(input.tieId, 'tieId'));
  const regions = input.regionIds;
  if (!Array.isArray(regions) || regions.length > MAX_INTRODUCTION_REGIONS) {
    issues.push({
      path: 'regionIds',
      message: `must list at most ${MAX_INTRODUCTION_REGIONS} ids`,
    });
  } else regions.forEach((id, index) => issues.push(...validateId(id, `regionIds[${index}]`)));
  add(
    'expectedVersion',
    expectedVersion === undefined ||
      (Number.isSafeInteger(expectedVersion) && expectedVersion >= 1),
    'must be a positive integer',
  );
  if (issues.length > 0) throw validationError(issues);
}

export function checkIntroductionId(id: string): void {
  const issues = validateId(id);
  if (issues.length > 0) throw validationError(issues);
}

/** VALIDATION unless the count's region id and label are valid. */
export function checkIntroductionCount(
  regionId: string | undefined,
  actorLabel: string | undefined,
): void {
  const issues = regionId === undefined ? [] : validateId(regionId, 'regionId');
  if (actorLabel !== undefined && !oneOf(INTRODUCTION_ACTOR_LABELS, actorLabel)) {
    issues.push({ path: 'actorLabel', message: 'is not an actor label' });
  }
  if (issues.length > 0) throw validationError(issues);
}

/** Checks a list query; returns the cursor position (createdAt, id of the previous page's last), if any. */
export function checkIntroductionQuery(
  query: IntroductionQuery,
): { createdAt: string; id: string } | undefined {
  const issues: ValidationIssue[] = [];
  return checkRecordPage(query, STATUSES, issues);
}

/** DUPLICATE_ID, NOT_FOUND or CONFLICT as the port says, against the record stored now (`before`). */
export function checkIntroductionSave(
  input: IntroductionInput,
  expectedVersion: number | undefined,
  before: Introduction | undefined,
): void {
  if (expectedVersion === undefined) {
    if (before) throw new StoreError('DUPLICATE_ID', `introduction ${input.id} already exists`);
    return;
  }
  if (!before) throw new StoreError('NOT_FOUND', `introduction ${input.id} does not exist`);
  if (before.version !== expectedVersion) {
    throw new StoreError(
      'CONFLICT',
      `introduction ${input.id} was changed by someone else (version ${before.version}, expected ${expectedVersion}); reload and try again`,
    );
  }
}

export function introductionAfterSave(
  input: IntroductionInput,
  before: Introduction | undefined,
  now: string,
): Introduction {
  return {
    id: input.id,
    fromId: input.fromId,
    toId: input.toId,
    actorLabel: input.actorLabel,
    source: input.source,
    status: input.status,
    channel: input.channel,
    note: input.note,
    introducedOn: input.introducedOn,
    introducedBy: input.introducedBy,
    regionIds: [...input.regionIds],
    tieId: input.tieId,
    version: before ? before.version + 1 : 1,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

export function introductionAuditItem(
  before: Introduction | undefined,
  after: Introduction,
): AuditItem {
  const changed = (field: (typeof INTRODUCTION_FIELDS)[number]): boolean =>
    !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  return {
    op: before ? 'update' : 'create',
    kind: INTRODUCTION_LABEL,
    id: after.id,
    properties: INTRODUCTION_FIELDS.filter(changed),
  };
}

/** Newest first: later createdAt first, then larger id first (the order of both stores). */
export function compareIntroductions(
  a: { createdAt: string; id: string },
  b: { createdAt: string; id: string },
): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

export function emptyStatusCounts(): Record<IntroductionStatus, number> {
  return Object.fromEntries(INTRODUCTION_STATUSES.map((entry) => [entry.value, 0])) as Record<
    IntroductionStatus,
    number
  >;
}
