/**
 * Tie proposals in Neo4j (TieProposal nodes beside the graph). A save runs in the caller's write transaction
 * with its graph changes (writes.ts applyChanges) and audit entries: one commit, all or nothing. The unique
 * open key catches a second pending proposal for the same pair even when two writers race.
 */
import { StoreError } from '../errors.js';
import type {
  AuditInput,
  Change,
  ChangeResult,
  TieProposal,
  TieProposalInput,
  TieProposalPage,
  TieProposalQuery,
} from '../port.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import {
  checkTieProposalSave,
  openKeyOf,
  tieProposalAfterSave,
  tieProposalAuditItem,
} from '../shared/tie-proposals.js';
import {
  CREATE_TIE_PROPOSAL,
  GET_TIE_PROPOSAL,
  LIST_TIE_PROPOSALS,
  LOCK_TIE_PROPOSAL,
  OPEN_TIE_PROPOSAL,
  REPLACE_TIE_PROPOSAL,
} from './cypher/tie-proposal-statements.js';
import type { Tx } from './driver.js';
import { int } from './params.js';
import { writeAudit } from './system.js';
import { tieProposalField, tieProposalProperties } from './tie-proposal-records.js';
import { applyChanges } from './writes.js';

const NO_CHANGES: ChangeResult = {
  nodes: [],
  relationships: [],
  deletedNodeIds: [],
  deletedRelationshipIds: [],
};

export async function getTieProposal(tx: Tx, id: string): Promise<TieProposal | null> {
  const [record] = await tx.run(GET_TIE_PROPOSAL, { id });
  return record ? tieProposalField(record.get('t')) : null;
}

export async function listTieProposals(
  tx: Tx,
  query: TieProposalQuery,
  after: { createdAt: string; id: string } | undefined,
): Promise<TieProposalPage> {
  const records = await tx.run(LIST_TIE_PROPOSALS, {
    afterCreatedAt: after?.createdAt ?? '~',
    afterId: after?.id ?? '',
    regionId: query.regionId ?? null,
    regionIds: query.regionIds ? [...query.regionIds] : null,
    actorIds: query.actorIds ? [...query.actorIds] : null,
    statuses: query.statuses ? [...query.statuses] : null,
    limit: int(query.first + 1),
  });
  const tieProposals = records.map((record) => tieProposalField(record.get('t')));
  const page = tieProposals.slice(0, query.first);
  const last = page.at(-1);
  return {
    tieProposals: page,
    endCursor: last ? encodeKeyCursor([last.createdAt, last.id]) : null,
    hasNextPage: tieProposals.length > query.first,
  };
}

/** The input is already checked (checkTieProposalInput, checkAuditInput). */
export async function saveTieProposal(
  tx: Tx,
  input: TieProposalInput,
  expectedVersion: number | undefined,
  changes: readonly Change[],
  audit: AuditInput | undefined,
): Promise<{ tieProposal: TieProposal; result: ChangeResult }> {
  const [locked] = await tx.run(LOCK_TIE_PROPOSAL, { id: input.id });
  const before = locked ? tieProposalField(locked.get('t')) : undefined;
  const openKey = openKeyOf(input);
  const [open] = openKey === null ? [] : await tx.run(OPEN_TIE_PROPOSAL, { openKey });
  checkTieProposalSave(
    input,
    expectedVersion,
    before,
    open ? tieProposalField(open.get('t')) : undefined,
  );
  const result = changes.length > 0 ? await applyChanges(tx, changes, audit) : NO_CHANGES;
  const now = new Date().toISOString();
  const tieProposal = tieProposalAfterSave(input, before, now);
  const props = tieProposalProperties(tieProposal);
  const [record] = before
    ? await tx.run(REPLACE_TIE_PROPOSAL, { id: input.id, tieProposal: props })
    : await tx.run(CREATE_TIE_PROPOSAL, { tieProposal: props });
  if (!record)
    throw new StoreError('CONFLICT', `tie proposal ${input.id} changed during the write`);
  await writeAudit(tx, audit, now, [tieProposalAuditItem(before, tieProposal)]);
  return { tieProposal: tieProposalField(record.get('t')), result };
}
