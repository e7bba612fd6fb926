/**
 * "In any of these regions": the filter behind a coordinator's own regions (Account.regionIds) on the lists
 * and counts of system records (entry proposals, tie proposals, introductions). A record matches when one of
 * its stored regionIds (every level it lies in) is one of the given ids, or when it has none at all: a
 * proposal without a place is in no coordinator's region, so it stays in every coordinator's queue instead of
 * in nobody's. Both stores match by this rule (the Neo4j store in Cypher, the embedded one here).
 */
import { validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';

/** More than every district of Saxony (13), so any account's regions fit in one filter. */
export const MAX_SCOPE_REGIONS = 50;

export function regionScopeIssues(regionIds: unknown, path = 'regionIds'): ValidationIssue[] {
  if (regionIds === undefined) return [];
  if (!Array.isArray(regionIds) || regionIds.length > MAX_SCOPE_REGIONS) {
    return [{ path, message: `must be a list of at most ${MAX_SCOPE_REGIONS} region ids` }];
  }
  return regionIds.flatMap((id: unknown, index) => validateId(id, `${path}[${index}]`));
}

export function inAnyRegion(
  recordRegionIds: readonly string[],
  scope: readonly string[] | undefined,
): boolean {
  if (scope === undefined || recordRegionIds.length === 0) return true;
  return scope.some((id) => recordRegionIds.includes(id));
}
