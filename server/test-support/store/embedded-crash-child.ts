/**
 * Child process of crash.test.ts: writes upsert batches into DATA_DIR (argv[2]) forever and prints "ACK <n>"
 * only after batch n was acknowledged. Resumes after the last batch found in the store, so every round of
 * the crash test also exercises recovery. A small snapshot threshold makes snapshots frequent, so kills also
 * land in the middle of snapshots.
 */
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store.js';

const BATCH_NODES = 150; // crash.test.ts checks batches of this size

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-crash-child.ts <dataDir>');
const store = await openEmbeddedStore({
  dataDir,
  snapshotThresholdBytes: 512 * 1024,
  logger: { warn: (message) => process.stderr.write(`${message}\n`) },
});
const [counter] = await store.getNodes(['reg-counter']);
const population = counter?.properties.population;
let batch = typeof population === 'number' ? population : 0;
for (;;) {
  batch++;
  const nodes = Array.from({ length: BATCH_NODES }, (_, i) => ({
    label: 'Institution' as const,
    id: `ins-${batch}-${i}`,
    properties: {
      name: `Batch ${batch} item ${i}`,
      kind: 'association',
      sector: 'civil_society',
      description: 'Ein Verein in der Oberlausitz. '.repeat(40),
    },
  }));
  await store.upsert({
    nodes: [
      ...nodes,
      {
        label: 'Region',
        id: 'reg-counter',
        properties: { name: 'Counter', level: 'state', ags: '14', population: batch },
      },
    ],
    relationships: [],
  });
  process.stdout.write(`ACK ${batch}\n`);
}
