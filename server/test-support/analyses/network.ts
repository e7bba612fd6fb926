/**
 * A small, realistic network for the analytics API tests, with numbers that can be checked by hand.
 *
 * Landkreis Görlitz (reg-14626, rural, 250,000 inhabitants): 10 institutions, sectors civil society 3,
 * administration 2, business 2, education 2, religion 1. Active cooperations inside the district: 10
 * (c1-c10); c11 ended in 2020, c12 leads out of the district (to Leipzig). So the gap table of reg-14626 has
 * T = 10 ties over P = 45 pairs; education × business: 4 pairs, expected 10·4/45 = 0.889, observed 0.
 * Energieverein Görlitz (ins-verein-a) is the hub and the obvious broker. Oberschule Zittau and Solarhandwerk
 * share the theme energy and the partner Energieverein but do not cooperate (c11 ended): a suggestion.
 *
 * Leipzig (reg-14713, urban): Universität, Energieagentur, NABU. Dora (visibility members) is the only tie
 * between NABU and the rest; the anonymous viewer must never see or be influenced by her. Bernd (members) in
 * Görlitz offers a room and belongs to two networks, also hidden from anonymous viewers.
 */
import { STATE_REGION_ID, regionId } from '@nzr/graph-schema';
import type { UpsertBatch } from '../../src/store/port.js';
import { FixtureBuilder, at } from '../fixture-builder.js';
import { addCatalogue } from './network-catalogue.js';

const GOERLITZ = at(51.152, 14.987);
const ZITTAU = at(50.896, 14.807);
const LEIPZIG = at(51.34, 12.374);
const G = regionId('14626110');
const Z = regionId('14626610');
const L = regionId('14713000');
/** Cooperations run from 2023 unless said otherwise. */
const SINCE = '2023-01-01';

