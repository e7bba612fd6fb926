/**
 * Engaged persons: placed in municipalities, members of mostly nearby institutions (with a role fitting the
 * kind), topics shaped by their main institution, visibility and consent as the GDPR requires.
 */
import type { Faker } from '@faker-js/faker';
import { VISIBILITIES, enumValues, topicId } from '@nzr/graph-schema';
import type { InstitutionKind } from '@nzr/graph-schema';
import { jitter } from './geo.js';
import { slug } from './names.js';
import { drawScope, pickInstitution } from './nearby.js';
import { chooseTopics, topicName } from './themes.js';
import type { Person, World } from './world.js';

const ROLES: Readonly<Record<InstitutionKind, readonly string[]>> = {
  association: ['Vorstand', 'Mitglied', 'Ehrenamtliche:r', 'Kassenwart:in'],
  initiative: ['Mitbegründer:in', 'Aktive:r', 'Sprecher:in'],
  municipality: [
    'Bürgermeister:in',
    'Klimaschutzmanager:in',
    'Sachbearbeitung Umwelt',
    'Gemeinderat',
  ],
  administration: ['Referent:in', 'Sachgebietsleitung', 'Regionalmanager:in'],
  business: ['Geschäftsführung', 'Nachhaltigkeitsbeauftragte:r', 'Mitarbeiter:in', 'Inhaber:in'],
  school: ['Lehrer:in', 'Schulleitung', 'Schulsozialarbeit', 'Elternrat'],
  university: ['Professor:in', 'Wissenschaftliche:r Mitarbeiter:in', 'Student:in'],
  education_provider: ['Bildungsreferent:in', 'Kursleitung', 'Geschäftsführung'],
  parish: ['Pfarrer:in', 'Gemeindekirchenrat', 'Umweltbeauftragte:r'],
  research_institute: ['Wissenschaftler:in', 'Projektleitung'],
  media: ['Redakteur:in', 'Freie:r Journalist:in'],
  professional_association: ['Referent:in', 'Geschäftsführung', 'Vorstand'],
};
/** In graph-schema's order: public, members, coordinators (the weights below follow it). */
const VISIBILITY = enumValues(VISIBILITIES);

function ascii(text: string): string {
  return slug(text).replace(/-/g, '');
}

export function addPerson(world: World, faker: Faker, muni: number): Person {
  const { random, builder } = world;
  const place = world.municipalities[muni];
  if (!place) throw new Error(`unknown municipality ${muni}`);
  const index = world.persons.length;
  const id = builder.nextId('per');
  const point = jitter(random, place.point, place.urban ? 6 : 3);
  const institutions: number[] = [];
  const memberships = random.chance(0.12) ? 0 : random.chance(0.8) ? 1 : 2;
  for (let i = 0; i < memberships; i++) {
    const found = pickInstitution(world, muni, -1, drawScope(world, [55, 30, 10, 5]));
    if (found >= 0 && !institutions.includes(found)) institutions.push(found);
  }
  const main = world.institutions[institutions[0] ?? -1];
  const topics = chooseTopics(random, main?.profile ?? 'citizen', 1 + random.count(0.5));
  const sex = random.chance(0.5) ? 'female' : 'male';
  const first = faker.person.firstName(sex);
  const last = faker.person.lastName();
  const visibility = VISIBILITY[random.weightedIndex([30, 50, 20])] ?? 'members';
  builder.node('Person', id, {
    name: `${first} ${last}`,
    visibility,
    consentDate: random.date('2019-01-01', '2026-10-31'),
    location: point,
    ...(random.chance(0.6) ? { email: `${ascii(first)}.${ascii(last)}@example.org` } : {}),
    ...(random.chance(0.4)
      ? { description: `Engagiert in ${place.name}, Thema: ${topicName(topics.keys[0] ?? '')}.` }
      : {}),
  });
  builder.relate('LOCATED_IN', id, place.id);
  for (const key of topics.keys) builder.relate('WORKS_ON', id, topicId(key));
  for (const found of institutions) {
    const institution = world.institutions[found];
    if (!institution) continue;
    institution.members.push(index);
    builder.relate('MEMBER_OF', id, institution.id, {
      role: random.pick(ROLES[institution.kind]),
      since: random.date('2005-01-01', '2026-10-31'),
    });
  }
  const person: Person = {
    index,
    id,
    muni,
    point,
    themeMask: topics.themeMask,
    topics: topics.keys,
    institutions,
  };
  world.persons.push(person);
  world.personsByMuni[muni]?.push(index);
  return person;
}
