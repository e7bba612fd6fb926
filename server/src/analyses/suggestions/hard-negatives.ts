/**
 * Hard negatives for link-prediction AUC: non-cooperating pairs of the same district at the distance of a
 * held-out tie. Random pairs are mostly far apart, so nearness alone separates them from ties and the AUC
 * says little about the pairs a coordinator is shown; matching each negative's distance to a true tie's
 * distance (within ±20 %, at least ±0.5 km) removes that easy signal (issue 11).
 * Pairs with an unknown distance get a random non-cooperating pair as negative.
 */
import type { PairContext } from './pair-score.js';
import { distanceBetween } from './pair-score.js';
import type { Rng } from '../kernel/random.js';

const RELATIVE_BAND = 0.2;
const MIN_BAND_KM = 0.5;
const TRIES = 50;

/** A non-tied pair [x, y] whose distance is within the band around `km`, or null when none was found. */
export function distanceMatchedPair(
  ctx: PairContext,
  km: number | null,
  tied: (x: number, y: number) => boolean,
  rng: Rng,
): [number, number] | null {
  const n = ctx.csr.ids.length;
  if (n < 2) return null;
  const band = km === null ? 0 : Math.max(MIN_BAND_KM, km * RELATIVE_BAND);
  const within: number[] = [];
  for (let t = 0; t < TRIES; t++) {
    const x = Math.floor(rng() * n);
    within.length = 0;
    for (let y = 0; y < n; y++) {
      if (y === x || tied(x, y)) continue;
      if (km === null) within.push(y);
      else {
        const d = distanceBetween(ctx, x, y);
        if (d !== null && Math.abs(d - km) <= band) within.push(y);
      }
    }
    if (within.length > 0) return [x, within[Math.floor(rng() * within.length)] ?? 0];
  }
  return null;
}
