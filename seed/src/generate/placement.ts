/**
 * Where actors live: districts get actors in proportion to population times an engagement factor
 * (markedly higher in the three kreisfreie Städte, varying between rural districts), municipalities
 * within a district in proportion to their population.
 */
import type { Random } from './random.js';
import { WeightedTable } from './random.js';
import type { Place } from './world.js';

/** Actors per inhabitant in the cities relative to an average rural district. */
export const URBAN_ENGAGEMENT = 2.6;

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (missing-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

/** A municipality index for each of `actors` actors, shuffled so that any prefix is a fair sample. */
export function placeActors(
  random: Random,
  actors: number,
  districts: readonly Place[],
  municipalities: readonly Place[],
): number[] {
  const factors = districts.map((d) => (d.urban ? URBAN_ENGAGEMENT : 0.75 + 0.5 * random.next()));
  const perDistrict = apportion(
    actors,
    districts.map((d, i) => d.population * (factors[i] ?? 1)),
  );
  const slots: number[] = [];
  districts.forEach((district, d) => {
    const members = municipalities.filter((m) => m.district === district.index);
    const table = new WeightedTable(
      members.map((m) => m.index),
      members.map((m) => m.population),
    );
    for (let i = 0; i < (perDistrict[d] ?? 0); i++) slots.push(table.draw(random));
  });
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = slots[i] as number;
    slots[i] = slots[j] as number;
    slots[j] = swap;
  }
  return slots;
}
