/**
 * Crash safety of the whole server (issue 6, item 3): the real server runs as a child process on the embedded
 * store and takes CSV imports (500 rows each) and GraphQL mutations; it is killed with SIGKILL at seeded random
 * moments and restarted. Every write answered with 200 before the kill must be there after the restart, the
 * import in flight at the kill must be all or nothing, the server must come up without STORE_CORRUPT, and
 * /ready must say ready. store/embedded/crash.test.ts proves the same for the store alone; this adds HTTP,
 * GraphQL, the import path, the audit trail and start-up (first admin, session key) on top.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../store/embedded/embedded-store.js';
import { ApiClient } from '../../test-support/proof/api-client.js';
import { PROOF_SEED, SCALE, TIMEOUTS, seededRandom } from '../../test-support/proof/scale.js';
import { startServer, waitReady } from '../../test-support/proof/server-process.js';
import type { ServerProcess } from '../../test-support/proof/server-process.js';

const ADMIN = { email: 'crash-admin@example.org', password: 'crash admin password' };
const ROWS = SCALE.crashBatchRows;
const COUNTER = 'net-crash-counter';
const dirs: string[] = [];
const running: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => server.kill('SIGKILL')));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** What the server acknowledged (answered 200 without errors) and what was in flight at the kill. */
interface Ledger {
  batches: number;
  readonly ackedBatches: number[];
  readonly inFlightBatches: number[];
  readonly ackedNetworks: string[];
  counterVersion: number;
}

const batchIds = (batch: number): string[] =>
  Array.from({ length: ROWS }, (_, i) => `ins-crash-${batch}-${i}`);

function batchCsv(batch: number): string {
  const rows = batchIds(batch).map(
    (id, i) => `${id};Crash-Verein ${batch}/${i} "Ü";Verein;Zivilgesellschaft;Zeile ${i}`,
  );
  return ['id;name;kind;sector;description', ...rows].join('\n');
}

/** Writes until the server dies: an import, a createNode and an update of the counter, over and over. */
async function writeUntilKilled(api: ApiClient, ledger: Ledger, onAck: () => void): Promise<void> {
  for (let rows = 0; rows < SCALE.crashMaxRowsPerRound; rows += ROWS) {
    const batch = ledger.batches++;
    ledger.inFlightBatches.push(batch);
    try {
      const imported = await api.importCsv('institutions', batchCsv(batch), 'apply');
      if (imported.status !== 200)
        throw new Error(`import ${batch}: ${imported.status} ${imported.text}`);
      ledger.inFlightBatches.pop();
      ledger.ackedBatches.push(batch);
      onAck();
      const created = await api.gql<{ createNode: { id: string } }>(
        'mutation ($p: JSONObject!) { createNode(label: Network, properties: $p) { id } }',
        { p: { name: `Crash-Netz ${batch}` } },
      );
      if (created.data?.createNode) ledger.ackedNetworks.push(created.data.createNode.id);
      const updated = await api.gql<{ updateNode: { version: number } }>(
        'mutation ($v: Int!, $p: JSONObject!) { updateNode(id: "net-crash-counter", expectedVersion: $v, properties: $p) { version } }',
        { v: ledger.counterVersion, p: { description: `after batch ${batch}` } },
      );
      if (updated.data?.updateNode) ledger.counterVersion = updated.data.updateNode.version;
    } catch (error) {
      // The kill: connection refused or reset. Anything else is a real failure.
      if (error instanceof Error && /import \d+:/.test(error.message)) throw error;
      return;
    }
  }
}

