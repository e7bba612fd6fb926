/**
 * Argument checks for the read operations of the port, shared by both stores so that bad arguments fail the
 * same way (code VALIDATION) before any store work is done.
 */
import {
  SECTORS,
  VISIBILITIES,
  checkValue,
  enumValues,
  isNodeLabel,
  isValidDate,
  isRelationshipType,
  validateId,
} from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type {
  NeighbourhoodQuery,
  NodeFilter,
  RadiusQuery,
  SearchQuery,
  SubgraphQuery,
} from '../port.js';

const sectorValues: readonly string[] = enumValues(SECTORS);
const visibilityValues: readonly string[] = enumValues(VISIBILITIES);

function fail(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw validationError(issues);
}

function checkInteger(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  min: number,
  max: number,
): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ path, message: `must be an integer from ${min} to ${max}` });
  }
}

function checkList(
  issues: ValidationIssue[],
  path: string,
  value: unknown,
  accept: (item: unknown) => boolean,
  max = 100,
): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length > max || !value.every(accept)) {
    issues.push({ path, message: `must be a list of at most ${max} valid values` });
  }
}

/** An optional calendar date: ISO `YYYY-MM-DD` and a real day (not 2023-02-30). */
function checkDate(issues: ValidationIssue[], path: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !isValidDate(value)) {
    const got = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    issues.push({
      path,
      message: `must be a calendar date YYYY-MM-DD, e.g. 2024-05-31 (got ${got})`,
    });
  }
}

export function checkIds(ids: unknown, max: number = LIMITS.MAX_IDS, path = 'ids'): void {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(ids) || ids.length > max) {
    issues.push({ path, message: `must be a list of at most ${max} ids` });
  } else {
    ids.forEach((id, index) => issues.push(...validateId(id, `${path}[${index}]`)));
  }
  fail(issues.slice(0, 10));
}

function checkFilter(
  issues: ValidationIssue[],
  filter: NodeFilter | undefined,
  path = 'filter',
): void {
  if (filter === undefined) return;
  checkList(issues, `${path}.labels`, filter.labels, isNodeLabel);
  checkList(issues, `${path}.sectors`, filter.sectors, (s) => sectorValues.includes(s as string));
  checkList(issues, `${path}.topicIds`, filter.topicIds, (id) => validateId(id).length === 0);
  checkList(issues, `${path}.kinds`, filter.kinds, (k) => typeof k === 'string' && k.length <= 100);
  checkList(issues, `${path}.visibilities`, filter.visibilities, (v) =>
    visibilityValues.includes(v as string),
  );
  if (filter.regionId !== undefined)
    issues.push(...validateId(filter.regionId, `${path}.regionId`));
  if (filter.networkId !== undefined)
    issues.push(...validateId(filter.networkId, `${path}.networkId`));
}

export function checkSearchQuery(query: SearchQuery): void {
  const issues: ValidationIssue[] = [];
  if (typeof query.text !== 'string' || query.text.length > LIMITS.MAX_SEARCH_TEXT) {
    issues.push({
      path: 'text',
      message: `must be a string of at most ${LIMITS.MAX_SEARCH_TEXT} characters`,
    });
  } else if (!query.text.isWellFormed()) {
    issues.push({ path: 'text', message: 'contains malformed unicode' });
  }
  checkInteger(issues, 'first', query.first, 1, LIMITS.MAX_PAGE_SIZE);
  if (query.after !== undefined && typeof query.after !== 'string') {
    issues.push({ path: 'after', message: 'must be a cursor string' });
  }
  checkFilter(issues, query.filter);
  fail(issues);
}

export function checkRadiusQuery(query: RadiusQuery): void {
  const issues: ValidationIssue[] = [];
  const centerProblem = checkValue({ type: 'point', description: '' }, query.center);
  if (centerProblem) issues.push({ path: 'center', message: centerProblem });
  if (
    typeof query.radiusKm !== 'number' ||
    !(query.radiusKm >= 0 && query.radiusKm <= LIMITS.MAX_RADIUS_KM)
  ) {
    issues.push({
      path: 'radiusKm',
      message: `must be a number from 0 to ${LIMITS.MAX_RADIUS_KM}`,
    });
  }
  checkInteger(issues, 'limit', query.limit, 1, LIMITS.MAX_LIMIT);
  checkFilter(issues, query.filter);
  fail(issues);
}

export function checkNeighbourhoodQuery(query: NeighbourhoodQuery): void {
  checkIds(query.ids, LIMITS.MAX_START_IDS);
  const issues: ValidationIssue[] = [];
  if (query.ids.length === 0) issues.push({ path: 'ids', message: 'must name at least one node' });
  checkInteger(issues, 'depth', query.depth, 1, LIMITS.MAX_DEPTH);
  checkInteger(issues, 'limit', query.limit, 1, LIMITS.MAX_LIMIT);
  checkList(issues, 'relationshipTypes', query.relationshipTypes, isRelationshipType);
  checkDate(issues, 'activeOn', query.activeOn);
  checkFilter(issues, query.filter);
  fail(issues);
}

export function checkSubgraphQuery(query: SubgraphQuery): void {
  const issues: ValidationIssue[] = [];
  const scope = query.scope as Record<string, unknown> | undefined;
  const keys = scope ? Object.keys(scope) : [];
  const key = keys[0];
  if (keys.length !== 1 || (key !== 'regionId' && key !== 'topicId' && key !== 'networkId')) {
    issues.push({
      path: 'scope',
      message: 'must name exactly one of regionId, topicId, networkId',
    });
  } else {
    issues.push(...validateId(scope?.[key], `scope.${key}`));
  }
  checkList(issues, 'labels', query.labels, isNodeLabel);
  checkList(issues, 'attachLabels', query.attachLabels, isNodeLabel);
  checkList(issues, 'relationshipTypes', query.relationshipTypes, isRelationshipType);
  checkList(issues, 'visibilities', query.visibilities, (v) =>
    visibilityValues.includes(v as string),
  );
  checkInteger(issues, 'limit', query.limit, 1, LIMITS.MAX_SUBGRAPH_LIMIT);
  fail(issues);
}
