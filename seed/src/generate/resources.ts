/** Offers and needs (Angebot/Bedarf) of money, material, staff time, rooms and know-how. */
import { RESOURCE_KINDS, enumValues, topicId } from '@nzr/graph-schema';
import type { ResourceKind, Sector } from '@nzr/graph-schema';
import { jitter } from './geo.js';
import { topicName } from './themes.js';
import type { NetworkInfo } from './networks.js';
import type { Random } from './random.js';
import type { World } from './world.js';
import { districtOf } from './world.js';

/** In graph-schema's order: money, material, staff time, rooms, know-how (the weights follow it). */
const KINDS = enumValues(RESOURCE_KINDS);
const NAMES: Readonly<Record<ResourceKind, readonly [readonly string[], readonly string[]]>> = {
  money: [
    [
      'Spende für Projekte ({t})',
      'Sponsoring für Aktionen ({t})',
      'Zuschuss aus dem Vereinsbudget',
    ],
    ['Eigenmittel für einen Förderantrag ({t})', 'Finanzierung für ein Projekt ({t})'],
  ],
  material: [
    [
      'Lastenrad zum Ausleihen',
      'Werkzeug für Reparaturen',
      'Saatgut und Jungpflanzen',
      'Moderationskoffer und Beamer',
      'Transporter für Aktionen',
    ],
    [
      'Gartengeräte für Gemeinschaftsgarten',
      'Material für einen Workshop ({t})',
      'Fahrräder für ein Schulprojekt',
    ],
  ],
  staff_time: [
    [
      'Ehrenamtliche Mithilfe ({t})',
      'Freistellung von Mitarbeitenden (Corporate Volunteering)',
      'Unterstützung bei Öffentlichkeitsarbeit',
    ],
    ['Helfende für einen Aktionstag ({t})', 'Koordination für ein Projekt ({t})'],
  ],
  rooms: [
    [
      'Seminarraum für bis zu 30 Personen',
      'Gemeindesaal für Veranstaltungen',
      'Werkstattraum',
      'Gartenfläche zur Mitnutzung',
    ],
    ['Raum für ein Repair-Café', 'Lagerfläche', 'Veranstaltungsraum für ein Netzwerktreffen'],
  ],
  know_how: [
    [
      'Beratung: {t}',
      'Workshop: {t}',
      'Fördermittelberatung',
      'Begleitung bei der Gemeinwohl-Bilanz',
    ],
    [
      'Beratung gesucht: {t}',
      'Know-how für Förderanträge',
      'Moderation eines Beteiligungsprozesses',
    ],
  ],
};
/** Names that name no theme ("Seminarraum für bis zu 30 Personen"): such a resource may work on none. */
const NEUTRAL_NAMES = new Set(
  Object.values(NAMES).flatMap(([offers, needs]) =>
    [...offers, ...needs].filter((name) => !name.includes('{t}')),
  ),
);
export const isThemeNeutralName = (name: string): boolean => NEUTRAL_NAMES.has(name);

// Offer kinds by sector: businesses give money and material, parishes rooms, education and science know-how.
const OFFER_WEIGHTS: Readonly<Record<Sector, readonly number[]>> = {
  civil_society: [1, 2, 4, 1, 3],
  administration: [2, 1, 1, 3, 3],
  business: [5, 4, 2, 1, 2],
  education: [0.5, 1, 2, 3, 5],
  religion: [1, 1, 2, 6, 1],
  science: [0.5, 1, 1, 1, 6],
};
const NEED_WEIGHTS = [5, 3, 3, 2, 2];

interface Owner {
  readonly id: string;
  readonly muni: number;
  readonly point: { latitude: number; longitude: number };
  readonly topics: readonly string[];
}

/**
 * One offer or need of `owner` (`sector` chooses the likely kinds of an offer). With `neutral`, a resource
 * whose name names no theme ("Seminarraum", "Lagerfläche") works on none, as such offers are meant: anyone
 * may use them (the matching treats them as fitting every theme).
 */
function addResource(
  world: World,
  random: Random,
  owner: Owner,
  offer: boolean,
  sector: Sector,
  neutral = false,
): void {
  const { builder } = world;
  const kind =
    KINDS[random.weightedIndex(offer ? OFFER_WEIGHTS[sector] : NEED_WEIGHTS)] ?? 'know_how';
  const topic = random.pick(owner.topics);
  const pattern = random.pick(NAMES[kind][offer ? 0 : 1]);
  const name = pattern.replace('{t}', topicName(topic));
  const place = world.municipalities[owner.muni];
  const id = builder.nextId('res');
  builder.node('Resource', id, {
    name,
    kind,
    location: jitter(random, owner.point, 0.5),
    description: `${offer ? 'Angebot' : 'Bedarf'} in ${place?.name ?? 'Sachsen'} zum Thema ${topicName(topic)}.`,
  });
  builder.relate(offer ? 'OFFERS' : 'NEEDS', owner.id, id);
  if (!neutral || pattern.includes('{t}')) builder.relate('WORKS_ON', id, topicId(topic));
  if (place) builder.relate('LOCATED_IN', id, place.id);
}

export function addResources(world: World, count: number, networks: readonly NetworkInfo[]): void {
  const { random, institutions, persons } = world;
  for (let i = 0; i < count; i++) {
    const offer = random.chance(0.5);
    const roll = random.next();
    const network =
      !offer && roll < 0.05 && networks.length > 0 ? random.pick(networks) : undefined;
    const actor = roll < 0.75 ? random.pick(institutions) : random.pick(persons);
    const sector = 'sector' in actor && !network ? actor.sector : 'civil_society';
    addResource(world, random, network ?? actor, offer, sector);
  }
}

/**
 * More offers and needs in every district (issue 12: 13 needs and 11 offers in all of Saxony matched nothing
 * anywhere): `perActor` per person or institution of the district, at least MIN_PER_DISTRICT, held mostly by
 * institutions, half offers, theme-neutral where their name names no theme. Drawn from a random source of their own, after everything else, so the rest of
 * the demo data stays exactly as it was.
 */
export const MIN_PER_DISTRICT = 6;

export function addDistrictResources(world: World, random: Random, perActor: number): void {
  world.districts.forEach((_district, index) => {
    const inDistrict = <T extends { muni: number }>(list: readonly T[]) =>
      list.filter((actor) => districtOf(world, actor.muni) === index);
    const institutions = inDistrict(world.institutions);
    const persons = inDistrict(world.persons);
    if (institutions.length === 0) return;
    const actors = institutions.length + persons.length;
    const count = Math.max(MIN_PER_DISTRICT, Math.round(actors * perActor));
    for (let i = 0; i < count; i++) {
      // Alternating, so every district has offers and needs.
      const offer = i % 2 === 0;
      const usePerson = persons.length > 0 && random.chance(0.2);
      const owner = usePerson ? random.pick(persons) : random.pick(institutions);
      const sector = 'sector' in owner ? owner.sector : 'civil_society';
      addResource(world, random, owner, offer, sector, true);
    }
  });
}
