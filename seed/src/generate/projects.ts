/**
 * Projects and good-practice examples: a lead institution, partners (preferably existing cooperation
 * partners), sometimes a person or a network, funding from an eligible programme, a place and a theme.
 */
import type { KeyTheme } from '@nzr/graph-schema';
import { topicId } from '@nzr/graph-schema';
import type { Cooperations } from './cooperation.js';
import type { Programme } from './funding.js';
import { jitter } from './geo.js';
import { drawScope, pickInstitution } from './nearby.js';
import type { NetworkInfo } from './networks.js';
import { addDays } from './random.js';
import { themeOfTopic, topicName } from './themes.js';
import type { World } from './world.js';
import { districtOf } from './world.js';

const TITLES: Readonly<Record<KeyTheme, readonly string[]>> = {
  transport: ['Bürgerbus {o}', 'Radweg-Check {o}', 'Mitfahrbänke in {o}', 'Lastenrad-Verleih {o}'],
  agriculture: [
    'Solawi-Gründung {o}',
    'Regionale Schulverpflegung {o}',
    'Streuobstwiesen {o}',
    'Hofladen-Route {o}',
  ],
  sustainable_business: [
    'Repair-Café {o}',
    'Gemeinwohl-Bilanz für Betriebe in {o}',
    'Kreislauf-Werkstatt {o}',
  ],
  energy_climate: [
    'Bürgersolaranlage {o}',
    'Klimaschutzkonzept {o}',
    'Energiespar-Check {o}',
    'Hitzeaktionsplan {o}',
  ],
  development_cooperation: ['Faire Kita {o}', 'Fairtrade-Town {o}', 'Partnerschaftsprojekt {o}'],
  education_sd: [
    'Schulgarten {o}',
    'BNE-Projekttage {o}',
    'Klimaschule {o}',
    'Waldklassenzimmer {o}',
  ],
};

export function addProjects(
  world: World,
  count: number,
  coops: Cooperations,
  programmes: readonly Programme[],
  networks: readonly NetworkInfo[],
): void {
  const { random, builder, institutions, persons } = world;
  for (let i = 0; i < count; i++) {
    const lead = random.pick(institutions);
    const place = world.municipalities[lead.muni];
    if (!place) continue;
    const topic = random.pick(lead.topics);
    const theme = themeOfTopic(topic);
    const start = random.date('2015-01-01', '2026-09-30');
    const goodPractice = random.chance(0.15);
    const id = builder.nextId('prj');
    builder.node('Project', id, {
      name: random.pick(TITLES[theme]).replace('{o}', place.name),
      description: `Projekt in ${place.name}, Thema: ${topicName(topic)}.${goodPractice ? ' Good-Practice-Beispiel.' : ''}`,
      location: jitter(random, lead.point, 1),
      goodPractice,
      startDate: start,
      endDate: addDays(start, random.int(180, 1095)),
      cooperationKind: random.chance(0.8) ? 'project' : 'alliance',
    });
    builder.relate('RUNS', lead.id, id, { role: 'lead' });
    const partners = new Set<number>([lead.index]);
    for (let p = random.int(0, 3); p > 0; p--) {
      const known = lead.partners.length > 0 && random.chance(0.7);
      const other = known
        ? random.pick(lead.partners)
        : pickInstitution(world, lead.muni, -1, drawScope(world, [40, 40, 15, 5]));
      const partner = institutions[other];
      if (!partner || partners.has(other) || (!known && !coops.allowed(lead, partner))) continue;
      partners.add(other);
      builder.relate('RUNS', partner.id, id, { role: 'partner' });
    }
    const member = persons[lead.members[0] ?? -1];
    if (member && random.chance(0.3)) builder.relate('RUNS', member.id, id, { role: 'partner' });
    const district = districtOf(world, lead.muni);
    const network = networks.find((n) => n.district === district);
    if (network && random.chance(0.1)) builder.relate('RUNS', network.id, id, { role: 'partner' });
    const eligible = programmes.filter(
      (p) =>
        p.districts.has(district) &&
        (p.template.sectors.length === 0 || p.template.sectors.includes(lead.sector)),
    );
    if (eligible.length > 0 && random.chance(0.6)) {
      const programme = random.pick(eligible);
      const amount =
        Math.round(((random.next() * 0.9 + 0.1) * programme.template.maxAmountEur) / 100) * 100;
      builder.relate('FUNDED_BY', id, programme.id, {
        amountEur: amount,
        year: Number(start.slice(0, 4)),
      });
    }
    builder.relate('LOCATED_IN', id, place.id);
    builder.relate('WORKS_ON', id, topicId(topic));
  }
}
