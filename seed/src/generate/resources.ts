/** Offers and needs (Angebot/Bedarf) of money, material, staff time, rooms and know-how. */
import { RESOURCE_KINDS, enumValues, topicId } from '@nzr/graph-schema';
import type { ResourceKind, Sector } from '@nzr/graph-schema';
import { jitter } from './geo.js';
import { topicName } from './themes.js';
import type { NetworkInfo } from './networks.js';
import type { World } from './world.js';

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

export function addResources(world: World, count: number, networks: readonly NetworkInfo[]): void {
  const { random, builder, institutions, persons } = world;
  for (let i = 0; i < count; i++) {
    const offer = random.chance(0.5);
    const roll = random.next();
    const network =
      !offer && roll < 0.05 && networks.length > 0 ? random.pick(networks) : undefined;
    const actor = roll < 0.75 ? random.pick(institutions) : random.pick(persons);
    const owner = network ?? actor;
    const sector = 'sector' in actor && !network ? actor.sector : 'civil_society';
    const kind =
      KINDS[random.weightedIndex(offer ? OFFER_WEIGHTS[sector] : NEED_WEIGHTS)] ?? 'know_how';
    const topic = random.pick(owner.topics);
    const name = random.pick(NAMES[kind][offer ? 0 : 1]).replace('{t}', topicName(topic));
    const place = world.municipalities[owner.muni];
    const id = builder.nextId('res');
    builder.node('Resource', id, {
      name,
      kind,
      location: jitter(random, owner.point, 0.5),
      description: `${offer ? 'Angebot' : 'Bedarf'} in ${place?.name ?? 'Sachsen'} zum Thema ${topicName(topic)}.`,
    });
    builder.relate(offer ? 'OFFERS' : 'NEEDS', network?.id ?? owner.id, id);
    builder.relate('WORKS_ON', id, topicId(topic));
    if (place) builder.relate('LOCATED_IN', id, place.id);
  }
}
