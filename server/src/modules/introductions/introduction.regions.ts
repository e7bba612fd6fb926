/**
 * Store look-ups of the introductions service: the regions an introduced pair belongs to (home regions and
 * every region above them, so that a district's and the state's lists both show the pair), and a tie the
 * pair may already have.
 */
import type { RelationshipType } from '@nzr/graph-schema';
import { regionAncestors } from '../../analyses/kernel/subgraphs.js';
import { LIMITS } from '../../store/port.js';
import type { GraphStore } from '../../store/port.js';

export async function actorRegionIds(
  store: GraphStore,
  actorIds: readonly string[],
): Promise<string[]> {
  const homes = await store.neighbourhood({
    ids: actorIds,
    depth: 1,
    relationshipTypes: ['LOCATED_IN'],
    filter: { labels: ['Region'] },
    limit: LIMITS.MAX_LIMIT,
  });
  const homeIds = new Set(
    homes.relationships.filter((rel) => rel.type === 'LOCATED_IN').map((rel) => rel.to),
  );
  const regionIds = new Set<string>();
  for (const homeId of homeIds) {
    const chain = await regionAncestors(store, homeId);
    chain.nodes.forEach((node) => regionIds.add(node.id));
  }
  return [...regionIds].sort();
}

/** Id of an open tie of `type` between the two actors, or null. */
export async function existingTieId(
  store: GraphStore,
  type: RelationshipType,
  fromId: string,
  toId: string,
): Promise<string | null> {
  const around = await store.neighbourhood({
    ids: [fromId],
    depth: 1,
    relationshipTypes: [type],
    limit: LIMITS.MAX_LIMIT,
  });
  const tie = around.relationships.find(
    (rel) =>
      ((rel.from === fromId && rel.to === toId) || (rel.from === toId && rel.to === fromId)) &&
      rel.properties.until === undefined,
  );
  return tie?.id ?? null;
}