/** Every acknowledged write is there; the batch in flight at the kill is all or nothing. */
async function verify(api: ApiClient, ledger: Ledger, batches: readonly number[]): Promise<void> {
  const present = async (ids: readonly string[]): Promise<number> => {
    let found = 0;
    for (let start = 0; start < ids.length; start += 100) {
      const body = await api.gql<{ nodes: ({ id: string } | null)[] }>(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: ids.slice(start, start + 100) },
      );
      expect(body.errors).toBeUndefined();
      found += (body.data?.nodes ?? []).filter((node) => node !== null).length;
    }
    return found;
  };
  for (const batch of batches) expect(await present(batchIds(batch)), `batch ${batch}`).toBe(ROWS);
  for (const batch of ledger.inFlightBatches)
    expect([0, ROWS]).toContain(await present(batchIds(batch)));
  expect(await present(ledger.ackedNetworks)).toBe(ledger.ackedNetworks.length);
  const counter = await api.gql<{ node: { version: number } }>(
    `{ node(id: "${COUNTER}") { version } }`,
  );
  const version = counter.data?.node.version ?? 0;
  // At most one update was in flight when the server died.
  expect(version === ledger.counterVersion || version === ledger.counterVersion + 1).toBe(true);
  ledger.counterVersion = version;
}

describe('the server survives kill -9', () => {
  it(
    `keeps every acknowledged write over ${SCALE.kills} kills`,
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-proof-crash-'));
      dirs.push(dataDir);
      const env = {
        DATA_DIR: dataDir,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'info',
      };
      const next = seededRandom(PROOF_SEED);
      const ledger: Ledger = {
        batches: 0,
        ackedBatches: [],
        inFlightBatches: [],
        ackedNetworks: [],
        counterVersion: 1,
      };
      let verified = 0;
      let killedMidImport = 0;
      for (let round = 0; round <= SCALE.kills; round++) {
        const server = startServer(env);
        running.push(server);
        const url = await server.ready;
        expect(await waitReady(url)).toMatchObject({ status: 200 });
        expect(server.output()).not.toMatch(/STORE_CORRUPT|repair/i);
        // The session key lives in DATA_DIR, but sign in anew each round as a client would after a restart.
        const api = new ApiClient(url).as(
          await new ApiClient(url).login(ADMIN.email, ADMIN.password),
        );
        if (round === 0) {
          const counter = await api.gql<{ createNode: { id: string } }>(
            `mutation { applyChanges(changes: [{ op: createNode, label: Network, id: "${COUNTER}", properties: { name: "Zähler" } }]) { nodes { id } } }`,
          );
          expect(counter.errors).toBeUndefined();
        } else {
          await verify(api, ledger, ledger.ackedBatches.slice(verified));
          verified = ledger.ackedBatches.length;
          ledger.inFlightBatches.length = 0;
        }
        if (round === SCALE.kills) {
          expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
          break;
        }
        const delay = Math.floor(next() * SCALE.crashMaxDelayMs);
        let timer: NodeJS.Timeout | undefined;
        const killed = new Promise<void>((resolve) => {
          void server.exited.then(() => resolve());
        });
        await writeUntilKilled(api, ledger, () => {
          timer ??= setTimeout(() => void server.kill('SIGKILL'), delay);
        });
        // The writer may have reached its row limit first: then kill now.
        if (timer === undefined) await server.kill('SIGKILL');
        await killed;
        if (ledger.inFlightBatches.length > 0) killedMidImport++;
        expect((await server.exited).signal).toBe('SIGKILL');
      }
      // After a clean shutdown: the store opens without warnings and holds every acknowledged row.
      const warnings: string[] = [];
      const store = await openEmbeddedStore({ dataDir, logger: { warn: (m) => warnings.push(m) } });
      try {
        expect(warnings).toEqual([]);
        for (const batch of ledger.ackedBatches) {
          expect((await store.getNodes(batchIds(batch))).length).toBe(ROWS);
        }
        const institutions = (await store.stats()).nodes.Institution;
        expect(institutions % ROWS).toBe(0);
        expect(institutions).toBeGreaterThanOrEqual(ledger.ackedBatches.length * ROWS);
        console.log(
          `server crash proof: ${SCALE.kills} kills, ${ledger.ackedBatches.length} acknowledged imports ` +
            `(${ledger.ackedBatches.length * ROWS} rows), ${ledger.ackedNetworks.length} mutations, ` +
            `${institutions / ROWS} imports committed, ${killedMidImport} kills during an import`,
        );
      } finally {
        await store.close();
      }
    },
    TIMEOUTS.crash,
  );
});
