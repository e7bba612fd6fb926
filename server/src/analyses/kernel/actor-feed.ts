/**
 * Inputs around one actor or a set of nearby actors, for allies and resource matches:
 * - the asker: its node and region (the region's location stands in for a missing own location);
 * - candidates: the actors nearest to a point within a radius (nearest.ts: a small circle first);
 * - the feed: one pass over the asker and all candidates together (chunks of MAX_START_IDS) for what the
 *   analyses read about them — their themes (WORKS_ON, when asked for), the asker's needs and the candidates'
 *   offers — then one pass over those resources for their themes and regions.
 * Why so few calls: a neighbourhood call returns the ties among every node it reached, and the Topic nodes it
 * reaches are hubs (thousands of WORKS_ON each at 100k actors), so every call costs the store far more than
 * the few ties of the actors asked about. The candidates' regions are not fetched: a radius hit always has its
 * own location, so its region is never read. Offers are fetched only when there is an asker whose needs they
 * could meet. Every call is bounded and filtered by the viewer's visibilities.
 */
import type { GeoPoint, NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphRelationship, RadiusHit, Subgraph } from '../../store/port.js';
import type { AnalysisDeps } from './deps.js';
import { nearestWithin } from './nearest.js';
import { neighbourParts } from './subgraphs.js';
import { invalid, requireNode } from './validate.js';

/** Nearest candidates taken from a radius query. */
export const CANDIDATE_LIMIT = 1000;

const isPoint = (value: unknown): value is GeoPoint =>
  typeof value === 'object' && value !== null && 'latitude' in value && 'longitude' in value;

export interface Asker {
  readonly node: GraphNode;
  /** The asker and the region it is located in. */
  readonly subgraph: Subgraph;
  /** Own location, else the location of its region; null when neither is known. */
  readonly location: GeoPoint | null;
}

export async function askerOf(deps: AnalysisDeps, actorId: string): Promise<Asker> {
  const node = await requireNode(deps.store, deps.nodes, 'actorId', actorId, [
    'Person',
    'Institution',
  ]);
  const subgraph = await deps.store.neighbourhood({
    ids: [actorId],
    depth: 1,
    relationshipTypes: ['LOCATED_IN'],
    filter: { labels: ['Region'], visibilities: deps.nodes.viewer.visibilities },
    limit: LIMITS.MAX_LIMIT,
  });
  const own = node.properties['location'];
  const regionId = subgraph.relationships.find(
    (rel) => rel.type === 'LOCATED_IN' && rel.from === actorId,
  )?.to;
  const regionLocation = subgraph.nodes.find((n) => n.id === regionId)?.properties['location'];
  const location = isPoint(own) ? own : isPoint(regionLocation) ? regionLocation : null;
  return { node, subgraph, location };
}

export function locationOrFail(asker: Asker): GeoPoint {
  if (asker.location) return asker.location;
  return invalid('actorId', `actor ${asker.node.id} has no location and no located region`);
}

export interface Candidates {
  readonly hits: readonly RadiusHit[];
  /** The candidates' nodes (no relationships). */
  readonly subgraph: Subgraph;
  /** True when more actors were within the radius than CANDIDATE_LIMIT. */
  readonly truncated: boolean;
}

export async function candidatesNear(
  deps: AnalysisDeps,
  center: GeoPoint,
  radiusKm: number,
  topicIds?: readonly string[],
): Promise<Candidates> {
  const hits = await nearestWithin(deps.store, {
    center,
    radiusKm,
    filter: {
      labels: ['Person', 'Institution'],
      visibilities: deps.nodes.viewer.visibilities,
      ...(topicIds ? { topicIds } : {}),
    },
    limit: CANDIDATE_LIMIT,
  });
  const nodes = hits.map((hit) => hit.node);
  return {
    hits,
    subgraph: { nodes, relationships: [], truncated: false },
    truncated: hits.length >= CANDIDATE_LIMIT,
  };
}

export interface FeedOptions {
  /** Fetch the themes (WORKS_ON) of the asker and the candidates (allies); resource matching needs none. */
  readonly themes: boolean;
  /** Fetch the candidates' offers even without an asker: the needs they may meet are a region's. */
  readonly offers?: boolean;
}

/**
 * What the analyses read about the asker and the candidates (see the header), as parts for one merge: the
 * asker's NEEDS, the candidates' OFFERS, themes on request, and the themes and regions of those resources.
 */
export async function actorFeed(
  deps: AnalysisDeps,
  asker: Asker | null,
  candidates: Candidates,
  options: FeedOptions,
): Promise<Subgraph[]> {
  const askerId = asker?.node.id;
  const offering = new Set(candidates.hits.map((hit) => hit.node.id));
  const types: RelationshipType[] = options.themes ? ['WORKS_ON'] : [];
  const labels: NodeLabel[] = options.themes ? ['Topic'] : [];
  if (askerId !== undefined) {
    types.push('NEEDS', 'OFFERS');
    labels.push('Resource');
  } else if (options.offers === true) {
    types.push('OFFERS');
    labels.push('Resource');
  }
  if (types.length === 0) return [];
  const visibilities = deps.nodes.viewer.visibilities;
  const ids = askerId === undefined ? [...offering] : [askerId, ...offering];
  const parts = await neighbourParts(deps.store, {
    ids,
    relationshipTypes: types,
    labels,
    visibilities,
  });
  // Only the asker's needs and the candidates' offers (and the resources they point to) are read.
  const wanted = (rel: GraphRelationship): boolean =>
    rel.type === 'WORKS_ON' ||
    (rel.type === 'NEEDS' && rel.from === askerId) ||
    (rel.type === 'OFFERS' && offering.has(rel.from));
  const resources = new Set<string>();
  for (const part of parts) {
    for (const rel of part.relationships)
      if (rel.type !== 'WORKS_ON' && wanted(rel)) resources.add(rel.to);
  }
  const kept = parts.map((part) => {
    const nodes = part.nodes.filter((n) => n.label !== 'Resource' || resources.has(n.id));
    const ids = new Set(nodes.map((n) => n.id));
    const relationships = part.relationships.filter(
      (rel) => wanted(rel) && ids.has(rel.from) && ids.has(rel.to),
    );
    return { nodes, relationships, truncated: part.truncated };
  });
  const details = await neighbourParts(deps.store, {
    ids: [...resources],
    relationshipTypes: ['WORKS_ON', 'LOCATED_IN'],
    labels: ['Topic', 'Region'],
    visibilities,
  });
  return [...kept, ...details];
}
