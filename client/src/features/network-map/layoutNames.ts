import { LIMITS } from '@nzr/graph-schema';

/** The map's layouts; the names are part of the URL, so they are stable. */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'geo'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

/** Every neighbourhood depth the API allows, 1..LIMITS.MAX_DEPTH. */
export const DEPTHS: readonly number[] = Array.from(
  { length: LIMITS.MAX_DEPTH },
  (_, at) => at + 1,
);
export type Depth = number;
