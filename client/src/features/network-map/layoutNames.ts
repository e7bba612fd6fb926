/** The map's layouts; the names are part of the URL, so they are stable. */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'geo'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];
