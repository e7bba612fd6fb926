/**
 * An asker (Anna, who needs a room) with her association, a school that offers a room, a teacher two hops away
 * and an unrelated business: the snapshot of the allies and resource-matching tests.
 */
import { buildSnapshot } from '../../src/analyses/kernel/snapshot.js';
import type { Snapshot } from '../../src/analyses/kernel/snapshot.js';
import { SubgraphBuilder } from './subgraph-builder.js';

export function neighbourhood(): Snapshot {
  return buildSnapshot(
    new SubgraphBuilder()
      .topicTree()
      .person('me', { name: 'Anna', topics: ['citizen_energy'], lat: 51, lon: 13 })
      .institution('verein', 'civil_society', { name: 'Energieverein' })
      .institution('schule', 'education', { name: 'Oberschule', topics: ['renewable_energy'] })
      .person('lehrerin', { name: 'Frau B.' })
      .institution('fremd', 'business', { name: 'Solarhandwerk', topics: ['citizen_energy'] })
      .node('Resource', 'r1', { kind: 'rooms' })
      .node('Resource', 'r2', { kind: 'rooms', location: { latitude: 51.01, longitude: 13 } })
      .node('Resource', 'r3', { kind: 'money' })
      .rel('WORKS_ON', 'r1', 'top-energy_climate')
      .rel('MEMBER_OF', 'me', 'verein')
      .coop('verein', 'schule')
      .rel('MEMBER_OF', 'lehrerin', 'schule')
      .rel('NEEDS', 'me', 'r1')
      .rel('OFFERS', 'schule', 'r2')
      .rel('OFFERS', 'fremd', 'r3')
      .build(),
  );
}
