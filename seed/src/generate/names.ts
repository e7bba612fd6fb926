/**
 * German names for institutions, by profile. Persons' and companies' names come from faker's `de` locale;
 * the templates put a place ({o}: municipality, {d}: district) or a family name ({n}) into realistic patterns.
 */
import type { Faker } from '@faker-js/faker';
import type { Random } from './random.js';
import type { Profile } from './world.js';

const TEMPLATES: Readonly<Record<Exclude<Profile, 'citizen'>, readonly string[]>> = {
  association: [
    'Umweltverein {o} e.V.',
    'Lokale Agenda 21 {o} e.V.',
    'Heimat- und Naturschutzverein {o} e.V.',
    'Förderverein Streuobstwiese {o} e.V.',
    'Transition Town {o} e.V.',
    'Repair-Café {o} e.V.',
    'NABU-Ortsgruppe {o}',
    'BUND-Ortsgruppe {o}',
    'Bürgerverein {o} e.V.',
    'Eine-Welt-Verein {o} e.V.',
    'ADFC-Ortsgruppe {o}',
    'Verein für Umweltbildung {o} e.V.',
    'Zukunftswerkstatt {o} e.V.',
  ],
  initiative: [
    'Initiative Essbare Stadt {o}',
    'Foodsharing {o}',
    'Radentscheid {o}',
    'Fridays for Future {o}',
    'Parents for Future {o}',
    'Gemeinschaftsgarten {o}',
    'Klimacafé {o}',
    'Offene Werkstatt {o}',
    'Unverpackt-Initiative {o}',
    'Bürgerinitiative Energiewende {o}',
    'Mitfahrbank-Initiative {o}',
  ],
  municipality: [
    '{town} {o}',
    'Klimaschutzmanagement {o}',
    'Bauamt {o}',
    'Ordnungs- und Umweltamt {o}',
  ],
  administration: [
    'Landratsamt {d}',
    'Landratsamt {d}, Umweltamt',
    'Landratsamt {d}, Amt für Kreisentwicklung',
    'Regionalmanagement {d}',
    'Zweckverband Abfallwirtschaft {d}',
    'Wirtschaftsförderung {d}',
  ],
  business: [
    '{company}',
    '{company}',
    '{n} Solartechnik GmbH',
    'Elektro {n} GmbH',
    'Bäckerei {n}',
    'Tischlerei {n}',
    'Fahrradladen {n}',
    'Ingenieurbüro {n}',
    'Stadtwerke {o} GmbH',
    'Bioladen {o}',
    'Bauunternehmen {n} GmbH',
  ],
  farm: [
    'Agrargenossenschaft {o} eG',
    'Biohof {n}',
    'Hofladen {n}',
    'Gärtnerei {n}',
    'Landwirtschaftsbetrieb {n}',
    'Obstbau {o} GmbH',
    'Ziegenhof {o}',
    'Solidarische Landwirtschaft {o}',
  ],
  school: [
    'Grundschule {o}',
    'Oberschule {o}',
    'Gymnasium {o}',
    '{famous}-Grundschule {o}',
    '{famous}-Gymnasium {o}',
    'Berufliches Schulzentrum {o}',
    'Evangelische Schule {o}',
    'Freie Schule {o}',
  ],
  university: [
    'Hochschule {o}',
    'Universität {o}, Institut für Nachhaltigkeit',
    'Hochschule {o}, Fakultät Landbau',
    'Technische Hochschule {o}',
    'Universität {o}, Zentrum für Umweltbildung',
  ],
  education_provider: [
    'Volkshochschule {o}',
    'Umweltbildungszentrum {o}',
    'Bildungswerk {o}',
    'Naturschutzstation {o}',
    'Schulbauernhof {o}',
    'Umweltzentrum {o}',
    'Bildungsträger {n} gGmbH',
    'Waldpädagogik {o}',
  ],
  parish: [
    'Ev.-Luth. Kirchgemeinde {o}',
    'Katholische Pfarrei St. {saint} {o}',
    'Ev.-Luth. Kirchspiel {o}',
    'Evangelisch-methodistische Gemeinde {o}',
    'Kirchgemeinde St. {saint} {o}',
  ],
  research_institute: [
    'Institut für Ressourcenökologie {o}',
    'Forschungsstelle Klima und Region {o}',
    'Zentrum für nachhaltige Landnutzung {o}',
    'Institut für Stadtentwicklung {o}',
    'Energieforschung {o} e.V.',
  ],
  media: [
    'Nachrichten aus {o}',
    'Radio {o}',
    'Stadtmagazin {o}',
    'Freies Radio {o}',
    'Bürgerfernsehen {o}',
  ],
  professional_association: [
    'Handwerkskammer-Regionalstelle {d}',
    'Kreisbauernverband {d} e.V.',
    'Unternehmerverband {d} e.V.',
    'Energieagentur {d}',
    'Solarverband {d} e.V.',
    'Innung Sanitär-Heizung-Klima {d}',
  ],
};

const FAMOUS = [
  'Erich-Kästner',
  'Goethe',
  'Schiller',
  'Lessing',
  'Humboldt',
  'Käthe-Kollwitz',
  'Marie-Curie',
];
const SAINTS = [
  'Marien',
  'Nikolai',
  'Johannis',
  'Petri',
  'Pauli',
  'Georg',
  'Michael',
  'Jakobi',
  'Martin',
];

export interface NameContext {
  readonly place: string;
  readonly district: string;
  /** Towns from about 8,000 inhabitants are called Stadt, smaller ones Gemeinde. */
  readonly town: boolean;
}

export function institutionName(
  random: Random,
  faker: Faker,
  profile: Exclude<Profile, 'citizen'>,
  context: NameContext,
): string {
  return random
    .pick(TEMPLATES[profile])
    .replace('{o}', context.place)
    .replace('{d}', context.district)
    .replace('{town}', context.town ? 'Stadtverwaltung' : 'Gemeindeverwaltung')
    .replace('{famous}', random.pick(FAMOUS))
    .replace('{saint}', random.pick(SAINTS))
    .replace('{n}', () => faker.person.lastName())
    .replace('{company}', () => faker.company.name());
}

/** ASCII slug for addresses on example.org (umlauts transliterated). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}
