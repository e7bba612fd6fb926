/**
 * A tiny hand-written network for API tests: two districts, a handful of institutions in different sectors,
 * and three persons with different visibilities (only the public one may reach the anonymous viewer).
 */
import type { UpsertBatch } from '../../src/store/port.js';

type Rel = UpsertBatch['relationships'][number];

const place = (latitude: number, longitude: number) => ({ latitude, longitude });
/** A relationship for a fixture batch. */
export const rel = (
  type: Rel['type'],
  id: string,
  from: string,
  to: string,
  properties: Rel['properties'] = {},
): Rel => ({
  type,
  id,
  from,
  to,
  properties,
});

export const TINY_NETWORK: UpsertBatch = {
  nodes: [
    { label: 'Region', id: 'reg-14', properties: { name: 'Sachsen', level: 'state', ags: '14' } },
    {
      label: 'Region',
      id: 'reg-14626',
      properties: {
        name: 'Landkreis Görlitz',
        level: 'district',
        ags: '14626',
        location: place(51.15, 14.97),
      },
    },
    {
      label: 'Region',
      id: 'reg-14713',
      properties: {
        name: 'Leipzig',
        level: 'district',
        ags: '14713',
        urban: true,
        location: place(51.34, 12.37),
      },
    },
    {
      label: 'Topic',
      id: 'top-energy_climate',
      properties: { name: 'Energie & Klimaschutz', key: 'energy_climate' },
    },
    {
      label: 'Institution',
      id: 'ins-energie-goerlitz',
      properties: {
        name: 'Bürgerenergie Görlitz eG',
        description: 'Genossenschaft für Solaranlagen auf Schuldächern.',
        kind: 'business',
        sector: 'business',
        location: place(51.152, 14.987),
      },
    },
    {
      label: 'Institution',
      id: 'ins-schule-loebau',
      properties: {
        name: 'Oberschule Löbau',
        kind: 'school',
        sector: 'education',
        location: place(51.1, 14.67),
      },
    },
    {
      label: 'Institution',
      id: 'ins-gruene-liga',
      properties: { name: 'Grüne Liga Leipzig e.V.', kind: 'association', sector: 'civil_society' },
    },
    {
      label: 'Institution',
      id: 'ins-kirche-zittau',
      properties: { name: 'Kirchgemeinde Zittau', kind: 'parish', sector: 'religion' },
    },
    {
      label: 'Institution',
      id: 'ins-energieagentur',
      properties: { name: 'Energieagentur Leipzig', kind: 'business', sector: 'business' },
    },
    {
      label: 'Institution',
      id: 'ins-energiewende',
      properties: {
        name: 'Energiewende Oberlausitz e.V.',
        kind: 'association',
        sector: 'civil_society',
      },
    },
    {
      label: 'Institution',
      id: 'ins-energietisch',
      properties: { name: 'Energietisch Zittau', kind: 'initiative', sector: 'civil_society' },
    },
    {
      label: 'Person',
      id: 'per-anna',
      properties: {
        name: 'Anna Öztürk',
        visibility: 'public',
        email: 'anna@example.org',
        consentDate: '2025-03-01',
      },
    },
    {
      label: 'Person',
      id: 'per-bernd',
      properties: { name: 'Bernd Energie-Müller', visibility: 'members' },
    },
    {
      label: 'Person',
      id: 'per-carla',
      properties: { name: 'Carla Koordination', visibility: 'coordinators' },
    },
  ],
  relationships: [
    rel('PART_OF', 'po-1', 'reg-14626', 'reg-14'),
    rel('PART_OF', 'po-2', 'reg-14713', 'reg-14'),
    rel('LOCATED_IN', 'li-1', 'ins-energie-goerlitz', 'reg-14626'),
    rel('LOCATED_IN', 'li-2', 'ins-schule-loebau', 'reg-14626'),
    rel('LOCATED_IN', 'li-3', 'ins-gruene-liga', 'reg-14713'),
    rel('WORKS_ON', 'wo-1', 'ins-energie-goerlitz', 'top-energy_climate'),
    rel('COOPERATES_WITH', 'co-1', 'ins-energie-goerlitz', 'ins-schule-loebau', {
      kind: 'project',
      from: '2024-01-01',
    }),
    rel('COOPERATES_WITH', 'co-2', 'ins-schule-loebau', 'ins-kirche-zittau', {
      kind: 'exchange',
      from: '2023-05-01',
    }),
    rel('MEMBER_OF', 'mo-1', 'per-anna', 'ins-energie-goerlitz', { role: 'Vorstand' }),
    rel('MEMBER_OF', 'mo-2', 'per-bernd', 'ins-energie-goerlitz', { role: 'Mitglied' }),
    rel('MEMBER_OF', 'mo-3', 'per-carla', 'ins-schule-loebau', {}),
    rel('KNOWS', 'kn-1', 'per-anna', 'per-bernd'),
  ],
};
