/**
 * The cooperation structure of the whole network: three rural districts with a planted sector gap, a handful of
 * brokers (Brückenbauer) outside them, regular mostly-local ties for everyone (partners chosen by distance,
 * themes and activity), ties that close triangles, then the brokers' cross-sector ties. The mechanisms and the
 * literature behind their parameters: tie-choice.ts.
 */
import { Cooperations } from './cooperation.js';
import type { SectorGap } from './types.js';
import type { Institution, World } from './world.js';
import { districtOf } from './world.js';
import { TRIADIC_CLOSURE } from './tie-choice.js';

/** Regular cooperations initiated per institution (on average; each is counted at both ends). */
export const REGULAR_TIES = 1.35;
const GAP_DISTRICTS = 3;
const BROKER_KINDS = new Set([
  'association',
  'education_provider',
  'administration',
  'professional_association',
  'university',
]);

function pickGapDistricts(world: World): number[] {
  const rural = world.districts.filter((d) => !d.urban).map((d) => d.index);
  const chosen: number[] = [];
  while (chosen.length < GAP_DISTRICTS) {
    const district = world.random.pick(rural);
    if (!chosen.includes(district)) chosen.push(district);
  }
  return chosen;
}

/** Brokers of bridging kinds, spread over the districts (one per district before any gets a second). */
function pickBrokers(world: World, coops: Cooperations, count: number): Institution[] {
  const candidates = world.institutions.filter(
    (i) => BROKER_KINDS.has(i.kind) && !coops.inGapDistrict(i),
  );
  const brokers: Institution[] = [];
  const usedDistricts = new Set<number>();
  for (let attempt = 0; brokers.length < count && attempt < count * 50; attempt++) {
    if (candidates.length === 0) break;
    const candidate = world.random.pick(candidates);
    const district = districtOf(world, candidate.muni);
    if (brokers.includes(candidate) || (usedDistricts.has(district) && attempt < count * 20))
      continue;
    brokers.push(candidate);
    usedDistricts.add(district);
    if (usedDistricts.size === world.districts.length) usedDistricts.clear();
  }
  return brokers;
}

export interface CooperationPlan {
  readonly coops: Cooperations;
  readonly gaps: SectorGap[];
  readonly brokers: Institution[];
}

export function addCooperations(world: World): CooperationPlan {
  const institutions = world.institutions.length;
  const coops = new Cooperations(world);
  const gaps = coops.plantGaps(pickGapDistricts(world));
  // 5 brokers for the demo set, one per 1,200 institutions at scale (at most 40), each with up to 40 ties.
  const brokers = pickBrokers(
    world,
    coops,
    Math.min(40, Math.max(5, Math.round(institutions / 1200))),
  );
  coops.addRegularTies(REGULAR_TIES * (1 - TRIADIC_CLOSURE));
  coops.addClosureTies(REGULAR_TIES * TRIADIC_CLOSURE);
  coops.addBrokerTies(brokers, Math.min(40, Math.max(5, Math.round(institutions / 40))));
  return { coops, gaps, brokers };
}
