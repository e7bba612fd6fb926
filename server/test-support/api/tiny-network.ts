/**
 * A tiny hand-written network for API tests: two districts, a handful of institutions in different sectors,
 * and three persons with different visibilities (only the public one may reach the anonymous viewer).
 * Relationship ids are short per type (`co-1`, `mo-2`, ...): the API tests name them.
 */
import type { RelationshipType } from '@nzr/graph-schema';
import { STATE_REGION_ID, regionId } from '@nzr/graph-schema';
import type { UpsertBatch } from '../../src/store/port.js';
import { FixtureBuilder, place } from '../fixture-builder.js';
import type { RelIds } from '../fixture-builder.js';

const PREFIX: Partial<Record<RelationshipType, string>> = {
  PART_OF: 'po',
  LOCATED_IN: 'li',
  WORKS_ON: 'wo',
  COOPERATES_WITH: 'co',
  MEMBER_OF: 'mo',
  KNOWS: 'kn',
  MEMBER_OF_NETWORK: 'mn',
  OFFERS: 'of',
};
/** `po-1`, `po-2`, `li-1`, ...: a prefix per type, counted per type. */
const perTypeIds: RelIds = ({ type, indexOfType }) => `${PREFIX[type] ?? type}-${indexOfType + 1}`;

const GOERLITZ = regionId('14626');
const LEIPZIG = regionId('14713');

/** The tiny network's builder, for tests that extend it or override a property. */
export function tinyNetwork(): FixtureBuilder {
  return new FixtureBuilder(perTypeIds)
    .region('14', 'Sachsen', 'state')
    .region('14626', 'Landkreis Görlitz', 'district', { location: place(51.15, 14.97) })
    .region('14713', 'Leipzig', 'district', { urban: true, location: place(51.34, 12.37) })
    .topic('energy_climate')
    .institution('ins-energie-goerlitz', 'business', {
      name: 'Bürgerenergie Görlitz eG',
      lat: 51.152,
      lon: 14.987,
      props: { description: 'Genossenschaft für Solaranlagen auf Schuldächern.', kind: 'business' },
    })
    .institution('ins-schule-loebau', 'education', {
      name: 'Oberschule Löbau',
      lat: 51.1,
      lon: 14.67,
      props: { kind: 'school' },
    })
    .institution('ins-gruene-liga', 'civil_society', { name: 'Grüne Liga Leipzig e.V.' })
    .institution('ins-kirche-zittau', 'religion', {
      name: 'Kirchgemeinde Zittau',
      props: { kind: 'parish' },
    })
    .institution('ins-energieagentur', 'business', {
      name: 'Energieagentur Leipzig',
      props: { kind: 'business' },
    })
    .institution('ins-energiewende', 'civil_society', { name: 'Energiewende Oberlausitz e.V.' })
    .institution('ins-energietisch', 'civil_society', {
      name: 'Energietisch Zittau',
      props: { kind: 'initiative' },
    })
    .person('per-anna', {
      name: 'Anna Öztürk',
      props: { email: 'anna@example.org', consentDate: '2025-03-01' },
    })
    .person('per-bernd', { name: 'Bernd Energie-Müller', props: { visibility: 'members' } })
    .person('per-carla', { name: 'Carla Koordination', props: { visibility: 'coordinators' } })
    .rel('PART_OF', GOERLITZ, STATE_REGION_ID)
    .rel('PART_OF', LEIPZIG, STATE_REGION_ID)
    .rel('LOCATED_IN', 'ins-energie-goerlitz', GOERLITZ)
    .rel('LOCATED_IN', 'ins-schule-loebau', GOERLITZ)
    .rel('LOCATED_IN', 'ins-gruene-liga', LEIPZIG)
    .worksOn('ins-energie-goerlitz', ['energy_climate'])
    .rel('COOPERATES_WITH', 'ins-energie-goerlitz', 'ins-schule-loebau', {
      kind: 'project',
      from: '2024-01-01',
    })
    .rel('COOPERATES_WITH', 'ins-schule-loebau', 'ins-kirche-zittau', {
      kind: 'exchange',
      from: '2023-05-01',
    })
    .rel('MEMBER_OF', 'per-anna', 'ins-energie-goerlitz', { role: 'Vorstand' })
    .rel('MEMBER_OF', 'per-bernd', 'ins-energie-goerlitz', { role: 'Mitglied' })
    .rel('MEMBER_OF', 'per-carla', 'ins-schule-loebau')
    .rel('KNOWS', 'per-anna', 'per-bernd');
}

export const TINY_NETWORK: UpsertBatch = tinyNetwork().batch();
