/**
 * Which regions an account may look after: existing districts (Landkreise, kreisfreie Städte), each once.
 * The store checks only the ids' form; here, at the API edge, they are looked up, so a coordinator's queue
 * filter never names a municipality, the state or an entry. A well-formed id of anything else gives
 * REGION_NOT_DISTRICT with those ids; a malformed list BAD_USER_INPUT, as for actorIds.
 */
import { validateId } from '@nzr/graph-schema';
import { ApiError } from '../../api-errors.js';
import { validationError } from '../../store/errors.js';
import type { GraphStore } from '../../store/port.js';
import { MAX_ACCOUNT_REGIONS } from '../../store/shared/accounts.js';

export async function checkAccountRegions(
  store: GraphStore,
  regionIds: readonly string[],
): Promise<void> {
  if (new Set(regionIds).size !== regionIds.length) {
    throw validationError([{ path: 'regionIds', message: 'names a region twice' }]);
  }
  if (regionIds.length > MAX_ACCOUNT_REGIONS) {
    throw validationError([
      { path: 'regionIds', message: `must name at most ${MAX_ACCOUNT_REGIONS} districts` },
    ]);
  }
  if (regionIds.some((id) => validateId(id).length > 0)) {
    throw validationError([{ path: 'regionIds', message: 'contains an invalid region id' }]);
  }
  const found = regionIds.length > 0 ? await store.getNodes(regionIds) : [];
  const districts = new Set(
    found
      .filter((node) => node.label === 'Region' && node.properties.level === 'district')
      .map((node) => node.id),
  );
  const notDistricts = regionIds.filter((id) => !districts.has(id));
  if (notDistricts.length > 0) {
    throw new ApiError('REGION_NOT_DISTRICT', undefined, { regionIds: notDistricts });
  }
}
