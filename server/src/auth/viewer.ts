/**
 * Who is asking, and what they may see and do. Every query path that can return a person filters with
 * `viewer.visibilities`; every write checks `requireRole`. GraphQL and the HTTP endpoints share this module.
 */
import { roleAtLeast } from '@nzr/graph-schema';
import type { Role, Visibility } from '@nzr/graph-schema';

export interface Viewer {
  readonly role: Role;
  /** Account id of a signed-in viewer; null for anonymous visitors. */
  readonly accountId: string | null;
  /** Persons with another visibility are invisible to this viewer: not returned, traversed or counted. */
  readonly visibilities: readonly Visibility[];
  /** Whether contact data of persons (e-mail, consent date) may be shown. */
  readonly seesPersonalData: boolean;
  /** Graph entries the signed-in account acts for (linked by an admin); empty for anonymous visitors. */
  readonly actorIds: readonly string[];
  /** Districts the account looks after (its queues default to them); empty: all of Saxony. */
  readonly regionIds: readonly string[];
}

const VISIBLE_BY_ROLE: Readonly<Record<Role, readonly Visibility[]>> = {
  viewer: ['public'],
  member: ['public', 'members'],
  coordinator: ['public', 'members', 'coordinators'],
  admin: ['public', 'members', 'coordinators'],
};

export function viewerFor(
  role: Role,
  accountId: string | null,
  actorIds: readonly string[] = [],
  regionIds: readonly string[] = [],
): Viewer {
  return {
    role,
    accountId,
    visibilities: VISIBLE_BY_ROLE[role],
    seesPersonalData: roleAtLeast(role, 'coordinator'),
    actorIds,
    regionIds,
  };
}

/**
 * The region filter of a queue asked for "only my regions": the viewer's districts, or none (all of Saxony)
 * when they have none or asked for everything. A default view, not a permission: any coordinator may still
 * list and decide state-wide.
 */
export function myRegionScope(viewer: Viewer, myRegions: boolean): { regionIds?: string[] } {
  return myRegions && viewer.regionIds.length > 0 ? { regionIds: [...viewer.regionIds] } : {};
}

/** Whether the viewer's account acts for this entry (an admin linked them). */
export function actsFor(viewer: Viewer, entryId: string): boolean {
  return viewer.actorIds.includes(entryId);
}

export const ANONYMOUS_VIEWER: Viewer = viewerFor('viewer', null);

/** Raised when a viewer lacks the role for an operation; the API maps it to FORBIDDEN (HTTP 403). */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

/** Raised when an operation needs a signed-in account; the API maps it to UNAUTHENTICATED (HTTP 401). */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';
}

export function requireRole(viewer: Viewer, required: Role): void {
  if (roleAtLeast(viewer.role, required)) return;
  if (viewer.accountId === null) {
    throw new UnauthenticatedError('Please sign in to do this.');
  }
  throw new ForbiddenError(`This needs the role ${required}; you are signed in as ${viewer.role}.`);
}
