/** Every statement the Neo4j store can send, for the lint test and for reviewing the store's Cypher. */
import { adminStatements } from './admin-statements.js';
import { introductionStatements } from './introduction-statements.js';
import type { Statement } from './names.js';
import { proposalStatements } from './proposal-statements.js';
import { readStatements } from './read-statements.js';
import { systemStatements } from './system-statements.js';
import { tieProposalStatements } from './tie-proposal-statements.js';
import { writeStatements } from './write-statements.js';

export type { Statement } from './names.js';

export function allCypherStatements(): Statement[] {
  return [
    ...adminStatements(),
    ...readStatements(),
    ...writeStatements(),
    ...systemStatements(),
    ...introductionStatements(),
    ...tieProposalStatements(),
    ...proposalStatements(),
  ];
}
