/** Institutions in every sector and kind, placed in municipalities, with topics, address and web site. */
import type { Faker } from '@faker-js/faker';
import type { InstitutionKind } from '@nzr/graph-schema';
import { INSTITUTION_KINDS, INSTITUTION_KIND_SECTOR, topicId } from '@nzr/graph-schema';
import { jitter } from './geo.js';
import { institutionName, slug } from './names.js';
import { WeightedTable } from './random.js';
import { chooseTopics, topicName } from './themes.js';
import type { Institution, Profile, World } from './world.js';
import { SECTOR_LIST } from './world.js';

type InstitutionProfile = Exclude<Profile, 'citizen'>;

// Kind weights in rural and urban municipalities: universities and research cluster in the cities,
// municipal administrations and parishes are relatively more frequent in the countryside.
const KIND_WEIGHTS: readonly (readonly [InstitutionProfile, number, number])[] = [
  ['association', 22, 22],
  ['initiative', 9, 14],
  ['municipality', 7, 1.5],
  ['administration', 2.5, 1.5],
  ['business', 13, 17],
  ['farm', 7, 0.5],
  ['school', 10, 8],
  ['university', 0.2, 2],
  ['education_provider', 4, 6],
  ['parish', 9, 5],
  ['research_institute', 0.3, 2.5],
  ['media', 1.5, 3],
  ['professional_association', 2, 3],
];
const ruralKinds = new WeightedTable(
  KIND_WEIGHTS.map((k) => k[0]),
  KIND_WEIGHTS.map((k) => k[1]),
);
const urbanKinds = new WeightedTable(
  KIND_WEIGHTS.map((k) => k[0]),
  KIND_WEIGHTS.map((k) => k[2]),
);

const KIND_DE = new Map(INSTITUTION_KINDS.map((k) => [k.value, k.de]));

/** Names given so far per generated world: two organisations of one name read as one listed twice. */
const NAMES_GIVEN = new WeakMap<World, Set<string>>();
const QUARTERS = ['Nord', 'Süd', 'Ost', 'West', 'Mitte'];
/** Every DUPLICATE_EVERY-th taken name, from the DUPLICATE_FIRST-th on, is the same organisation entered twice. */
const DUPLICATE_EVERY = 8;
const DUPLICATE_FIRST = 2;
const TAKEN_COUNT = new WeakMap<World, number>();

/**
 * The same organisation as a second data entry would spell it ("BUND-Ortsgruppe Zittau" / "BUND Ortsgruppe
 * Zittau", "Umweltverein Dresden e.V." / "Umweltverein Dresden"), or null when there is no such spelling.
 */
export function secondSpelling(name: string): string | null {
  const legalForm = / (e\.V\.|gGmbH|GmbH|eG)$/.exec(name);
  if (legalForm) return name.slice(0, legalForm.index);
  if (name.includes('-')) return name.replace('-', ' ');
  return null;
}

/**
 * The name, or when it is taken already a distinct one (issue 12: "Stadtwerke Dresden GmbH und Stadtwerke
 * Dresden GmbH"): the place becomes a part of town ("Dresden-Nord"), else a number is added. No random draw,
 * so the rest of the generated data stays as it was.
 */
export function uniqueName(world: World, name: string, place: string): string {
  const given = NAMES_GIVEN.get(world) ?? new Set<string>();
  NAMES_GIVEN.set(world, given);
  let candidate = name;
  if (given.has(name)) {
    // Real registries hold some organisations twice, spelled differently (issue 12: the demo shows the
    // duplicate detection and merge on them); the other taken names become a part of town or get a number.
    const taken = (TAKEN_COUNT.get(world) ?? 0) + 1;
    TAKEN_COUNT.set(world, taken);
    const second = secondSpelling(name);
    if (taken % DUPLICATE_EVERY === DUPLICATE_FIRST && second !== null && !given.has(second))
      candidate = second;
  }
  for (let nth = 0; given.has(candidate); nth++) {
    const quarter = QUARTERS[nth];
    candidate =
      quarter !== undefined && name.includes(place)
        ? name.replace(place, `${place}-${quarter}`)
        : `${name} ${nth + 2}`;
  }
  given.add(candidate);
  return candidate;
}

export function addInstitution(world: World, faker: Faker, muni: number): Institution {
  const { random, builder } = world;
  const place = world.municipalities[muni];
  const district = world.districts[place?.district ?? 0];
  if (!place || !district) throw new Error(`unknown municipality ${muni}`);
  const profile = (place.urban ? urbanKinds : ruralKinds).draw(random);
  const kind: InstitutionKind = profile === 'farm' ? 'business' : profile;
  const sector = INSTITUTION_KIND_SECTOR[kind];
  const index = world.institutions.length;
  const id = builder.nextId('ins');
  const point = jitter(random, place.point, place.urban ? 6 : 2.5);
  const topics = chooseTopics(random, profile, 1 + random.count(0.6));
  const name = uniqueName(
    world,
    institutionName(random, faker, profile, {
      place: place.name,
      district: district.name,
      town: place.population >= 8000,
    }),
    place.name,
  );
  const topicNames = topics.keys.map(topicName).join(', ');
  builder.node('Institution', id, {
    name,
    kind,
    sector,
    location: point,
    description: `${profile === 'farm' ? 'Landwirtschaftsbetrieb' : KIND_DE.get(kind)} in ${place.name} (${district.name}). Themen: ${topicNames}.`,
    address: `${faker.location.street()} ${random.int(1, 120)}, ${place.name}`,
    ...(random.chance(0.6) ? { url: `https://${slug(name) || 'organisation'}.example.org` } : {}),
  });
  builder.relate('LOCATED_IN', id, place.id);
  for (const key of topics.keys) builder.relate('WORKS_ON', id, topicId(key));
  const institution: Institution = {
    index,
    id,
    kind,
    profile,
    sector,
    sectorIndex: SECTOR_LIST.indexOf(sector),
    muni,
    point,
    themeMask: topics.themeMask,
    topics: topics.keys,
    members: [],
    partners: [],
  };
  world.institutions.push(institution);
  world.instByMuniSector[muni]?.[institution.sectorIndex]?.push(index);
  world.instByMuniAll[muni]?.push(index);
  return institution;
}
