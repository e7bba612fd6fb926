/**
 * Introductions in the embedded store over SystemState, with the shared checks of shared/introductions.ts. A
 * save is planned into ops together with its graph changes (planChanges), so the record, the tie of a
 * cooperating pair and both audit entries share one journal record: all or nothing.
 */
import type { IntroductionActorLabel, IntroductionStatus } from '@nzr/graph-schema';
import type {
  AuditInput,
  Change,
  ChangeResult,
  Introduction,
  IntroductionInput,
  IntroductionPage,
  IntroductionQuery,
} from '../port.js';
import { auditEntry, checkAuditInput } from '../shared/audit.js';
import {
  checkIntroductionInput,
  checkIntroductionQuery,
  checkIntroductionSave,
  compareIntroductions,
  emptyStatusCounts,
  introductionAfterSave,
  introductionAuditItem,
} from '../shared/introductions.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import { inAnyRegion } from '../shared/region-scope.js';
import type { GraphState, Op } from './graph-state.js';
import type { SystemState } from './system-state.js';
import { planChanges } from './writes.js';

function inRegion(introduction: Introduction, regionId: string | undefined): boolean {
  return regionId === undefined || introduction.regionIds.includes(regionId);
}

export function listIntroductions(system: SystemState, query: IntroductionQuery): IntroductionPage {
  const after = checkIntroductionQuery(query);
  const statuses = query.statuses === undefined ? undefined : new Set(query.statuses);
  const matching = [...system.introductions.values()]
    .filter((introduction) => inRegion(introduction, query.regionId))
    .filter((introduction) => inAnyRegion(introduction.regionIds, query.regionIds))
    .filter((introduction) => !statuses || statuses.has(introduction.status))
    .filter((introduction) => !after || compareIntroductions(introduction, after) > 0)
    .sort(compareIntroductions);
  const page = matching.slice(0, query.first);
  const last = page.at(-1);
  return {
    introductions: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: matching.length > query.first,
  };
}

export function countIntroductions(
  system: SystemState,
  regionId: string | undefined,
  actorLabel: IntroductionActorLabel | undefined,
): Record<IntroductionStatus, number> {
  const counts = emptyStatusCounts();
  for (const introduction of system.introductions.values()) {
    if (!inRegion(introduction, regionId)) continue;
    if (actorLabel === undefined || introduction.actorLabel === actorLabel) {
      counts[introduction.status] += 1;
    }
  }
  return counts;
}

export function planSaveIntroduction(
  state: GraphState,
  input: IntroductionInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
  now: string,
): { ops: Op[]; introduction: Introduction; result: ChangeResult } {
  checkIntroductionInput(input, expectedVersion);
  checkAuditInput(audit);
  const before = state.system.introductions.get(input.id);
  checkIntroductionSave(input, expectedVersion, before);
  const introduction = introductionAfterSave(input, before, now);
  const graph =
    changes.length > 0
      ? planChanges(state, changes, now, audit)
      : {
          ops: [],
          result: { nodes: [], relationships: [], deletedNodeIds: [], deletedRelationshipIds: [] },
        };
  const ops: Op[] = [...graph.ops, { op: 'putIntroduction', introduction }];
  if (audit) {
    ops.push({
      op: 'audit',
      entry: auditEntry(audit, now, [introductionAuditItem(before, introduction)]),
    });
  }
  return { ops, introduction, result: graph.result };
}
