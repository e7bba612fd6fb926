/**
 * The store contract: one set of cases, run against every store: the embedded store (fresh temp directory) in
 * the server project, Neo4j (a clean database from test-support/store/neo4j-test-store.ts) in the Neo4j tier, which sets
 * NEO4J_URI. Cases compare sets unless the port defines an order, and never depend on wall-clock time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { accountCases } from './contract/accounts.js';
import { auditListCases } from './contract/audit-list.js';
import { auditCases } from './contract/audit.js';
import { consentCases } from './contract/consent.js';
import { introductionCases } from './contract/introductions.js';
import { proposalCases } from './contract/proposals.js';
import { nodeValidationCases } from './contract/node-validation.js';
import { nodesAndChangesCases } from './contract/nodes-and-changes.js';
import { neighbourhoodCases } from './contract/neighbourhood.js';
import { neighbourhoodDateCases } from './contract/neighbourhood-dates.js';
import { radiusCases } from './contract/radius.js';
import { relationshipCases } from './contract/relationships.js';
import { searchCases } from './contract/search.js';
import { statsSchemaHealthCases } from './contract/stats-schema-health.js';
import { subgraphCases } from './contract/subgraph.js';
import { systemRecordCases } from './contract/system-records.js';
import { tieProposalCases } from './contract/tie-proposals.js';
import { upsertCases } from './contract/upsert.js';
import { openEmbeddedStore } from './embedded/embedded-store.js';
import type { GraphStore } from './port.js';

const CASES = [
  nodesAndChangesCases,
  nodeValidationCases,
  relationshipCases,
  upsertCases,
  searchCases,
  radiusCases,
  neighbourhoodCases,
  neighbourhoodDateCases,
  subgraphCases,
  statsSchemaHealthCases,
  auditCases,
  auditListCases,
  accountCases,
  systemRecordCases,
  introductionCases,
  tieProposalCases,
  proposalCases,
  consentCases,
];

function contract(name: string, open: () => Promise<GraphStore>, cleanup = (): void => {}): void {
  describe(name, () => {
    let store: GraphStore | undefined;
    const getStore = (): GraphStore => {
      if (!store) throw new Error(`${name}: store not open`);
      return store;
    };
    beforeAll(async () => {
      store = await open();
      await store.setupSchema();
    });
    afterAll(async () => {
      await store?.close();
      cleanup();
    });
    beforeEach(async () => {
      await getStore().clear({ system: true });
    });
    for (const cases of CASES) cases(getStore);
  });
}

if (process.env.NEO4J_URI) {
  // The Neo4j tier (vitest.neo4j.config.ts). Imported only here, so the embedded run never loads the adapter.
  contract('neo4j store contract', async () => {
    const { openNeo4jTestStore } = await import('../../test-support/store/neo4j-test-store.js');
    return openNeo4jTestStore();
  });
} else {
  let embeddedDir = '';
  contract(
    'embedded store contract',
    async () => {
      embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nzr-contract-'));
      return openEmbeddedStore({ dataDir: embeddedDir, snapshotThresholdBytes: 64 * 1024 });
    },
    () => fs.rmSync(embeddedDir, { recursive: true, force: true }),
  );
}
