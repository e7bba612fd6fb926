/** Resources, funding programmes, networks and projects of the analytics test network (see network.ts). */
import { topicId } from '@nzr/graph-schema';
import { at, node, rel } from './network-builder.js';
import type { Props } from './network-builder.js';

export function addCatalogue(): void {
  // Resources: Anna needs a room for energy work; the city offers one, Bernd (hidden) too.
  const resource = (
    id: string,
    name: string,
    kind: string,
    topics: readonly string[],
    place: Props = {},
  ): void => {
    node('Resource', id, { name, kind, ...place });
    for (const key of topics) rel('WORKS_ON', id, topicId(key));
  };
  resource('res-raum', 'Raum für Energie-Stammtisch', 'rooms', ['energy_climate']);
  resource('res-saal', 'Ratssaal Görlitz', 'rooms', ['citizen_energy'], at(51.153, 14.985));
  resource('res-bernd', 'Bernds Werkstatt', 'rooms', [], at(51.152, 14.99));
  resource('res-geld', 'Kleinprojektefonds', 'money', []);
  resource('res-material-bedarf', 'Gartengeräte gesucht', 'material', []);
  resource('res-traktor', 'Traktor zum Ausleihen', 'material', [], at(50.91, 14.8));
  rel('NEEDS', 'per-anna', 'res-raum');
  rel('OFFERS', 'ins-stadt', 'res-saal');
  rel('OFFERS', 'per-bernd', 'res-bernd');
  rel('OFFERS', 'ins-lra', 'res-geld');
  rel('NEEDS', 'ins-verein-b', 'res-material-bedarf');
  rel('OFFERS', 'ins-hof', 'res-traktor');

  // Funding programmes.
  const programme = (
    id: string,
    name: string,
    props: Props,
    topics: readonly string[],
    regions: readonly string[],
  ): void => {
    node('FundingProgramme', id, { name, funderLevel: 'state', ...props });
    for (const key of topics) rel('WORKS_ON', id, topicId(key));
    for (const region of regions) rel('ELIGIBLE_IN', id, region);
  };
  programme(
    'fp-klima',
    'Klimaschutz vor Ort',
    { deadline: '2099-03-31', eligibleSectors: ['education', 'civil_society'] },
    ['energy_climate'],
    ['reg-14'],
  );
  programme(
    'fp-alt',
    'Abgelaufenes Energieprogramm',
    { deadline: '2020-01-31' },
    ['energy_climate'],
    [],
  );
  programme('fp-offen', 'Offener Ideenfonds', { funderLevel: 'foundation' }, [], []);
  programme(
    'fp-leipzig',
    'Leipziger Energiefonds',
    { deadline: '2099-06-30' },
    ['energy_climate'],
    ['reg-14713'],
  );
  programme(
    'fp-agrar',
    'Regionale Landwirtschaft',
    { deadline: '2099-01-31' },
    ['agriculture'],
    [],
  );
  programme(
    'fp-wirtschaft',
    'Betriebliche Energiewende',
    { deadline: '2099-02-28', eligibleSectors: ['business'] },
    ['energy_climate'],
    [],
  );

  // Networks: Energie and Bildung share the school (and hidden Bernd) and a good-practice project.
  const network = (
    id: string,
    name: string,
    region: string,
    topic: string,
    members: readonly string[],
  ): void => {
    node('Network', id, { name });
    rel('LOCATED_IN', id, region);
    rel('WORKS_ON', id, topicId(topic));
    for (const member of members) rel('MEMBER_OF_NETWORK', member, id, { role: 'member' });
  };
  network('net-energie', 'Energienetz Oberlausitz', 'reg-14626', 'energy_climate', [
    'ins-verein-a',
    'ins-solar',
    'ins-schule',
    'per-bernd',
  ]);
  network('net-bildung', 'BNE-Netz Görlitz', 'reg-14626', 'education_sd', [
    'ins-schule',
    'ins-gymnasium',
    'per-bernd',
  ]);
  network('net-leipzig', 'Energiewende Leipzig', 'reg-14713', 'energy_climate', [
    'ins-agentur',
    'ins-nabu',
  ]);
  node('Project', 'proj-solarschule', { name: 'Solarschule Zittau', goodPractice: true });
  rel('RUNS', 'ins-schule', 'proj-solarschule', { role: 'lead' });
}
