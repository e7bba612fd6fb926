/**
 * The Neo4j store: the GraphStore port over neo4j-driver with parameterised Cypher. Arguments are checked
 * with the shared checks before any database work, so that both stores fail the same way on bad input.
 */
import { FULLTEXT_INDEX, SCHEMA_ITEMS, isRelationshipType } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type { GraphStore, RelationshipRef } from '../port.js';
import {
  checkAccountId,
  checkAccountInput,
  checkAccountListQuery,
  checkAccountLookup,
} from '../shared/accounts.js';
import { checkAuditInput, checkAuditQuery } from '../shared/audit.js';
import { checkChangesStatically, checkUpsertStatically } from '../shared/change-plan.js';
import {
  checkIds,
  checkNeighbourhoodQuery,
  checkRadiusQuery,
  checkSearchQuery,
  checkSubgraphQuery,
} from '../shared/query-checks.js';
import {
  checkIntroductionCount,
  checkIntroductionId,
  checkIntroductionInput,
  checkIntroductionQuery,
} from '../shared/introductions.js';
import * as introductions from './introductions.js';
import * as tieProposals from './tie-proposals.js';
import {
  checkTieProposalId,
  checkTieProposalInput,
  checkTieProposalQuery,
} from '../shared/tie-proposals.js';
import {
  checkProposalCount,
  checkProposalId,
  checkProposalInput,
  checkProposalQuery,
} from '../shared/proposals.js';
import * as proposals from './proposals.js';
import {
  AWAIT_INDEXES,
  CLEAR,
  SHOW_CONSTRAINT_NAMES,
  SHOW_INDEX_NAMES,
  schemaStatements,
} from './cypher/admin-statements.js';
import { Connection } from './driver.js';
import type { Neo4jConfig } from './driver.js';
import { int } from './params.js';
import { readNodes, readRelationships, search, stats, withinRadius } from './reads.js';
import { neighbourhood, subgraph } from './traversal.js';
import { upsert } from './upsert.js';
import { applyChanges } from './writes.js';
import { CLEAR_SYSTEM } from './cypher/system-statements.js';
import * as system from './system.js';

function checkRefs(refs: readonly RelationshipRef[]): void {
  if (!Array.isArray(refs)) checkIds(refs, LIMITS.MAX_IDS, 'refs');
  checkIds(
    refs.map((ref) => ref?.id),
    LIMITS.MAX_IDS,
    'refs',
  );
  const bad = refs.findIndex((ref) => !isRelationshipType(ref.type));
  if (bad >= 0) {
    throw validationError([
      { path: `refs[${bad}].type`, message: 'is not a known relationship type' },
    ]);
  }
}

/** Index population on a large database can take a while; setup fails rather than serving without indexes. */
const AWAIT_INDEXES_SECONDS = 300;

async function setupSchema(connection: Connection): Promise<{ items: string[] }> {
  for (const statement of schemaStatements()) {
    await connection.autoCommit(statement, {}, 'create constraints and indexes');
  }
  await connection.autoCommit(
    AWAIT_INDEXES,
    { timeoutSeconds: int(AWAIT_INDEXES_SECONDS) },
    'wait for indexes to come online',
  );
  const present = new Set<string>();
  for (const statement of [SHOW_INDEX_NAMES, SHOW_CONSTRAINT_NAMES]) {
    const records = await connection.autoCommit(statement, {}, 'list indexes and constraints');
    records.forEach((record) => present.add(String(record.get('name'))));
  }
  // IF NOT EXISTS is a no-op when an equivalent index exists under another name. That is harmless for
  // constraints and range/point indexes (the planner finds them by schema), but the full-text index is
  // queried by name.
  if (!present.has(FULLTEXT_INDEX)) {
    throw new StoreError(
      'STORE_CORRUPT',
      `the full-text index ${FULLTEXT_INDEX} is missing (an equivalent index under another name blocks it); drop that index and restart`,
    );
  }
  return { items: SCHEMA_ITEMS.map((item) => item.name) };
}

