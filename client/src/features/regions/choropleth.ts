/**
 * Colour classes of the Regions choropleth: quantile breaks (each class holds about as many regions), so one big
 * city does not push every rural district into the lightest class. Pure, unit-tested.
 */

/** The columns the map can colour by; the first is the default (and is left out of the URL, `metric=`). */
export const CHOROPLETH_METRICS = [
  'actorsPer10k',
  'actors',
  'crossSectorShare',
  'density',
  'newTies',
] as const;
export type ChoroplethMetric = (typeof CHOROPLETH_METRICS)[number];

/** ColorBrewer "Greens", 5 classes: light = low, dark = high; readable with the common colour-vision deficiencies. */
export const CLASS_COLOURS = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'] as const;
export const NO_DATA_COLOUR = '#e4e4e4';

export interface ColourClass {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
}

/** Up to five classes over the values (fewer when there are fewer distinct values); empty without values. */
export function colourClasses(values: readonly number[]): ColourClass[] {
  const sorted = values.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (sorted.length === 0) return [];
  const count = Math.min(CLASS_COLOURS.length, new Set(sorted).size);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const bounds = [sorted[0] ?? 0];
  for (let i = 1; i < count; i++) {
    const previous = bounds.at(-1) ?? 0;
    // Ties can make a quantile repeat the previous bound: then the next larger value starts the class.
    const next = at(i / count) > previous ? at(i / count) : sorted.find((v) => v > previous);
    if (next !== undefined) bounds.push(next);
  }
  const last = sorted.at(-1) ?? 0;
  // Spread the colours over the whole ramp when there are fewer classes than colours.
  const step = bounds.length > 1 ? (CLASS_COLOURS.length - 1) / (bounds.length - 1) : 0;
  return bounds.map((from, i) => ({
    from,
    to: bounds[i + 1] ?? last,
    colour: CLASS_COLOURS[Math.round(i * step)] ?? NO_DATA_COLOUR,
  }));
}

/** The colour of a value: the last class whose lower bound it reaches. */
export function colourOf(
  value: number | null | undefined,
  classes: readonly ColourClass[],
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA_COLOUR;
  let colour = classes[0]?.colour ?? NO_DATA_COLOUR;
  for (const c of classes) if (value >= c.from) colour = c.colour;
  return colour;
}
