/**
 * Proposals in the embedded store over SystemState, with the shared checks of shared/proposals.ts. A save is
 * planned into ops together with its graph changes (planChanges), so the record, the approved entry and the
 * audit entries share one journal record: all or nothing.
 */
import type {
  AuditInput,
  Change,
  ChangeResult,
  Proposal,
  ProposalCount,
  ProposalInput,
  ProposalPage,
  ProposalQuery,
} from '../port.js';
import { auditEntry, checkAuditInput } from '../shared/audit.js';
import { compareIntroductions as newestFirst } from '../shared/introductions.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import { inAnyRegion } from '../shared/region-scope.js';
import {
  checkProposalInput,
  checkProposalQuery,
  checkProposalSave,
  matchesProposalCount,
  proposalAfterSave,
  proposalAuditItem,
} from '../shared/proposals.js';
import type { GraphState, Op } from './graph-state.js';
import type { SystemState } from './system-state.js';
import { planChanges } from './writes.js';

export function listProposals(system: SystemState, query: ProposalQuery): ProposalPage {
  const after = checkProposalQuery(query);
  const statuses = query.statuses === undefined ? undefined : new Set(query.statuses);
  const matching = [...system.proposals.values()]
    .filter((p) => query.regionId === undefined || p.regionIds.includes(query.regionId))
    .filter((p) => inAnyRegion(p.regionIds, query.regionIds))
    .filter((p) => query.submittedBy === undefined || p.submittedBy === query.submittedBy)
    .filter((p) => !statuses || statuses.has(p.status))
    .filter((p) => !after || newestFirst(p, after) > 0)
    .sort(newestFirst);
  const page = matching.slice(0, query.first);
  const last = page.at(-1);
  return {
    proposals: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: matching.length > query.first,
  };
}

export function countProposals(system: SystemState, count: ProposalCount): number {
  let total = 0;
  for (const proposal of system.proposals.values()) {
    if (matchesProposalCount(proposal, count)) total += 1;
  }
  return total;
}

export function planSaveProposal(
  state: GraphState,
  input: ProposalInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
  now: string,
): { ops: Op[]; proposal: Proposal; result: ChangeResult } {
  checkProposalInput(input, expectedVersion);
  checkAuditInput(audit);
  const before = state.system.proposals.get(input.id);
  checkProposalSave(input, expectedVersion, before, changes);
  const proposal = proposalAfterSave(input, before, now);
  const graph =
    changes.length > 0
      ? planChanges(state, changes, now, audit)
      : {
          ops: [],
          result: { nodes: [], relationships: [], deletedNodeIds: [], deletedRelationshipIds: [] },
        };
  const ops: Op[] = [...graph.ops, { op: 'putProposal', proposal }];
  if (audit) {
    ops.push({ op: 'audit', entry: auditEntry(audit, now, [proposalAuditItem(before, proposal)]) });
  }
  return { ops, proposal, result: graph.result };
}
