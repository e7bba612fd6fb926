/**
 * Introductions in Neo4j (Introduction nodes beside the graph). A save runs in the caller's write transaction
 * with its graph changes (writes.ts applyChanges) and audit entries: one commit, all or nothing.
 */
import { INTRODUCTION_STATUSES } from '@nzr/graph-schema';
import type { IntroductionActorLabel, IntroductionStatus } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type {
  AuditInput,
  Change,
  ChangeResult,
  Introduction,
  IntroductionInput,
  IntroductionPage,
  IntroductionQuery,
} from '../port.js';
import {
  checkIntroductionSave,
  emptyStatusCounts,
  introductionAfterSave,
  introductionAuditItem,
} from '../shared/introductions.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import {
  COUNT_INTRODUCTIONS,
  CREATE_INTRODUCTION,
  GET_INTRODUCTION,
  LIST_INTRODUCTIONS,
  LOCK_INTRODUCTION,
  REPLACE_INTRODUCTION,
} from './cypher/introduction-statements.js';
import type { Tx } from './driver.js';
import { introductionField, introductionProperties } from './introduction-records.js';
import { int } from './params.js';
import { writeAudit } from './system.js';
import { applyChanges } from './writes.js';

const NO_CHANGES: ChangeResult = {
  nodes: [],
  relationships: [],
  deletedNodeIds: [],
  deletedRelationshipIds: [],
};

export async function getIntroduction(tx: Tx, id: string): Promise<Introduction | null> {
  const [record] = await tx.run(GET_INTRODUCTION, { id });
  return record ? introductionField(record.get('i')) : null;
}

export async function listIntroductions(
  tx: Tx,
  query: IntroductionQuery,
  after: { createdAt: string; id: string } | undefined,
): Promise<IntroductionPage> {
  const records = await tx.run(LIST_INTRODUCTIONS, {
    afterCreatedAt: after?.createdAt ?? '~',
    afterId: after?.id ?? '',
    regionId: query.regionId ?? null,
    regionIds: query.regionIds ? [...query.regionIds] : null,
    statuses: query.statuses ? [...query.statuses] : null,
    limit: int(query.first + 1),
  });
  const introductions = records.map((record) => introductionField(record.get('i')));
  const page = introductions.slice(0, query.first);
  const last = page.at(-1);
  return {
    introductions: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: introductions.length > query.first,
  };
}

export async function countIntroductions(
  tx: Tx,
  regionId: string | undefined,
  actorLabel: IntroductionActorLabel | undefined,
): Promise<Record<IntroductionStatus, number>> {
  const counts = emptyStatusCounts();
  const known: readonly string[] = INTRODUCTION_STATUSES.map((entry) => entry.value);
  for (const record of await tx.run(COUNT_INTRODUCTIONS, {
    regionId: regionId ?? null,
    actorLabel: actorLabel ?? null,
  })) {
    const status = String(record.get('status'));
    if (!known.includes(status)) {
      throw new StoreError('STORE_CORRUPT', `an introduction has the unknown status ${status}`);
    }
    counts[status as IntroductionStatus] = Number(record.get('count'));
  }
  return counts;
}

/** The input is already checked (checkIntroductionInput, checkAuditInput). */
export async function saveIntroduction(
  tx: Tx,
  input: IntroductionInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
): Promise<{ introduction: Introduction; result: ChangeResult }> {
  const [locked] = await tx.run(LOCK_INTRODUCTION, { id: input.id });
  const before = locked ? introductionField(locked.get('i')) : undefined;
  checkIntroductionSave(input, expectedVersion, before);
  const result = changes.length > 0 ? await applyChanges(tx, changes, audit) : NO_CHANGES;
  const now = new Date().toISOString();
  const introduction = introductionAfterSave(input, before, now);
  const props = introductionProperties(introduction);
  const [record] = before
    ? await tx.run(REPLACE_INTRODUCTION, { id: input.id, introduction: props })
    : await tx.run(CREATE_INTRODUCTION, { introduction: props });
  if (!record)
    throw new StoreError('CONFLICT', `introduction ${input.id} changed during the write`);
  await writeAudit(tx, audit, now, [introductionAuditItem(before, introduction)]);
  return { introduction: introductionField(record.get('i')), result };
}
