/**
 * Turns the API filter into the port's NodeFilter and adds what the viewer may see. The viewer's
 * visibilities are always set here, never taken from the request, so no query can widen them.
 */
import type { NodeFilter } from '../../store/port.js';
import type { Viewer } from '../../auth/viewer.js';
import type { NodeFilterInput } from './node-filter.input.js';

export function toNodeFilter(
  input: NodeFilterInput | null | undefined,
  viewer: Viewer,
): NodeFilter {
  const filter: { -readonly [K in keyof NodeFilter]: NodeFilter[K] } = {
    visibilities: viewer.visibilities,
  };
  if (!input) return filter;
  if (input.labels) filter.labels = input.labels;
  if (input.sectors) filter.sectors = input.sectors;
  if (input.topicIds) filter.topicIds = input.topicIds;
  if (input.regionId) filter.regionId = input.regionId;
  if (input.networkId) filter.networkId = input.networkId;
  if (input.kinds) filter.kinds = input.kinds;
  return filter;
}
