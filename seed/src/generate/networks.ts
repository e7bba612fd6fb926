/** Regional networks: one or more per district, with a coordinating institution and members near their theme. */
import type { GeoPoint, KeyTheme } from '@nzr/graph-schema';
import { KEY_THEMES, topicId } from '@nzr/graph-schema';
import { jitter } from './geo.js';
import { slug } from './names.js';
import { KEY_THEME_LIST } from './themes.js';
import type { Institution, Place, World } from './world.js';

const THEMED_NAMES: Readonly<Record<KeyTheme, string>> = {
  transport: 'Mobilitätsbündnis {d}',
  agriculture: 'Ernährungsrat {d}',
  sustainable_business: 'Netzwerk Gemeinwohl-Wirtschaft {d}',
  energy_climate: 'Klimabündnis {d}',
  development_cooperation: 'Eine-Welt-Netzwerk {d}',
  education_sd: 'BNE-Netzwerk {d}',
};
const THEME_DE = new Map(KEY_THEMES.map((t) => [t.value, t.de]));

export interface NetworkInfo {
  readonly id: string;
  readonly district: number;
  readonly point: GeoPoint;
  /** Municipality the network is located in (the district's largest). */
  readonly muni: number;
  /** Key of its key theme. */
  readonly topics: readonly string[];
  /** Index of that theme in KEY_THEME_LIST (its bit in themeMask). */
  readonly themeIndex: number;
  /** Ids of every member (coordinator included) and the indices of the member institutions. */
  readonly memberIds: ReadonlySet<string>;
  readonly memberInstitutions: readonly number[];
}

/** The district's most populous municipality: where its networks meet. */
function seatOf(world: World, munis: readonly number[]): Place | undefined {
  let best: Place | undefined;
  for (const m of munis) {
    const place = world.municipalities[m];
    if (place && (!best || place.population > best.population)) best = place;
  }
  return best;
}

/** A random institution working on the theme (not a business), else any institution of the district. */
function pickCoordinator(world: World, candidates: readonly Institution[], bit: number) {
  const fitting = candidates.filter((c) => c.themeMask & bit && c.sector !== 'business');
  const pool = fitting.length > 0 ? fitting : candidates;
  return pool.length > 0 ? world.random.pick(pool) : undefined;
}

function addNetwork(
  world: World,
  district: Place,
  nth: number,
  members: number,
  offset: number,
): NetworkInfo {
  const { random, builder } = world;
  const munis = world.districtMunis[district.index] ?? [];
  const seat = seatOf(world, munis);
  const themeIndex = (offset + nth) % KEY_THEME_LIST.length;
  const theme = KEY_THEME_LIST[themeIndex] as KeyTheme;
  const base = nth === 0 ? 'Netzwerk Zukunft Regional {d}' : THEMED_NAMES[theme];
  const round = Math.floor((nth - 1) / KEY_THEME_LIST.length) + 1;
  const name = `${base.replace('{d}', district.name)}${round > 1 ? ` ${round}` : ''}`;
  const id = builder.nextId('net');
  const location = jitter(random, seat?.point ?? district.point, 1);
  builder.node('Network', id, {
    name,
    description: `Regionales Netzwerk (${district.name}), Schwerpunkt ${THEME_DE.get(theme) ?? theme}.`,
    location,
    foundedOn: random.date('2010-01-01', '2025-12-31'),
    ...(random.chance(0.7) ? { url: `https://${slug(name)}.example.org` } : {}),
  });
  if (seat) builder.relate('LOCATED_IN', id, seat.id);
  builder.relate('WORKS_ON', id, topicId(theme));
  const bit = 1 << themeIndex;
  const candidates: Institution[] = munis.flatMap((m) =>
    (world.instByMuniAll[m] ?? []).map((i) => world.institutions[i]).filter((i) => i !== undefined),
  );
  const coordinator = pickCoordinator(world, candidates, bit);
  if (coordinator)
    builder.relate('MEMBER_OF_NETWORK', coordinator.id, id, {
      role: 'coordinator',
      since: random.date('2010-01-01', '2025-12-31'),
    });
  // Members: actors of the district, mostly those who work on the network's theme.
  const persons = munis.flatMap((m) => world.personsByMuni[m] ?? []);
  const chosen = new Set<string>(coordinator ? [coordinator.id] : []);
  const memberInstitutions = coordinator ? [coordinator.index] : [];
  for (let attempt = 0; chosen.size < members && attempt < members * 6; attempt++) {
    const usePerson = persons.length > 0 && random.chance(0.35);
    const actor = usePerson
      ? world.persons[random.pick(persons)]
      : candidates.length > 0
        ? random.pick(candidates)
        : undefined;
    if (!actor || chosen.has(actor.id) || (!(actor.themeMask & bit) && !random.chance(0.2)))
      continue;
    chosen.add(actor.id);
    if (!usePerson) memberInstitutions.push(actor.index);
    builder.relate('MEMBER_OF_NETWORK', actor.id, id, {
      role: 'member',
      since: random.date('2012-01-01', '2026-10-31'),
    });
  }
  return {
    id,
    district: district.index,
    point: location,
    muni: seat?.index ?? 0,
    topics: [theme],
    themeIndex,
    memberIds: chosen,
    memberInstitutions,
  };
}

/** Networks per district grow with its number of actors; members about `share` of the district's actors. */
export function addNetworks(
  world: World,
  actorsPerDistrict: readonly number[],
  share: number,
): NetworkInfo[] {
  return world.districts.flatMap((district) => {
    const actors = actorsPerDistrict[district.index] ?? 0;
    const count = 1 + Math.floor(actors / 2000);
    const members = Math.max(4, Math.round((share * actors) / count));
    const offset = world.random.int(0, KEY_THEME_LIST.length - 1);
    return Array.from({ length: count }, (_, nth) =>
      addNetwork(world, district, nth, members, offset),
    );
  });
}
