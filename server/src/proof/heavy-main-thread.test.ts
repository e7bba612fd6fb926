/**
 * Regression test for issue 14 (load proof: /health p99 12.5 s): the main thread still gathered every
 * export's and analysis's data from the embedded store, in synchronous store calls that read the whole graph
 * (a whole-graph export held the event loop for about a second on 10k actors). Now each heavy-work thread
 * holds a read replica and gathers from it, so the main thread reads at most one replica slice (SLICE items)
 * per event-loop turn. Asserted by counting items per turn (test-support/proof/ticks.ts), never by time; the
 * same count without a replica (the main thread gathering, as before) shows that the check can fail.
 */
import 'reflect-metadata';
import { afterEach, describe, expect, it } from 'vitest';
import { FixtureBuilder } from '../../test-support/fixture-builder.js';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { withFault } from '../../test-support/api/fault.js';
import { countPerTick } from '../../test-support/proof/ticks.js';
import type { TickCounter } from '../../test-support/proof/ticks.js';
import { SLICE } from '../store/embedded/replica.js';
import type { UpsertBatch } from '../store/port.js';

/** Institutions in the state, each working on a topic, in a chain of cooperations: 2 SLICEs of each. */
function stateNetwork(size: number): UpsertBatch {
  const network = new FixtureBuilder().region('14', 'Sachsen', 'state').topicTree();
  for (let i = 0; i < size; i++) {
    network.institution(`ins-${i}`, i % 2 === 0 ? 'civil_society' : 'business', {
      region: 'reg-14',
      topics: [i % 3 === 0 ? 'energy_climate' : 'transport'],
    });
    if (i > 0) network.coop(`ins-${i - 1}`, `ins-${i}`);
  }
  return network.batch();
}

const HEAVY = [
  '{ brokers(regionId: "reg-14", network: cooperation, limit: 5) { brokers { node { id } } actors } }',
  '{ topicClusters(regionId: "reg-14", limit: 5) { clusters { id size } actors } }',
  '{ regionComparison { regions { region { id } actors } actors } }',
  '{ themeCooccurrence(regionId: "reg-14") { nodes { topicId } } }',
];

let api: TestApi | undefined;
let counter: TickCounter | undefined;
afterEach(async () => {
  counter?.stop();
  await api?.close();
  api = undefined;
});

async function serveHeavyRequests(withReplica: boolean): Promise<TickCounter> {
  let counted: TickCounter | undefined;
  api = await startTestApi({
    fixture: stateNetwork(2 * SLICE),
    heavy: { threads: 1 },
    wrapStore: (store) => {
      counted = countPerTick(withReplica ? store : withFault(store, 'replicate', undefined));
      return counted.store;
    },
  });
  if (!counted) throw new Error('the store was not wrapped');
  counter = counted;
  const exported = await fetch(`${api.url}/api/export?format=graphml`);
  expect(exported.status).toBe(200);
  expect(await exported.text()).toContain('ins-1999');
  for (const query of HEAVY) {
    const answer = await api.gql<Record<string, unknown>>(query);
    expect(answer.errors).toBeUndefined();
  }
  return counted;
}

describe('heavy requests on the main thread', () => {
  it('read at most one replica slice of the store per event-loop turn', async () => {
    const counted = await serveHeavyRequests(true);
    // The export and the analyses read nothing from the store on the main thread: their thread did.
    expect(counted.readItems()).toBe(0);
    expect(counted.maxPerTick()).toBeGreaterThan(0);
    expect(counted.maxPerTick()).toBeLessThanOrEqual(SLICE);
  });

  it('read the whole graph in one turn when the main thread gathers (as before the replica)', async () => {
    const counted = await serveHeavyRequests(false);
    expect(counted.maxPerTick()).toBeGreaterThan(2 * SLICE);
  });
});
