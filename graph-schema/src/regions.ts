/**
 * Region ids: `reg-` + the region's official municipality key (AGS), so every installation, the seed and the
 * CSV import name the same region alike. The region tree's root is the state of Saxony (AGS 14).
 */
import { NODE_LABELS } from './labels.js';

/** AGS of the state whose districts and municipalities the explorer covers (Freistaat Sachsen). */
export const STATE_AGS = '14';

/** Id of the region with this AGS, e.g. `reg-14626` for Landkreis Görlitz. */
export function regionId(ags: string): string {
  return `${NODE_LABELS.Region.idPrefix}-${ags}`;
}

/** Id of the state, the root of the region tree. */
export const STATE_REGION_ID = regionId(STATE_AGS);

/** AGS of the district a district or municipality lies in (its first five digits); null for the state. */
export function districtAgs(ags: string): string | null {
  return /^\d{5}(\d{3})?$/.test(ags) ? ags.slice(0, 5) : null;
}

/** Id of the district a district or municipality id belongs to; null for the state and other ids. */
export function districtIdOf(id: string | null): string | null {
  const prefix = regionId('');
  if (!id?.startsWith(prefix)) return null;
  const district = districtAgs(id.slice(prefix.length));
  return district === null ? null : regionId(district);
}