/** The analytics network's builder (relationship ids `t-<type>-<n>`), for tests that extend it. */
export function analyticsNetwork(): FixtureBuilder {
  const b = new FixtureBuilder(({ type, index }) => `t-${type.toLowerCase()}-${index}`);
  // Regions: state → districts → municipalities.
  b.region('14', 'Freistaat Sachsen', 'state', { population: 4_000_000, ...at(51.05, 13.74) })
    .region('14626', 'Landkreis Görlitz', 'district', {
      population: 250_000,
      urban: false,
      ...at(51.1, 14.8),
    })
    .region('14713', 'Leipzig', 'district', { population: 600_000, urban: true, ...LEIPZIG })
    .region('14626110', 'Görlitz', 'municipality', { population: 56_000, ...GOERLITZ })
    .region('14626610', 'Zittau', 'municipality', { population: 25_000, ...ZITTAU })
    .region('14713000', 'Leipzig, Stadt', 'municipality', {
      population: 600_000,
      urban: true,
      ...LEIPZIG,
    })
    .rel('PART_OF', regionId('14626'), STATE_REGION_ID)
    .rel('PART_OF', regionId('14713'), STATE_REGION_ID)
    .rel('PART_OF', G, regionId('14626'))
    .rel('PART_OF', Z, regionId('14626'))
    .rel('PART_OF', L, regionId('14713'))
    .topicTree({ english: true });

  // Institutions: each LOCATED_IN its municipality, then WORKS_ON its topics.
  b.institution('ins-verein-a', 'civil_society', {
    name: 'Energieverein Görlitz',
    region: G,
    props: GOERLITZ,
  })
    .worksOn('ins-verein-a', ['citizen_energy'])
    .institution('ins-verein-b', 'civil_society', {
      name: 'SoLaWi Zittau',
      region: Z,
      props: { kind: 'initiative', ...ZITTAU },
    })
    .worksOn('ins-verein-b', ['community_agriculture'])
    .institution('ins-verein-c', 'civil_society', {
      name: 'Repair-Café Görlitz',
      region: G,
      props: at(51.155, 14.99),
    })
    .worksOn('ins-verein-c', ['repair'])
    .institution('ins-stadt', 'administration', {
      name: 'Stadtverwaltung Görlitz',
      region: G,
      props: { kind: 'municipality', ...at(51.153, 14.985) },
    })
    .worksOn('ins-stadt', ['climate_adaptation'])
    .institution('ins-lra', 'administration', {
      name: 'Landratsamt Görlitz',
      region: G,
      props: { kind: 'administration', ...at(51.15, 14.98) },
    })
    .worksOn('ins-lra', ['regional_food'])
    .institution('ins-solar', 'business', {
      name: 'Solarhandwerk Neiße GmbH',
      region: G,
      props: { kind: 'business', ...at(51.16, 14.99) },
    })
    .worksOn('ins-solar', ['renewable_energy'])
    .institution('ins-hof', 'business', {
      name: 'Biohof Oberlausitz',
      region: Z,
      props: { kind: 'business', ...at(50.91, 14.8) },
    })
    .worksOn('ins-hof', ['organic_farming'])
    .institution('ins-schule', 'education', {
      name: 'Oberschule Zittau',
      region: Z,
      props: { kind: 'school', ...at(50.9, 14.81) },
    })
    .worksOn('ins-schule', ['school_education', 'renewable_energy'])
    .institution('ins-gymnasium', 'education', {
      name: 'Gymnasium Görlitz',
      region: G,
      props: { kind: 'school', ...at(51.15, 14.995) },
    })
    .worksOn('ins-gymnasium', ['school_education'])
    .institution('ins-kirche', 'religion', {
      name: 'Kirchgemeinde Zittau',
      region: Z,
      props: { kind: 'parish', ...at(50.897, 14.808) },
    })
    .worksOn('ins-kirche', ['fair_trade'])
    .institution('ins-uni', 'science', {
      name: 'Universität Leipzig',
      region: L,
      props: { kind: 'research_institute', ...at(51.339, 12.38) },
    })
    .worksOn('ins-uni', ['renewable_energy'])
    .institution('ins-agentur', 'business', {
      name: 'Energieagentur Leipzig',
      region: L,
      props: { kind: 'business', ...at(51.34, 12.37) },
    })
    .worksOn('ins-agentur', ['renewable_energy'])
    .institution('ins-nabu', 'civil_society', {
      name: 'NABU Leipzig',
      region: L,
      props: at(51.345, 12.375),
    })
    .worksOn('ins-nabu', ['organic_farming']);

  b.coop('ins-verein-a', 'ins-stadt', SINCE) // c1 CS–AD
    .coop('ins-verein-a', 'ins-lra', SINCE) // c2 CS–AD
    .coop('ins-verein-a', 'ins-schule', '2025-03-01') // c3 CS–ED (new in 2025)
    .coop('ins-verein-a', 'ins-solar', SINCE) // c4 CS–BU
    .coop('ins-stadt', 'ins-lra', SINCE) // c5 AD–AD
    .coop('ins-solar', 'ins-hof', SINCE) // c6 BU–BU
    .coop('ins-schule', 'ins-kirche', SINCE) // c7 ED–RE
    .coop('ins-verein-b', 'ins-kirche', SINCE) // c8 CS–RE
    .coop('ins-verein-c', 'ins-gymnasium', SINCE) // c9 CS–ED
    .coop('ins-verein-a', 'ins-verein-c', SINCE) // c10 CS–CS
    .coop('ins-schule', 'ins-solar', '2019-01-01', '2020-12-31') // c11 ended
    .coop('ins-verein-a', 'ins-uni', '2025-06-01') // c12 leaves the district (new in 2025)
    .coop('ins-uni', 'ins-agentur', SINCE); // Leipzig

  // Persons: public and members-only, each LOCATED_IN a municipality.
  b.person('per-anna', { name: 'Anna Schmidt', region: G, props: at(51.151, 14.986) })
    .person('per-bernd', {
      name: 'Bernd Vertraulich',
      region: G,
      props: { visibility: 'members', ...at(51.152, 14.99) },
    })
    .person('per-dora', {
      name: 'Dora Verborgen',
      region: L,
      props: { visibility: 'members', ...at(51.342, 12.372) },
    })
    .person('per-emil', { name: 'Emil Öffentlich', region: L, props: at(51.338, 12.381) })
    .worksOn('per-anna', ['citizen_energy'])
    .worksOn('per-bernd', ['citizen_energy'])
    .rel('MEMBER_OF', 'per-anna', 'ins-verein-a')
    .rel('MEMBER_OF', 'per-bernd', 'ins-verein-a')
    .rel('KNOWS', 'per-anna', 'per-bernd')
    .rel('MEMBER_OF', 'per-dora', 'ins-nabu')
    .rel('MEMBER_OF', 'per-dora', 'ins-agentur')
    .rel('MEMBER_OF', 'per-emil', 'ins-uni');

  return addCatalogue(b);
}

export const ANALYTICS_NETWORK: UpsertBatch = analyticsNetwork().batch();