export async function openNeo4jStore(config: Neo4jConfig): Promise<GraphStore> {
  const connection = await Connection.open(config);
  return {
    kind: 'neo4j',
    setupSchema: () => setupSchema(connection),
    async getNodes(ids) {
      checkIds(ids, LIMITS.MAX_IDS);
      return connection.read((tx) => readNodes(tx, ids), 'read nodes');
    },
    async getRelationships(refs) {
      checkRefs(refs);
      return connection.read((tx) => readRelationships(tx, refs), 'read relationships');
    },
    async search(query) {
      checkSearchQuery(query);
      return connection.read((tx) => search(tx, query), 'search');
    },
    async withinRadius(query) {
      checkRadiusQuery(query);
      return connection.read((tx) => withinRadius(tx, query), 'run a radius query');
    },
    async neighbourhood(query) {
      checkNeighbourhoodQuery(query);
      return connection.read((tx) => neighbourhood(tx, query), 'read a neighbourhood');
    },
    async subgraph(query) {
      checkSubgraphQuery(query);
      return connection.read((tx) => subgraph(tx, query), 'read a subgraph');
    },
    async applyChanges(changes, audit) {
      checkChangesStatically(changes);
      checkAuditInput(audit);
      return connection.write((tx) => applyChanges(tx, changes, audit), 'write changes');
    },
    async upsert(batch, audit) {
      checkUpsertStatically(batch);
      checkAuditInput(audit);
      return connection.write((tx) => upsert(tx, batch, audit), 'upsert');
    },
    async listAudit(query) {
      const after = checkAuditQuery(query);
      return connection.read((tx) => system.listAudit(tx, query, after), 'list the audit trail');
    },
    async getAccount(lookup) {
      const checked = checkAccountLookup(lookup);
      return connection.read((tx) => system.getAccount(tx, checked), 'read an account');
    },
    async listAccounts(query) {
      const after = checkAccountListQuery(query);
      return connection.read((tx) => system.listAccounts(tx, query.first, after), 'list accounts');
    },
    async saveAccount(input, expectedVersion, audit) {
      checkAccountInput(input, expectedVersion);
      checkAuditInput(audit);
      return connection.write(
        (tx) => system.saveAccount(tx, input, expectedVersion, audit),
        'save an account',
      );
    },
    async deleteAccount(id, audit) {
      checkAccountId(id);
      checkAuditInput(audit);
      return connection.write((tx) => system.deleteAccount(tx, id, audit), 'delete an account');
    },
    async getIntroduction(id) {
      checkIntroductionId(id);
      return connection.read((tx) => introductions.getIntroduction(tx, id), 'read an introduction');
    },
    async listIntroductions(query) {
      const after = checkIntroductionQuery(query);
      return connection.read(
        (tx) => introductions.listIntroductions(tx, query, after),
        'list introductions',
      );
    },
    async countIntroductions(regionId, actorLabel) {
      checkIntroductionCount(regionId, actorLabel);
      return connection.read(
        (tx) => introductions.countIntroductions(tx, regionId, actorLabel),
        'count introductions',
      );
    },
    async saveIntroduction(input, expectedVersion, changes, audit) {
      checkIntroductionInput(input, expectedVersion);
      if (changes.length > 0) checkChangesStatically(changes);
      checkAuditInput(audit);
      return connection.write(
        (tx) => introductions.saveIntroduction(tx, input, expectedVersion, changes, audit),
        'save an introduction',
      );
    },
    async getTieProposal(id) {
      checkTieProposalId(id);
      return connection.read((tx) => tieProposals.getTieProposal(tx, id), 'read a tie proposal');
    },
    async listTieProposals(query) {
      const after = checkTieProposalQuery(query);
      return connection.read(
        (tx) => tieProposals.listTieProposals(tx, query, after),
        'list tie proposals',
      );
    },
    async saveTieProposal(input, expectedVersion, changes, audit) {
      checkTieProposalInput(input, expectedVersion);
      if (changes.length > 0) checkChangesStatically(changes);
      checkAuditInput(audit);
      return connection.write(
        (tx) => tieProposals.saveTieProposal(tx, input, expectedVersion, changes, audit),
        'save a tie proposal',
      );
    },
    async getProposal(id) {
      checkProposalId(id);
      return connection.read((tx) => proposals.getProposal(tx, id), 'read a proposal');
    },
    async listProposals(query) {
      const after = checkProposalQuery(query);
      return connection.read((tx) => proposals.listProposals(tx, query, after), 'list proposals');
    },
    async countProposals(count) {
      checkProposalCount(count);
      return connection.read((tx) => proposals.countProposals(tx, count), 'count proposals');
    },
    async saveProposal(input, expectedVersion, changes, audit) {
      checkProposalInput(input, expectedVersion);
      if (changes.length > 0) checkChangesStatically(changes);
      checkAuditInput(audit);
      return connection.write(
        (tx) => proposals.saveProposal(tx, input, expectedVersion, changes, audit),
        'save a proposal',
      );
    },
    stats: () => connection.read(stats, 'count nodes and relationships'),
    async health() {
      try {
        await connection.verify();
        return { ok: true, store: 'neo4j', message: `connected to ${connection.describe()}` };
      } catch (error) {
        const message = error instanceof StoreError ? error.message : 'Neo4j is not reachable';
        return { ok: false, store: 'neo4j', message };
      }
    },
    async clear(options) {
      await connection.autoCommit(CLEAR, {}, 'delete all data');
      if (options?.system === true) {
        await connection.autoCommit(CLEAR_SYSTEM, {}, 'delete accounts and the audit trail');
      }
    },
    close: () => connection.close(),
  };
}
