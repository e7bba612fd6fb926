/**
 * Statements for proposals: nodes labelled Proposal WITHOUT the Entity label (graph-schema proposals.ts), so
 * no graph statement (all anchored on :Entity) ever reaches them. The clear statement (admin-statements.ts)
 * removes them with the graph, whose entries they name.
 */
import { PROPOSAL_LABEL } from '@nzr/graph-schema';
import { lines } from './names.js';
import type { Statement } from './names.js';

const PROPOSAL = PROPOSAL_LABEL;

export const GET_PROPOSAL: Statement = {
  name: 'getProposal',
  cypher: lines(`MATCH (p:${PROPOSAL} {id: $id})`, 'RETURN p'),
};

/** Reads a proposal and takes its write lock, so the version check holds until commit. */
export const LOCK_PROPOSAL: Statement = {
  name: 'lockProposal',
  cypher: lines(
    `MATCH (p:${PROPOSAL} {id: $id})`,
    'SET p._lock = true',
    'REMOVE p._lock',
    'RETURN p',
  ),
};

/** `$proposal` holds every property (nulls are left unset; the payload as JSON text). */
export const CREATE_PROPOSAL: Statement = {
  name: 'createProposal',
  cypher: lines(`CREATE (p:${PROPOSAL})`, 'SET p = $proposal', 'RETURN p'),
};

export const REPLACE_PROPOSAL: Statement = {
  name: 'replaceProposal',
  cypher: lines(`MATCH (p:${PROPOSAL} {id: $id})`, 'SET p = $proposal', 'RETURN p'),
};

/** Newest first, as LIST_INTRODUCTIONS ('~' sorts after every timestamp for the first page). */
export const LIST_PROPOSALS: Statement = {
  name: 'listProposals',
  cypher: lines(
    `MATCH (p:${PROPOSAL})`,
    'WHERE p.createdAt <= $afterCreatedAt',
    '  AND NOT (p.createdAt = $afterCreatedAt AND p.id >= $afterId)',
    '  AND ($regionId IS NULL OR $regionId IN p.regionIds)',
    '  AND ($regionIds IS NULL OR size(p.regionIds) = 0',
    '       OR any(scope IN $regionIds WHERE scope IN p.regionIds))',
    '  AND ($statuses IS NULL OR p.status IN $statuses)',
    '  AND ($submittedBy IS NULL OR p.submittedBy = $submittedBy)',
    'RETURN p',
    'ORDER BY p.createdAt DESC, p.id DESC',
    'LIMIT $limit',
  ),
};

export const COUNT_PROPOSALS: Statement = {
  name: 'countProposals',
  cypher: lines(
    `MATCH (p:${PROPOSAL})`,
    'WHERE p.status = $status',
    '  AND ($regionId IS NULL OR $regionId IN p.regionIds)',
    '  AND ($regionIds IS NULL OR size(p.regionIds) = 0',
    '       OR any(scope IN $regionIds WHERE scope IN p.regionIds))',
    '  AND ($sourceKey IS NULL OR p.sourceKey = $sourceKey)',
    'RETURN count(p) AS count',
  ),
};

export function proposalStatements(): Statement[] {
  return [
    GET_PROPOSAL,
    LOCK_PROPOSAL,
    CREATE_PROPOSAL,
    REPLACE_PROPOSAL,
    LIST_PROPOSALS,
    COUNT_PROPOSALS,
  ];
}
