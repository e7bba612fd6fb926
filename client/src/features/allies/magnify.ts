/**
 * Allies lie within 100 km, the geographic layout is drawn at the scale of the whole state: scaling every
 * location's offset from the search centre by one factor zooms in without distorting directions or ratios.
 */
export interface Located {
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
}

/** Spread of the scaled locations from the centre, in degrees (the state is about 2.5° wide). */
const TARGET_SPREAD = 0.4;

export function magnify<T extends Located>(
  nodes: readonly T[],
  centre: { readonly latitude: number; readonly longitude: number },
): T[] {
  const spread = Math.max(
    ...nodes.map((node) =>
      node.location
        ? Math.max(
            Math.abs(node.location.latitude - centre.latitude),
            Math.abs(node.location.longitude - centre.longitude),
          )
        : 0,
    ),
    0,
  );
  if (spread === 0) return [...nodes];
  const factor = Math.max(1, TARGET_SPREAD / spread);
  return nodes.map((node) =>
    node.location
      ? {
          ...node,
          location: {
            latitude: centre.latitude + (node.location.latitude - centre.latitude) * factor,
            longitude: centre.longitude + (node.location.longitude - centre.longitude) * factor,
          },
        }
      : node,
  );
}
