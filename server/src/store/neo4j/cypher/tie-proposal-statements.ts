/**
 * Statements for tie proposals: nodes labelled TieProposal WITHOUT the Entity label (graph-schema
 * tie-proposals.ts), so no graph statement (all anchored on :Entity) ever reaches them. The clear statement
 * (admin-statements.ts) removes them with the graph, whose actors they name.
 */
import { TIE_PROPOSAL_LABEL } from '@nzr/graph-schema';
import { lines } from './names.js';
import type { Statement } from './names.js';

const PROPOSAL = TIE_PROPOSAL_LABEL;

export const GET_TIE_PROPOSAL: Statement = {
  name: 'getTieProposal',
  cypher: lines(`MATCH (t:${PROPOSAL} {id: $id})`, 'RETURN t'),
};

/** Reads a proposal and takes its write lock, so the version check holds until commit. */
export const LOCK_TIE_PROPOSAL: Statement = {
  name: 'lockTieProposal',
  cypher: lines(
    `MATCH (t:${PROPOSAL} {id: $id})`,
    'SET t._lock = true',
    'REMOVE t._lock',
    'RETURN t',
  ),
};

/** The pending proposal holding an open key (unique while set; tie_proposal_open_key_unique). */
export const OPEN_TIE_PROPOSAL: Statement = {
  name: 'openTieProposal',
  cypher: lines(`MATCH (t:${PROPOSAL} {openKey: $openKey})`, 'RETURN t'),
};

/** `$tieProposal` holds every property (nulls are left unset, so a decided proposal has no openKey). */
export const CREATE_TIE_PROPOSAL: Statement = {
  name: 'createTieProposal',
  cypher: lines(`CREATE (t:${PROPOSAL})`, 'SET t = $tieProposal', 'RETURN t'),
};

export const REPLACE_TIE_PROPOSAL: Statement = {
  name: 'replaceTieProposal',
  cypher: lines(`MATCH (t:${PROPOSAL} {id: $id})`, 'SET t = $tieProposal', 'RETURN t'),
};

/** Newest first, with the cursor position as for introductions ('~' sorts after every timestamp). */
export const LIST_TIE_PROPOSALS: Statement = {
  name: 'listTieProposals',
  cypher: lines(
    `MATCH (t:${PROPOSAL})`,
    'WHERE t.createdAt <= $afterCreatedAt',
    '  AND NOT (t.createdAt = $afterCreatedAt AND t.id >= $afterId)',
    '  AND ($regionId IS NULL OR $regionId IN t.regionIds)',
    '  AND ($regionIds IS NULL OR size(t.regionIds) = 0',
    '       OR any(scope IN $regionIds WHERE scope IN t.regionIds))',
    '  AND ($actorIds IS NULL OR t.fromId IN $actorIds OR t.toId IN $actorIds)',
    '  AND ($statuses IS NULL OR t.status IN $statuses)',
    'RETURN t',
    'ORDER BY t.createdAt DESC, t.id DESC',
    'LIMIT $limit',
  ),
};

export function tieProposalStatements(): Statement[] {
  return [
    GET_TIE_PROPOSAL,
    LOCK_TIE_PROPOSAL,
    OPEN_TIE_PROPOSAL,
    CREATE_TIE_PROPOSAL,
    REPLACE_TIE_PROPOSAL,
    LIST_TIE_PROPOSALS,
  ];
}
