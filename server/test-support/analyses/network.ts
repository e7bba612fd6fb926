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
import { TOPIC_TREE, topicId } from '@nzr/graph-schema';
import type { UpsertBatch } from '../../src/store/port.js';
import { at, node, nodes, rel, relationships } from './network-builder.js';
import type { Props } from './network-builder.js';
import { addCatalogue } from './network-catalogue.js';

const GOERLITZ = at(51.152, 14.987);
const ZITTAU = at(50.896, 14.807);
const LEIPZIG = at(51.34, 12.374);

// Regions: state → districts → municipalities.
node('Region', 'reg-14', {
  name: 'Freistaat Sachsen',
  level: 'state',
  ags: '14',
  population: 4_000_000,
  ...at(51.05, 13.74),
});
node('Region', 'reg-14626', {
  name: 'Landkreis Görlitz',
  level: 'district',
  ags: '14626',
  population: 250_000,
  urban: false,
  ...at(51.1, 14.8),
});
node('Region', 'reg-14713', {
  name: 'Leipzig',
  level: 'district',
  ags: '14713',
  population: 600_000,
  urban: true,
  ...LEIPZIG,
});
node('Region', 'reg-14626110', {
  name: 'Görlitz',
  level: 'municipality',
  ags: '14626110',
  population: 56_000,
  ...GOERLITZ,
});
node('Region', 'reg-14626610', {
  name: 'Zittau',
  level: 'municipality',
  ags: '14626610',
  population: 25_000,
  ...ZITTAU,
});
node('Region', 'reg-14713000', {
  name: 'Leipzig, Stadt',
  level: 'municipality',
  ags: '14713000',
  population: 600_000,
  urban: true,
  ...LEIPZIG,
});
rel('PART_OF', 'reg-14626', 'reg-14');
rel('PART_OF', 'reg-14713', 'reg-14');
rel('PART_OF', 'reg-14626110', 'reg-14626');
rel('PART_OF', 'reg-14626610', 'reg-14626');
rel('PART_OF', 'reg-14713000', 'reg-14713');

for (const t of TOPIC_TREE) node('Topic', topicId(t.key), { name: t.de, nameEn: t.en, key: t.key });
for (const t of TOPIC_TREE) if (t.parent) rel('PART_OF', topicId(t.key), topicId(t.parent));

const institution = (
  id: string,
  name: string,
  kind: string,
  sector: string,
  municipality: string,
  place: Props,
  topics: readonly string[],
): void => {
  node('Institution', id, { name, kind, sector, ...place });
  rel('LOCATED_IN', id, municipality);
  for (const key of topics) rel('WORKS_ON', id, topicId(key));
};
const G = 'reg-14626110';
const Z = 'reg-14626610';
const L = 'reg-14713000';
institution('ins-verein-a', 'Energieverein Görlitz', 'association', 'civil_society', G, GOERLITZ, [
  'citizen_energy',
]);
institution('ins-verein-b', 'SoLaWi Zittau', 'initiative', 'civil_society', Z, ZITTAU, [
  'community_agriculture',
]);
institution(
  'ins-verein-c',
  'Repair-Café Görlitz',
  'association',
  'civil_society',
  G,
  at(51.155, 14.99),
  ['repair'],
);
institution(
  'ins-stadt',
  'Stadtverwaltung Görlitz',
  'municipality',
  'administration',
  G,
  at(51.153, 14.985),
  ['climate_adaptation'],
);
institution(
  'ins-lra',
  'Landratsamt Görlitz',
  'administration',
  'administration',
  G,
  at(51.15, 14.98),
  ['regional_food'],
);
institution('ins-solar', 'Solarhandwerk Neiße GmbH', 'business', 'business', G, at(51.16, 14.99), [
  'renewable_energy',
]);
institution('ins-hof', 'Biohof Oberlausitz', 'business', 'business', Z, at(50.91, 14.8), [
  'organic_farming',
]);
institution('ins-schule', 'Oberschule Zittau', 'school', 'education', Z, at(50.9, 14.81), [
  'school_education',
  'renewable_energy',
]);
institution('ins-gymnasium', 'Gymnasium Görlitz', 'school', 'education', G, at(51.15, 14.995), [
  'school_education',
]);
institution('ins-kirche', 'Kirchgemeinde Zittau', 'parish', 'religion', Z, at(50.897, 14.808), [
  'fair_trade',
]);
institution(
  'ins-uni',
  'Universität Leipzig',
  'research_institute',
  'science',
  L,
  at(51.339, 12.38),
  ['renewable_energy'],
);
institution('ins-agentur', 'Energieagentur Leipzig', 'business', 'business', L, at(51.34, 12.37), [
  'renewable_energy',
]);
institution('ins-nabu', 'NABU Leipzig', 'association', 'civil_society', L, at(51.345, 12.375), [
  'organic_farming',
]);

const coop = (a: string, b: string, from = '2023-01-01', until?: string): void =>
  rel('COOPERATES_WITH', a, b, { kind: 'project', from, ...(until ? { until } : {}) });
coop('ins-verein-a', 'ins-stadt'); // c1 CS–AD
coop('ins-verein-a', 'ins-lra'); // c2 CS–AD
coop('ins-verein-a', 'ins-schule', '2025-03-01'); // c3 CS–ED (new in 2025)
coop('ins-verein-a', 'ins-solar'); // c4 CS–BU
coop('ins-stadt', 'ins-lra'); // c5 AD–AD
coop('ins-solar', 'ins-hof'); // c6 BU–BU
coop('ins-schule', 'ins-kirche'); // c7 ED–RE
coop('ins-verein-b', 'ins-kirche'); // c8 CS–RE
coop('ins-verein-c', 'ins-gymnasium'); // c9 CS–ED
coop('ins-verein-a', 'ins-verein-c'); // c10 CS–CS
coop('ins-schule', 'ins-solar', '2019-01-01', '2020-12-31'); // c11 ended
coop('ins-verein-a', 'ins-uni', '2025-06-01'); // c12 leaves the district (new in 2025)
coop('ins-uni', 'ins-agentur'); // Leipzig

const person = (
  id: string,
  name: string,
  visibility: string,
  municipality: string,
  place: Props,
): void => {
  node('Person', id, { name, visibility, ...place });
  rel('LOCATED_IN', id, municipality);
};
person('per-anna', 'Anna Schmidt', 'public', G, at(51.151, 14.986));
person('per-bernd', 'Bernd Vertraulich', 'members', G, at(51.152, 14.99));
person('per-dora', 'Dora Verborgen', 'members', L, at(51.342, 12.372));
person('per-emil', 'Emil Öffentlich', 'public', L, at(51.338, 12.381));
rel('WORKS_ON', 'per-anna', topicId('citizen_energy'));
rel('WORKS_ON', 'per-bernd', topicId('citizen_energy'));
rel('MEMBER_OF', 'per-anna', 'ins-verein-a');
rel('MEMBER_OF', 'per-bernd', 'ins-verein-a');
rel('KNOWS', 'per-anna', 'per-bernd');
rel('MEMBER_OF', 'per-dora', 'ins-nabu');
rel('MEMBER_OF', 'per-dora', 'ins-agentur');
rel('MEMBER_OF', 'per-emil', 'ins-uni');

addCatalogue();

export const ANALYTICS_NETWORK: UpsertBatch = { nodes, relationships };
