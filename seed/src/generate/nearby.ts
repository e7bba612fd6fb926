/**
 * Finding partners near an actor without scanning everyone: candidates come from buckets by municipality
 * (and sector), widening from the own municipality to neighbours within NEAR_KM, the district, the state.
 */
import type { World } from './world.js';
import { districtOf } from './world.js';

export type Scope = 'muni' | 'near' | 'district' | 'state';
/** Scopes from narrow to wide, starting at a scope. */
export const WIDER: Readonly<Record<Scope, Scope[]>> = {
  muni: ['muni', 'near', 'district', 'state'],
  near: ['near', 'district', 'state'],
  district: ['district', 'state'],
  state: ['state'],
};

function munisOf(world: World, muni: number, scope: Scope): readonly number[] {
  switch (scope) {
    case 'muni':
      return [muni];
    case 'near':
      return world.near[muni] ?? [muni];
    case 'district':
      return world.districtMunis[districtOf(world, muni)] ?? [muni];
    case 'state':
      return world.allMunis;
  }
}

/** Draws one index from the union of `lists(m)` over `munis`, uniformly; -1 when all are empty. */
function drawFrom(
  world: World,
  munis: readonly number[],
  list: (m: number) => readonly number[],
): number {
  let total = 0;
  for (const m of munis) total += list(m).length;
  if (total === 0) return -1;
  let r = Math.floor(world.random.next() * total);
  for (const m of munis) {
    const items = list(m);
    if (r < items.length) return items[r] ?? -1;
    r -= items.length;
  }
  return -1;
}

/** `k` institutions of the sector drawn uniformly (with repeats) from the first non-empty scope from `scope` outwards. */
export function drawInstitutions(
  world: World,
  muni: number,
  sectorIndex: number,
  scope: Scope,
  k: number,
): number[] {
  const bySector = (m: number): readonly number[] => world.instByMuniSector[m]?.[sectorIndex] ?? [];
  for (const wider of WIDER[scope]) {
    const munis = munisOf(world, muni, wider);
    let total = 0;
    for (const m of munis) total += bySector(m).length;
    if (total === 0) continue;
    const drawn: number[] = [];
    for (let i = 0; i < k; i++) {
      let r = Math.floor(world.random.next() * total);
      for (const m of munis) {
        const items = bySector(m);
        if (r < items.length) {
          drawn.push(items[r] ?? -1);
          break;
        }
        r -= items.length;
      }
    }
    return drawn;
  }
  return [];
}

/** An institution of the sector (or any sector for -1), searched from `scope` outwards; -1 if none. */
export function pickInstitution(
  world: World,
  muni: number,
  sectorIndex: number,
  scope: Scope,
): number {
  const bySector = (m: number): readonly number[] => world.instByMuniSector[m]?.[sectorIndex] ?? [];
  const all = (m: number): readonly number[] => world.instByMuniAll[m] ?? [];
  for (const wider of WIDER[scope]) {
    const found = drawFrom(world, munisOf(world, muni, wider), sectorIndex < 0 ? all : bySector);
    if (found >= 0) return found;
  }
  return -1;
}

/** A person searched from `scope` outwards; -1 if there is none. */
export function pickPerson(world: World, muni: number, scope: Scope): number {
  for (const wider of WIDER[scope]) {
    const found = drawFrom(world, munisOf(world, muni, wider), (m) => world.personsByMuni[m] ?? []);
    if (found >= 0) return found;
  }
  return -1;
}

/** A scope drawn with the given weights for municipality, neighbours, district and state. */
export function drawScope(world: World, weights: readonly [number, number, number, number]): Scope {
  const scopes: Scope[] = ['muni', 'near', 'district', 'state'];
  return scopes[world.random.weightedIndex(weights)] ?? 'state';
}
