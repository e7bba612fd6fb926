/**
 * The read replica of a heavy-work thread must equal the store: fed in slices while writes go on (updates of
 * nodes already sent and not yet sent, deletions, new nodes and relationships), and commit by commit after.
 * Messages are structured-cloned as they are between threads; the comparison is a whole-graph export read
 * once from the store and once from the replica (the same reading code).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureBuilder } from '../../../test-support/fixture-builder.js';
import { viewerFor } from '../../auth/viewer.js';
import { ExportService } from '../../modules/import-export/export.service.js';
import type { GraphReader, GraphStore } from '../port.js';
import { openEmbeddedStore } from './embedded-store.js';
import { SLICE, StoreReplica } from './replica.js';
import type { ReplicaMessage } from './replica.js';

const SIZE = 3 * SLICE;
const ADMIN = viewerFor('admin', null);

let dataDir = '';
let store: GraphStore;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-replica-'));
  store = await openEmbeddedStore({ dataDir });
  const network = new FixtureBuilder().region('14', 'Sachsen', 'state');
  for (let i = 0; i < SIZE; i++) {
    network.institution(`ins-${i}`, 'civil_society', { region: 'reg-14' });
    if (i > 0) network.coop(`ins-${i - 1}`, `ins-${i}`);
  }
  await store.upsert(network.batch());
});
afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const everything = (reader: GraphReader): Promise<unknown> =>
  new ExportService(reader, ADMIN).graph({ all: true });

const rename = (id: string, name: string) =>
  ({ op: 'updateNode', id, properties: { name } }) as const;

describe('read replica', () => {
  it('equals the store after a copy in slices with writes in between, and follows later commits', async () => {
    const replica = new StoreReplica();
    let messages = 0;
    const replication = store.replicate?.((message) => {
      messages++;
      replica.receive(structuredClone(message) as ReplicaMessage);
    });
    if (!replication) throw new Error('the embedded store has no replica feed');
    // After the first slice: change what was sent already, what is still to come, and add and delete.
    await nextTurn();
    expect(replica.size.nodes).toBeLessThan(SIZE);
    await store.applyChanges([
      rename('ins-0', 'Schon gesendet'),
      rename(`ins-${SIZE - 1}`, 'Noch nicht gesendet'),
      { op: 'deleteNode', id: `ins-${SIZE - 2}` },
      {
        op: 'createNode',
        label: 'Institution',
        id: 'ins-new',
        properties: { name: 'Neu', kind: 'association', sector: 'business' },
      },
      {
        op: 'createRelationship',
        type: 'COOPERATES_WITH',
        id: 'coop-new',
        from: 'ins-new',
        to: 'ins-1',
        properties: { kind: 'project', from: '2025-01-01' },
      },
    ]);
    await replication.loaded;
    expect(messages).toBeGreaterThan(SIZE / SLICE);
    expect(await everything(replica.reader)).toEqual(await everything(store));

    await store.applyChanges([rename('ins-1', 'Später'), { op: 'deleteNode', id: 'ins-new' }]);
    expect(await everything(replica.reader)).toEqual(await everything(store));

    replication.stop();
    await store.applyChanges([rename('ins-2', 'Nach dem Ende')]);
    expect(await everything(replica.reader)).not.toEqual(await everything(store));
  });
});
