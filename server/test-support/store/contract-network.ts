/**
 * A tiny hand-written Saxon network for the contract suite: the state, two districts, three municipalities,
 * institutions in several sectors, persons with each visibility, topics with a sub-topic, one network and a
 * few cooperations. Small enough to reason about every expected result by hand.
 *
 *   reg-14 Sachsen ◄─PART_OF─ reg-14626 Landkreis Görlitz ◄─ reg-14626110 Görlitz, reg-14626610 Weißwasser/O.L.
 *                  ◄─PART_OF─ reg-14612 Dresden (kreisfreie Stadt) ◄─ reg-14612000 Dresden, Stadt
 *   top-energy_climate ◄─PART_OF─ top-citizen_energy;   top-transport
 *
 *   ins-verein (Görlitz, civil_society)  ══COOP══ ins-schule (Weißwasser, education) ══COOP══ ins-lra (district)
 *   ins-firma (Dresden, business)        ══COOP══ ins-kirche (Dresden, religion, no location)
 *   per-anna (public) → ins-verein;  per-ben (members) → ins-schule;  per-clara (coordinators), Dresden
 *   KNOWS: anna – ben – clara.  net-lausitz members: ins-verein, ins-schule, per-clara (coordinator)
 */
import type { GeoPoint, NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { GraphStore, Properties, UpsertBatch } from '../../src/store/port.js';

export const PLACES = {
  goerlitz: { latitude: 51.1528, longitude: 14.9872 },
  weisswasser: { latitude: 51.5036, longitude: 14.6386 },
  dresden: { latitude: 51.0504, longitude: 13.7373 },
  lra: { latitude: 51.155, longitude: 14.99 },
} satisfies Record<string, GeoPoint>;

const nodes: UpsertBatch['nodes'][number][] = [];
const relationships: UpsertBatch['relationships'][number][] = [];
const node = (label: NodeLabel, id: string, properties: Properties): void => {
  nodes.push({ label, id, properties });
};
let relCount = 0;
const rel = (
  type: RelationshipType,
  from: string,
  to: string,
  properties: Properties = {},
): void => {
  relationships.push({ type, id: `rel-${++relCount}`, from, to, properties });
};

node('Region', 'reg-14', { name: 'Freistaat Sachsen', level: 'state', ags: '14' });
node('Region', 'reg-14626', { name: 'Landkreis Görlitz', level: 'district', ags: '14626' });
node('Region', 'reg-14612', { name: 'Dresden', level: 'district', ags: '14612', urban: true });
node('Region', 'reg-14626110', {
  name: 'Görlitz',
  level: 'municipality',
  ags: '14626110',
  population: 56000,
  location: PLACES.goerlitz,
});
node('Region', 'reg-14626610', {
  name: 'Weißwasser/O.L.',
  level: 'municipality',
  ags: '14626610',
  location: PLACES.weisswasser,
});
node('Region', 'reg-14612000', {
  name: 'Dresden, Stadt',
  level: 'municipality',
  ags: '14612000',
  urban: true,
  location: PLACES.dresden,
});
rel('PART_OF', 'reg-14626', 'reg-14');
rel('PART_OF', 'reg-14612', 'reg-14');
rel('PART_OF', 'reg-14626110', 'reg-14626');
rel('PART_OF', 'reg-14626610', 'reg-14626');
rel('PART_OF', 'reg-14612000', 'reg-14612');

node('Topic', 'top-energy_climate', { name: 'Energie & Klimaschutz', key: 'energy_climate' });
node('Topic', 'top-citizen_energy', { name: 'Bürgerenergie', key: 'citizen_energy' });
node('Topic', 'top-transport', { name: 'Verkehr & Mobilität', key: 'transport' });
rel('PART_OF', 'top-citizen_energy', 'top-energy_climate');

node('Network', 'net-lausitz', { name: 'Netzwerk Lausitz nachhaltig' });

const institution = (
  id: string,
  name: string,
  kind: string,
  sector: string,
  extra: Properties = {},
) => node('Institution', id, { name, kind, sector, ...extra });
institution('ins-verein', 'Energiewende Görlitz e.V.', 'association', 'civil_society', {
  location: PLACES.goerlitz,
  description: 'Bürgerenergie und Solardächer für die Oberlausitz',
});
institution('ins-schule', 'Oberschule Weißwasser', 'school', 'education', {
  location: PLACES.weisswasser,
});
institution('ins-lra', 'Landratsamt Görlitz', 'administration', 'administration', {
  location: PLACES.lra,
});
institution('ins-firma', 'Radwerkstatt Königsbrücker Straße', 'business', 'business', {
  location: PLACES.dresden,
});
institution('ins-kirche', 'Kirchgemeinde Dresden-Neustadt', 'parish', 'religion', {
  description: 'Schöpfungsverantwortung und Klimagerechtigkeit',
});
node('Person', 'per-anna', {
  name: 'Anna Schröder',
  visibility: 'public',
  location: PLACES.goerlitz,
});
node('Person', 'per-ben', { name: 'Ben Weiß', visibility: 'members' });
node('Person', 'per-clara', {
  name: 'Clara Groß',
  visibility: 'coordinators',
  location: PLACES.dresden,
});

rel('LOCATED_IN', 'ins-verein', 'reg-14626110');
rel('LOCATED_IN', 'ins-schule', 'reg-14626610');
rel('LOCATED_IN', 'ins-lra', 'reg-14626');
rel('LOCATED_IN', 'ins-firma', 'reg-14612000');
rel('LOCATED_IN', 'ins-kirche', 'reg-14612000');
rel('LOCATED_IN', 'per-anna', 'reg-14626110');
rel('LOCATED_IN', 'per-ben', 'reg-14626610');
rel('LOCATED_IN', 'per-clara', 'reg-14612000');
rel('WORKS_ON', 'ins-verein', 'top-citizen_energy');
rel('WORKS_ON', 'ins-schule', 'top-energy_climate');
rel('WORKS_ON', 'ins-firma', 'top-transport');
rel('WORKS_ON', 'per-anna', 'top-citizen_energy');
rel('WORKS_ON', 'per-clara', 'top-transport');
rel('MEMBER_OF', 'per-anna', 'ins-verein', { role: 'Vorstand' });
rel('MEMBER_OF', 'per-ben', 'ins-schule', { role: 'Lehrer' });
rel('KNOWS', 'per-anna', 'per-ben');
rel('KNOWS', 'per-ben', 'per-clara');
rel('COOPERATES_WITH', 'ins-verein', 'ins-schule', { kind: 'project', from: '2023-04-01' });
rel('COOPERATES_WITH', 'ins-lra', 'ins-schule', { kind: 'funding', from: '2022-01-15' });
rel('COOPERATES_WITH', 'ins-firma', 'ins-kirche', { kind: 'exchange', from: '2024-09-01' });
rel('MEMBER_OF_NETWORK', 'ins-verein', 'net-lausitz', { role: 'member' });
rel('MEMBER_OF_NETWORK', 'ins-schule', 'net-lausitz', { role: 'member' });
rel('MEMBER_OF_NETWORK', 'per-clara', 'net-lausitz', { role: 'coordinator' });

export const FIXTURE: UpsertBatch = { nodes, relationships };
export const FIXTURE_NODE_IDS = nodes.map((n) => n.id).sort();

/** Id of the fixture relationship of `type` from `from` to `to`. */
export function fixtureRelId(type: RelationshipType, from: string, to: string): string {
  const found = relationships.find((r) => r.type === type && r.from === from && r.to === to);
  if (!found) throw new Error(`fixture has no ${type} ${from} -> ${to}`);
  return found.id;
}

export async function loadFixture(store: GraphStore): Promise<void> {
  await store.upsert(FIXTURE);
}

/** Sorted ids, for comparing results as sets. */
export function ids(items: readonly ({ id: string } | { node: { id: string } })[]): string[] {
  return items.map((item) => ('node' in item ? item.node.id : item.id)).sort();
}
