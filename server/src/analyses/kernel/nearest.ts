/**
 * The `limit` nearest nodes within a radius, asked ring by ring. A radius query has to look at every node in
 * its circle before it can keep the nearest `limit`: in a city a 20 km circle holds several thousand actors
 * to sort for the 1,000 an analysis keeps (most of the time of allies nearby at 100k actors). A smaller
 * circle that already holds `limit` hits holds exactly the same nearest `limit` as the full one (every hit
 * beyond it is farther than all of them, and ties are ordered the same way in both), so the small circle is
 * asked first and the circle widens only when it held fewer.
 *
 * Widening: to the radius where the density seen so far would give `limit` hits (with a margin), at least
 * doubling; once that comes close to the full radius (or when the first ring was empty), the full radius.
 * Worst case four queries whose circles add up to 4/3 of the full one, in a sparse area with few nodes.
 */
import type { GraphStore, RadiusHit, RadiusQuery } from '../../store/port.js';

/** The first circle, as a share of the radius asked: 1/64 of the area. */
export const FIRST_RING = 1 / 8;
/** Margin on the radius estimated from the density seen so far. */
const MARGIN = 1.5;
/** A ring wider than this share of the radius is not worth asking before the full radius. */
const NEARLY_FULL = 0.7;

export async function nearestWithin(store: GraphStore, query: RadiusQuery): Promise<RadiusHit[]> {
  let ring = query.radiusKm * FIRST_RING;
  while (ring > 0 && ring < query.radiusKm * NEARLY_FULL) {
    const hits = await store.withinRadius({ ...query, radiusKm: ring });
    if (hits.length >= query.limit) return hits;
    const estimate =
      hits.length > 0 ? ring * Math.sqrt(query.limit / hits.length) * MARGIN : Infinity;
    ring = Math.max(2 * ring, estimate);
  }
  return store.withinRadius(query);
}
