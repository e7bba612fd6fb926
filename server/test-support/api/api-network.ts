/**
 * The tiny network plus what the catalog and visibility tests need: persons located in regions, a municipality,
 * a sub-topic, and one network, funding programme, resource and project. Kept apart from TINY_NETWORK, which
 * other test suites count on.
 */
import { regionId, topicId } from '@nzr/graph-schema';
import type { UpsertBatch } from '../../src/store/port.js';
import { tinyNetwork } from './tiny-network.js';

const GOERLITZ_TOWN = regionId('14626110');

export const API_NETWORK: UpsertBatch = tinyNetwork()
  .region('14626110', 'Görlitz, Stadt', 'municipality')
  .topic('citizen_energy')
  .node('Network', 'net-energie', { name: 'Energienetz Lausitz' })
  .node('FundingProgramme', 'fun-klima', { name: 'Klimaschutz vor Ort', funderLevel: 'state' })
  .node('Resource', 'res-raum', { name: 'Seminarraum', kind: 'rooms' })
  .node('Project', 'prj-solar', { name: 'Solar auf Schuldächern' })
  .rel('PART_OF', GOERLITZ_TOWN, regionId('14626'))
  .rel('PART_OF', topicId('citizen_energy'), topicId('energy_climate'))
  .rel('LOCATED_IN', 'per-anna', GOERLITZ_TOWN, {}, 'li-anna')
  .rel('LOCATED_IN', 'per-bernd', regionId('14626'), {}, 'li-bernd')
  .rel('LOCATED_IN', 'per-carla', regionId('14713'), {}, 'li-carla')
  .rel('MEMBER_OF_NETWORK', 'per-carla', 'net-energie', { role: 'coordinator' })
  .rel('OFFERS', 'per-bernd', 'res-raum')
  .batch();
