/**
 * Needs and offers that no counterpart meets (within the distance bound of the matching): what a coordinator
 * could still look for elsewhere. A need counts when its owner is one of `needOwnerIds` (e.g. the actors of a
 * region), an offer when its owner is one of `offerOwnerIds`; every NEEDS / OFFERS tie in the snapshot when a
 * list is absent. Sorted by kind, then owner and resource id, so the order is stable.
 */
import type { ResourceKind } from '@nzr/graph-schema';
import { str } from './snapshot.js';
import type { Snapshot } from './snapshot.js';
import type { ResourceMatch } from './resource-matching.js';

export interface UnmatchedResource {
  readonly resourceId: string;
  readonly ownerId: string;
  readonly kind: ResourceKind;
}

export interface UnmatchedResources {
  readonly needs: readonly UnmatchedResource[];
  readonly offers: readonly UnmatchedResource[];
}

export interface UnmatchedScope {
  readonly needOwnerIds?: readonly string[];
  readonly offerOwnerIds?: readonly string[];
}

function unmatchedOf(
  snapshot: Snapshot,
  type: 'NEEDS' | 'OFFERS',
  owners: readonly string[] | undefined,
  matched: ReadonlySet<string>,
): UnmatchedResource[] {
  const allowed = owners ? new Set(owners) : null;
  const seen = new Set<string>();
  const list: UnmatchedResource[] = [];
  for (const rel of snapshot.byType.get(type) ?? []) {
    if (allowed && !allowed.has(rel.from)) continue;
    const kind = str(snapshot.nodes.get(rel.to), 'kind') as ResourceKind | null;
    if (kind === null || matched.has(rel.to) || seen.has(rel.to)) continue;
    seen.add(rel.to);
    list.push({ resourceId: rel.to, ownerId: rel.from, kind });
  }
  return list.sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) ||
      a.ownerId.localeCompare(b.ownerId) ||
      a.resourceId.localeCompare(b.resourceId),
  );
}

/** `matches` must be every match (allResourceMatches), not a ranked excerpt. */
export function unmatchedResources(
  snapshot: Snapshot,
  matches: readonly ResourceMatch[],
  scope: UnmatchedScope = {},
): UnmatchedResources {
  const matchedNeeds = new Set(matches.map((m) => m.needId));
  const matchedOffers = new Set(matches.map((m) => m.offerId));
  return {
    needs: unmatchedOf(snapshot, 'NEEDS', scope.needOwnerIds, matchedNeeds),
    offers: unmatchedOf(snapshot, 'OFFERS', scope.offerOwnerIds, matchedOffers),
  };
}
