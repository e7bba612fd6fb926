/** Links from the analytics views to the map, built with the app's URL state (features never see the URL). */
import { INITIAL_STATE, encodeState } from '../../urlState';

function mapUrl(search: string): string {
  return search ? `/?${search}` : '/';
}

/**
 * The map focused on these nodes, one step around them, as of `activeOn` (null: all relationships), so that a
 * view computed for a day opens the map of that day.
 */
export function mapFocusHref(ids: readonly string[], activeOn: string | null = null): string {
  const filters = { ...INITIAL_STATE.filters, activeOn };
  return mapUrl(`${encodeState({ ...INITIAL_STATE, focus: ids, filters })}&depth=1`);
}

/** The map of a region (overview of its actors). */
export function regionMapHref(regionId: string): string {
  return mapUrl(encodeState({ ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, regionId } }));
}

/** The brokers view of a region as of `activeOn`, with the app's other URL state at its defaults. */
export function brokersHref(regionId: string | null, activeOn: string | null = null): string {
  const search = encodeState({
    ...INITIAL_STATE,
    filters: { ...INITIAL_STATE.filters, regionId, activeOn },
  });
  return search ? `/brueckenbauer?${search}` : '/brueckenbauer';
}
