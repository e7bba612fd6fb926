/**
 * The tiny network plus what the catalog and visibility tests need: persons located in regions, a municipality,
 * a sub-topic, and one network, funding programme, resource and project. Kept apart from TINY_NETWORK, which
 * other test suites count on.
 */
import type { UpsertBatch } from '../../src/store/port.js';
import { TINY_NETWORK, rel } from './tiny-network.js';

export const API_NETWORK: UpsertBatch = {
  nodes: [
    ...TINY_NETWORK.nodes,
    {
      label: 'Region',
      id: 'reg-14626110',
      properties: { name: 'Görlitz, Stadt', level: 'municipality', ags: '14626110' },
    },
    {
      label: 'Topic',
      id: 'top-citizen_energy',
      properties: { name: 'Bürgerenergie', key: 'citizen_energy' },
    },
    { label: 'Network', id: 'net-energie', properties: { name: 'Energienetz Lausitz' } },
    {
      label: 'FundingProgramme',
      id: 'fun-klima',
      properties: { name: 'Klimaschutz vor Ort', funderLevel: 'state' },
    },
    { label: 'Resource', id: 'res-raum', properties: { name: 'Seminarraum', kind: 'rooms' } },
    { label: 'Project', id: 'prj-solar', properties: { name: 'Solar auf Schuldächern' } },
  ],
  relationships: [
    ...TINY_NETWORK.relationships,
    rel('PART_OF', 'po-3', 'reg-14626110', 'reg-14626'),
    rel('PART_OF', 'po-4', 'top-citizen_energy', 'top-energy_climate'),
    rel('LOCATED_IN', 'li-anna', 'per-anna', 'reg-14626110'),
    rel('LOCATED_IN', 'li-bernd', 'per-bernd', 'reg-14626'),
    rel('LOCATED_IN', 'li-carla', 'per-carla', 'reg-14713'),
    rel('MEMBER_OF_NETWORK', 'mn-1', 'per-carla', 'net-energie', { role: 'coordinator' }),
    rel('OFFERS', 'of-1', 'per-bernd', 'res-raum'),
  ],
};
