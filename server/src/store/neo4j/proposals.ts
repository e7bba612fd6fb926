/**
 * Proposals in Neo4j (Proposal nodes beside the graph). A save runs in the caller's write transaction with its
 * graph changes (writes.ts applyChanges) and audit entries: one commit, all or nothing.
 */
import { StoreError } from '../errors.js';
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
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import { checkProposalSave, proposalAfterSave, proposalAuditItem } from '../shared/proposals.js';
import {
  COUNT_PROPOSALS,
  CREATE_PROPOSAL,
  GET_PROPOSAL,
  LIST_PROPOSALS,
  LOCK_PROPOSAL,
  REPLACE_PROPOSAL,
} from './cypher/proposal-statements.js';
import type { Tx } from './driver.js';
import { int } from './params.js';
import { proposalField, proposalProperties } from './proposal-records.js';
import { writeAudit } from './system.js';
import { applyChanges } from './writes.js';

const NO_CHANGES: ChangeResult = {
  nodes: [],
  relationships: [],
  deletedNodeIds: [],
  deletedRelationshipIds: [],
};

export async function getProposal(tx: Tx, id: string): Promise<Proposal | null> {
  const [record] = await tx.run(GET_PROPOSAL, { id });
  return record ? proposalField(record.get('p')) : null;
}

export async function listProposals(
  tx: Tx,
  query: ProposalQuery,
  after: { createdAt: string; id: string } | undefined,
): Promise<ProposalPage> {
  const records = await tx.run(LIST_PROPOSALS, {
    afterCreatedAt: after?.createdAt ?? '~',
    afterId: after?.id ?? '',
    regionId: query.regionId ?? null,
    regionIds: query.regionIds ? [...query.regionIds] : null,
    statuses: query.statuses ? [...query.statuses] : null,
    submittedBy: query.submittedBy ?? null,
    limit: int(query.first + 1),
  });
  const proposals = records.map((record) => proposalField(record.get('p')));
  const page = proposals.slice(0, query.first);
  const last = page.at(-1);
  return {
    proposals: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: proposals.length > query.first,
  };
}

export async function countProposals(tx: Tx, count: ProposalCount): Promise<number> {
  const [record] = await tx.run(COUNT_PROPOSALS, {
    status: count.status,
    regionId: count.regionId ?? null,
    regionIds: count.regionIds ? [...count.regionIds] : null,
    sourceKey: count.sourceKey ?? null,
  });
  return record ? Number(record.get('count')) : 0;
}

/** The input is already checked (checkProposalInput, checkAuditInput). */
export async function saveProposal(
  tx: Tx,
  input: ProposalInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
): Promise<{ proposal: Proposal; result: ChangeResult }> {
  const [locked] = await tx.run(LOCK_PROPOSAL, { id: input.id });
  const before = locked ? proposalField(locked.get('p')) : undefined;
  checkProposalSave(input, expectedVersion, before, changes);
  const result = changes.length > 0 ? await applyChanges(tx, changes, audit) : NO_CHANGES;
  const now = new Date().toISOString();
  const proposal = proposalAfterSave(input, before, now);
  const props = proposalProperties(proposal);
  const [record] = before
    ? await tx.run(REPLACE_PROPOSAL, { id: input.id, proposal: props })
    : await tx.run(CREATE_PROPOSAL, { proposal: props });
  if (!record) throw new StoreError('CONFLICT', `proposal ${input.id} changed during the write`);
  await writeAudit(tx, audit, now, [proposalAuditItem(before, proposal)]);
  return { proposal: proposalField(record.get('p')), result };
}
