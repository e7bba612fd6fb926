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
import { STATE_REGION_ID, regionId, topicId } from '@nzr/graph-schema';
import type { GeoPoint, RelationshipType } from '@nzr/graph-schema';
import type { GraphStore, UpsertBatch } from '../../src/store/port.js';
import { FixtureBuilder, place } from '../fixture-builder.js';

export const PLACES = {
  goerlitz: place(51.1528, 14.9872),
  weisswasser: place(51.5036, 14.6386),
  dresden: place(51.0504, 13.7373),
  lra: place(51.155, 14.99),
} satisfies Record<string, GeoPoint>;

const GOERLITZ_DISTRICT = regionId('14626');
const DRESDEN_DISTRICT = regionId('14612');
const GOERLITZ = regionId('14626110');
const WEISSWASSER = regionId('14626610');
const DRESDEN = regionId('14612000');

/** The contract network's builder (relationship ids `rel-1`, `rel-2`, ...). */
export function contractNetwork(): FixtureBuilder {
  return new FixtureBuilder()
    .region('14', 'Freistaat Sachsen', 'state')
    .region('14626', 'Landkreis Görlitz', 'district')
    .region('14612', 'Dresden', 'district', { urban: true })
    .region('14626110', 'Görlitz', 'municipality', { population: 56000, location: PLACES.goerlitz })
    .region('14626610', 'Weißwasser/O.L.', 'municipality', { location: PLACES.weisswasser })
    .region('14612000', 'Dresden, Stadt', 'municipality', {
      urban: true,
      location: PLACES.dresden,
    })
    .rel('PART_OF', GOERLITZ_DISTRICT, STATE_REGION_ID)
    .rel('PART_OF', DRESDEN_DISTRICT, STATE_REGION_ID)
    .rel('PART_OF', GOERLITZ, GOERLITZ_DISTRICT)
    .rel('PART_OF', WEISSWASSER, GOERLITZ_DISTRICT)
    .rel('PART_OF', DRESDEN, DRESDEN_DISTRICT)
    .topic('energy_climate')
    .topic('citizen_energy')
    .topic('transport')
    .rel('PART_OF', topicId('citizen_energy'), topicId('energy_climate'))
    .node('Network', 'net-lausitz', { name: 'Netzwerk Lausitz nachhaltig' })
    .institution('ins-verein', 'civil_society', {
      name: 'Energiewende Görlitz e.V.',
      props: {
        location: PLACES.goerlitz,
        description: 'Bürgerenergie und Solardächer für die Oberlausitz',
      },
    })
    .institution('ins-schule', 'education', {
      name: 'Oberschule Weißwasser',
      props: { kind: 'school', location: PLACES.weisswasser },
    })
    .institution('ins-lra', 'administration', {
      name: 'Landratsamt Görlitz',
      props: { kind: 'administration', location: PLACES.lra },
    })
    .institution('ins-firma', 'business', {
      name: 'Radwerkstatt Königsbrücker Straße',
      props: { kind: 'business', location: PLACES.dresden },
    })
    .institution('ins-kirche', 'religion', {
      name: 'Kirchgemeinde Dresden-Neustadt',
      props: { kind: 'parish', description: 'Schöpfungsverantwortung und Klimagerechtigkeit' },
    })
    .person('per-anna', { name: 'Anna Schröder', props: { location: PLACES.goerlitz } })
    .person('per-ben', { name: 'Ben Weiß', props: { visibility: 'members' } })
    .person('per-clara', {
      name: 'Clara Groß',
      props: { visibility: 'coordinators', location: PLACES.dresden },
    })
    .rel('LOCATED_IN', 'ins-verein', GOERLITZ)
    .rel('LOCATED_IN', 'ins-schule', WEISSWASSER)
    .rel('LOCATED_IN', 'ins-lra', GOERLITZ_DISTRICT)
    .rel('LOCATED_IN', 'ins-firma', DRESDEN)
    .rel('LOCATED_IN', 'ins-kirche', DRESDEN)
    .rel('LOCATED_IN', 'per-anna', GOERLITZ)
    .rel('LOCATED_IN', 'per-ben', WEISSWASSER)
    .rel('LOCATED_IN', 'per-clara', DRESDEN)
    .worksOn('ins-verein', ['citizen_energy'])
    .worksOn('ins-schule', ['energy_climate'])
    .worksOn('ins-firma', ['transport'])
    .worksOn('per-anna', ['citizen_energy'])
    .worksOn('per-clara', ['transport'])
    .rel('MEMBER_OF', 'per-anna', 'ins-verein', { role: 'Vorstand' })
    .rel('MEMBER_OF', 'per-ben', 'ins-schule', { role: 'Lehrer' })
    .rel('KNOWS', 'per-anna', 'per-ben')
    .rel('KNOWS', 'per-ben', 'per-clara')
    .rel('COOPERATES_WITH', 'ins-verein', 'ins-schule', { kind: 'project', from: '2023-04-01' })
    .rel('COOPERATES_WITH', 'ins-lra', 'ins-schule', { kind: 'funding', from: '2022-01-15' })
    .rel('COOPERATES_WITH', 'ins-firma', 'ins-kirche', { kind: 'exchange', from: '2024-09-01' })
    .rel('MEMBER_OF_NETWORK', 'ins-verein', 'net-lausitz', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'ins-schule', 'net-lausitz', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'per-clara', 'net-lausitz', { role: 'coordinator' });
}

const network = contractNetwork();
export const FIXTURE: UpsertBatch = network.batch();
export const FIXTURE_NODE_IDS = FIXTURE.nodes.map((n) => n.id).sort();

/** Id of the fixture relationship of `type` from `from` to `to`. */
export function fixtureRelId(type: RelationshipType, from: string, to: string): string {
  return network.relId(type, from, to);
}

export async function loadFixture(store: GraphStore): Promise<void> {
  await store.upsert(FIXTURE);
}

/** Sorted ids, for comparing results as sets. */
export function ids(items: readonly ({ id: string } | { node: { id: string } })[]): string[] {
  return items.map((item) => ('node' in item ? item.node.id : item.id)).sort();
}
