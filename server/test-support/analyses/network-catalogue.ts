/** Resources, funding programmes, networks and projects of the analytics test network (see network.ts). */
import { STATE_REGION_ID, regionId } from '@nzr/graph-schema';
import { at } from '../fixture-builder.js';
import type { FixtureBuilder } from '../fixture-builder.js';

export function addCatalogue(b: FixtureBuilder): FixtureBuilder {
  // Resources: Anna needs a room for energy work; the city offers one, Bernd (hidden) too.
  b.node('Resource', 'res-raum', { name: 'Raum für Energie-Stammtisch', kind: 'rooms' })
    .worksOn('res-raum', ['energy_climate'])
    .node('Resource', 'res-saal', {
      name: 'Ratssaal Görlitz',
      kind: 'rooms',
      ...at(51.153, 14.985),
    })
    .worksOn('res-saal', ['citizen_energy'])
    .node('Resource', 'res-bernd', {
      name: 'Bernds Werkstatt',
      kind: 'rooms',
      ...at(51.152, 14.99),
    })
    .node('Resource', 'res-geld', { name: 'Kleinprojektefonds', kind: 'money' })
    .node('Resource', 'res-material-bedarf', { name: 'Gartengeräte gesucht', kind: 'material' })
    .node('Resource', 'res-traktor', {
      name: 'Traktor zum Ausleihen',
      kind: 'material',
      ...at(50.91, 14.8),
    })
    .rel('NEEDS', 'per-anna', 'res-raum')
    .rel('OFFERS', 'ins-stadt', 'res-saal')
    .rel('OFFERS', 'per-bernd', 'res-bernd')
    .rel('OFFERS', 'ins-lra', 'res-geld')
    .rel('NEEDS', 'ins-verein-b', 'res-material-bedarf')
    .rel('OFFERS', 'ins-hof', 'res-traktor');

  // Funding programmes (of the state unless said otherwise), each with its topics and regions.
  const programme = { funderLevel: 'state' };
  b.node('FundingProgramme', 'fp-klima', {
    name: 'Klimaschutz vor Ort',
    ...programme,
    deadline: '2099-03-31',
    eligibleSectors: ['education', 'civil_society'],
  })
    .worksOn('fp-klima', ['energy_climate'])
    .rel('ELIGIBLE_IN', 'fp-klima', STATE_REGION_ID)
    .node('FundingProgramme', 'fp-alt', {
      name: 'Abgelaufenes Energieprogramm',
      ...programme,
      deadline: '2020-01-31',
    })
    .worksOn('fp-alt', ['energy_climate'])
    .node('FundingProgramme', 'fp-offen', { name: 'Offener Ideenfonds', funderLevel: 'foundation' })
    .node('FundingProgramme', 'fp-leipzig', {
      name: 'Leipziger Energiefonds',
      ...programme,
      deadline: '2099-06-30',
    })
    .worksOn('fp-leipzig', ['energy_climate'])
    .rel('ELIGIBLE_IN', 'fp-leipzig', regionId('14713'))
    .node('FundingProgramme', 'fp-agrar', {
      name: 'Regionale Landwirtschaft',
      ...programme,
      deadline: '2099-01-31',
    })
    .worksOn('fp-agrar', ['agriculture'])
    .node('FundingProgramme', 'fp-wirtschaft', {
      name: 'Betriebliche Energiewende',
      ...programme,
      deadline: '2099-02-28',
      eligibleSectors: ['business'],
    })
    .worksOn('fp-wirtschaft', ['energy_climate']);

  // Networks: Energie and Bildung share the school (and hidden Bernd) and a good-practice project.
  b.node('Network', 'net-energie', { name: 'Energienetz Oberlausitz' })
    .rel('LOCATED_IN', 'net-energie', regionId('14626'))
    .worksOn('net-energie', ['energy_climate'])
    .rel('MEMBER_OF_NETWORK', 'ins-verein-a', 'net-energie', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'ins-solar', 'net-energie', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'ins-schule', 'net-energie', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'per-bernd', 'net-energie', { role: 'member' })
    .node('Network', 'net-bildung', { name: 'BNE-Netz Görlitz' })
    .rel('LOCATED_IN', 'net-bildung', regionId('14626'))
    .worksOn('net-bildung', ['education_sd'])
    .rel('MEMBER_OF_NETWORK', 'ins-schule', 'net-bildung', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'ins-gymnasium', 'net-bildung', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'per-bernd', 'net-bildung', { role: 'member' })
    .node('Network', 'net-leipzig', { name: 'Energiewende Leipzig' })
    .rel('LOCATED_IN', 'net-leipzig', regionId('14713'))
    .worksOn('net-leipzig', ['energy_climate'])
    .rel('MEMBER_OF_NETWORK', 'ins-agentur', 'net-leipzig', { role: 'member' })
    .rel('MEMBER_OF_NETWORK', 'ins-nabu', 'net-leipzig', { role: 'member' });
  return b
    .node('Project', 'proj-solarschule', { name: 'Solarschule Zittau', goodPractice: true })
    .rel('RUNS', 'ins-schule', 'proj-solarschule', { role: 'lead' });
}
