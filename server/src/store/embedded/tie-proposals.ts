/**
 * Tie proposals in the embedded store over SystemState, with the shared checks of shared/tie-proposals.ts. A
 * save is planned into ops together with its graph changes (planChanges), so the record, the confirmed tie and
 * the audit entries share one journal record: all or nothing. The store has one writer, so the duplicate check
 * (one pending proposal per pair and type) reads the state the write will be applied to.
 */
import type {
  AuditInput,
  Change,
  ChangeResult,
  TieProposal,
  TieProposalInput,
  TieProposalPage,
  TieProposalQuery,
} from '../port.js';
import { auditEntry, checkAuditInput } from '../shared/audit.js';
import { compareIntroductions as newestFirst } from '../shared/introductions.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import { inAnyRegion } from '../shared/region-scope.js';
import {
  checkTieProposalInput,
  checkTieProposalQuery,
  checkTieProposalSave,
  openKeyOf,
  tieProposalAfterSave,
  tieProposalAuditItem,
} from '../shared/tie-proposals.js';
import type { GraphState, Op } from './graph-state.js';
import type { SystemState } from './system-state.js';
import { planChanges } from './writes.js';

export function listTieProposals(system: SystemState, query: TieProposalQuery): TieProposalPage {
  const after = checkTieProposalQuery(query);
  const statuses = query.statuses === undefined ? undefined : new Set(query.statuses);
  const actors = query.actorIds === undefined ? undefined : new Set(query.actorIds);
  const regionId = query.regionId;
  const matching = [...system.tieProposals.values()]
    .filter((record) => regionId === undefined || record.regionIds.includes(regionId))
    .filter((record) => inAnyRegion(record.regionIds, query.regionIds))
    .filter((record) => !actors || actors.has(record.fromId) || actors.has(record.toId))
    .filter((record) => !statuses || statuses.has(record.status))
    .filter((record) => !after || newestFirst(record, after) > 0)
    .sort(newestFirst);
  const page = matching.slice(0, query.first);
  const last = page.at(-1);
  return {
    tieProposals: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: matching.length > query.first,
  };
}

function openWithKey(system: SystemState, key: string | null): TieProposal | undefined {
  if (key === null) return undefined;
  for (const record of system.tieProposals.values()) {
    if (openKeyOf(record) === key) return record;
  }
  return undefined;
}

export function planSaveTieProposal(
  state: GraphState,
  input: TieProposalInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
  now: string,
): { ops: Op[]; tieProposal: TieProposal; result: ChangeResult } {
  checkTieProposalInput(input, expectedVersion);
  checkAuditInput(audit);
  const before = state.system.tieProposals.get(input.id);
  checkTieProposalSave(input, expectedVersion, before, openWithKey(state.system, openKeyOf(input)));
  const tieProposal = tieProposalAfterSave(input, before, now);
  const graph =
    changes.length > 0
      ? planChanges(state, changes, now, audit)
      : {
          ops: [],
          result: { nodes: [], relationships: [], deletedNodeIds: [], deletedRelationshipIds: [] },
        };
  const ops: Op[] = [...graph.ops, { op: 'putTieProposal', tieProposal }];
  if (audit) {
    ops.push({
      op: 'audit',
      entry: auditEntry(audit, now, [tieProposalAuditItem(before, tieProposal)]),
    });
  }
  return { ops, tieProposal, result: graph.result };
}
