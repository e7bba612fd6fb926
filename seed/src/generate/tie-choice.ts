/**
 * How an institution picks a cooperation partner in the demo generator: the four mechanisms that network
 * research finds behind who ties to whom, each with one parameter chosen from (or plausibly below) what the
 * literature reports. The parameters are set from these sources, never tuned to what the suggestion score
 * measures (issue 11): the bench reports whatever AUC follows.
 *
 * 1. Distance decay (Liben-Nowell et al. 2005, PNAS 102(33): P(friend at distance d) ∝ 1/d in LiveJournal;
 *    Lambiotte et al. 2008, Physica A 387(21): mobile-phone ties ∝ d^-2): a candidate at d km weighs
 *    (1 + d / DISTANCE_SCALE_KM)^-DISTANCE_EXPONENT, exponent 1 (the milder of the two), flattened below
 *    2 km where positions inside one town are arbitrary. On top of that the candidates come from scopes
 *    drawn as before (municipality 40 %, neighbours within 25 km 36 %, district 12 %, state 12 %).
 * 2. Theme homophily (McPherson, Smith-Lovin & Cook 2001, Annu. Rev. Sociol. 27: "similarity breeds
 *    connection", for values and activities as for demographics): sharing a key theme multiplies a
 *    candidate's weight by THEME_HOMOPHILY, sharing a topic itself by TOPIC_HOMOPHILY more. Sector homophily
 *    stays as it was: a partner is drawn from the own sector with probability SAME_SECTOR (cooperation.ts).
 * 3. Preferential attachment (Barabási & Albert 1999, Science 286: linear in degree): a candidate weighs
 *    deg + 1, so active institutions gain partners faster and newcomers can still be chosen.
 * 4. Triadic closure (Kossinets & Watts 2006, Science 311: new ties form far more often between people with
 *    a common contact; Rapoport 1953): TRIADIC_CLOSURE of the regular ties close a triangle, partner of a
 *    partner (cooperation.ts, addClosureTies).
 * A tie is drawn as: scope and sector as before, then CANDIDATES institutions from them, and one of these by
 * the product of the weights 1-3.
 */
import { distanceKm } from './geo.js';
import type { Institution, World } from './world.js';

export const CANDIDATES = 8;
export const DISTANCE_SCALE_KM = 2;
export const DISTANCE_EXPONENT = 1;
export const THEME_HOMOPHILY = 3;
export const TOPIC_HOMOPHILY = 1.5;
export const TRIADIC_CLOSURE = 0.2;

/** The unnormalised weight of b as a partner for a (mechanisms 1-3 above). */
export function partnerWeight(a: Institution, b: Institution): number {
  const d = distanceKm(a.point, b.point);
  const decay = (1 + d / DISTANCE_SCALE_KM) ** -DISTANCE_EXPONENT;
  const themes = (a.themeMask & b.themeMask) !== 0 ? THEME_HOMOPHILY : 1;
  const topics = a.topics.some((t) => b.topics.includes(t)) ? TOPIC_HOMOPHILY : 1;
  return decay * themes * topics * (b.partners.length + 1);
}

/** One of `candidates` (institution indices, repeats allowed), drawn by partnerWeight; -1 for none. */
export function choosePartner(world: World, a: Institution, candidates: readonly number[]): number {
  const weights = candidates.map((c) => {
    const b = world.institutions[c];
    return b && b.index !== a.index ? partnerWeight(a, b) : 0;
  });
  if (!weights.some((w) => w > 0)) return -1;
  return candidates[world.random.weightedIndex(weights)] ?? -1;
}
