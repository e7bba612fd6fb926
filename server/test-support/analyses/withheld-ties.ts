/**
 * A small snapshot input with relationships to nodes the store withheld (invisible persons, unrelated
 * institutions), as a store returns them for a viewer: the analyses must never let those ids through.
 */
import type { Subgraph } from '../../src/store/port.js';
import { SubgraphBuilder } from './subgraph-builder.js';

export function withSecrets(): Subgraph {
  const b = new SubgraphBuilder()
    .node('Topic', 'top-citizen_energy', { key: 'citizen_energy' })
    .node('Region', 'pirna', {
      level: 'municipality',
      ags: '14628270',
      location: { latitude: 50.96, longitude: 13.94 },
    })
    .institution('a', 'civil_society', { topics: ['citizen_energy'], region: 'pirna' })
    .institution('b', 'business', { topics: ['citizen_energy'], lat: 51, lon: 13.9 })
    .person('p', { region: 'pirna' })
    .node('Network', 'n', {})
    .coop('a', 'b', '2020-01-01', '2021-01-01');
  // Relationships to nodes the store withheld (invisible persons, unrelated institutions).
  b.rel('KNOWS', 'p', 'secret-person')
    .rel('MEMBER_OF', 'secret-person', 'a')
    .coop('a', 'secret-inst')
    .rel('MEMBER_OF_NETWORK', 'secret-person', 'n', { role: 'member' })
    .rel('OFFERS', 'secret-person', 'secret-resource')
    .rel('WORKS_ON', 'secret-person', 'top-citizen_energy');
  return b.build();
}
