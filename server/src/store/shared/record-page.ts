/**
 * The checks every list of system records paged newest first shares (introductions, tie proposals, entry
 * proposals): page size, region, states and the keyset cursor (createdAt, id). Each record kind adds its own
 * issues first and passes them in, so a caller still learns every problem at once.
 */
import { validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import { decodeKeyCursor } from './keyset-cursor.js';
import { regionScopeIssues } from './region-scope.js';

export interface RecordPageQuery {
  readonly first: number;
  readonly regionId?: string;
  readonly regionIds?: readonly string[];
  readonly statuses?: readonly string[];
  readonly after?: string;
}

/** Throws VALIDATION with `issues` and the page's own; returns where the page starts. */
export function checkRecordPage(
  query: RecordPageQuery,
  statuses: readonly string[],
  issues: ValidationIssue[] = [],
): { createdAt: string; id: string } | undefined {
  const first = query?.first;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.MAX_PAGE_SIZE) {
    issues.push({ path: 'first', message: `must be an integer from 1 to ${LIMITS.MAX_PAGE_SIZE}` });
  }
  if (query.regionId !== undefined) issues.push(...validateId(query.regionId, 'regionId'));
  issues.push(...regionScopeIssues(query.regionIds));
  const given = query.statuses;
  if (
    given !== undefined &&
    !(Array.isArray(given) && given.every((s) => typeof s === 'string' && statuses.includes(s)))
  ) {
    issues.push({ path: 'statuses', message: `must list values of ${statuses.join(', ')}` });
  }
  if (query.after !== undefined && typeof query.after !== 'string') {
    issues.push({ path: 'after', message: 'must be a cursor string' });
  }
  if (issues.length > 0) throw validationError(issues);
  if (query.after === undefined) return undefined;
  const [createdAt, id] = decodeKeyCursor(query.after, 2) as [string, string];
  return { createdAt, id };
}
