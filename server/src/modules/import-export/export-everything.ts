/**
 * The "everything" export: every node and relationship the viewer may see, of every label and type, so that
 * its counts equal the viewer's `stats` — not only what hangs off a state region. Built from bounded store
 * calls, sequential (a request never floods the store):
 *
 * 1. Nodes: every label paged through `store.search` (empty text, MAX_PAGE_SIZE per page, the viewer's
 *    visibilities); more than `maxNodes` (MAX_EXPORT_NODES, 20,000) answers 413 instead of a partial file.
 * 2. Relationships of placed actors: one `store.subgraph` per state region with every placeable label as
 *    core and every label attached (the bulk of the graph in one call, core ≤ `maxNodes`).
 * 3. Relationships the subgraph cannot return — between reference nodes (PART_OF of regions and topics,
 *    ELIGIBLE_IN and WORKS_ON of funding programmes) and of actors outside every state region — from the
 *    direct neighbourhood of those nodes, in chunks of MAX_START_IDS start ids with at most MAX_LIMIT nodes
 *    each (a chunk cut short is retried id by id; a single node with more neighbours than that answers 413).
 */
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType, Visibility } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphReader, Subgraph } from '../../store/port.js';

/** Raised when the export would exceed its bounds; the API answers 413. */
export class ExportTooLargeError extends Error {
  override readonly name = 'ExportTooLargeError';
}

export function tooLarge(limit: number): ExportTooLargeError {
  return new ExportTooLargeError(
    `The export would hold more than ${limit} nodes. Narrow it to a region, topic or network, or fewer ids.`,
  );
}

/** Labels a LOCATED_IN can start from: the actors a state-region subgraph holds as its core. */
const PLACEABLE: readonly NodeLabel[] = RELATIONSHIP_TYPES.LOCATED_IN.from;

interface Missing {
  /** Relationship types to follow; absent: all. */
  readonly types?: readonly RelationshipType[];
  /** Labels of the neighbours to reach; absent: all. */
  readonly labels?: readonly NodeLabel[];
}

/**
 * For nodes outside the subgraphs' core, what is still missing: of reference nodes, their ties among each
 * other (their ties to actors came with the subgraphs); of actors outside every state region, everything.
 */
const MISSING: Readonly<Record<NodeLabel, Missing>> = {
  ...(Object.fromEntries(PLACEABLE.map((label) => [label, {}])) as Record<NodeLabel, Missing>),
  Region: { types: ['PART_OF'], labels: ['Region'] },
  Topic: { types: ['PART_OF'], labels: ['Topic'] },
  FundingProgramme: { types: ['WORKS_ON', 'ELIGIBLE_IN'], labels: ['Topic', 'Region'] },
};

export interface Everything {
  readonly nodes: readonly GraphNode[];
  /** The parts that hold the relationships (ends may lie outside `nodes`: the caller filters). */
  readonly parts: readonly Subgraph[];
}

export async function everything(
  store: GraphReader,
  visibilities: readonly Visibility[],
  maxNodes: number,
): Promise<Everything> {
  const nodes = await allNodes(store, visibilities, maxNodes);
  const parts: Subgraph[] = [];
  for (const node of nodes) {
    if (node.label !== 'Region' || node.properties.level !== 'state') continue;
    const part = await store.subgraph({
      scope: { regionId: node.id },
      labels: PLACEABLE,
      attachLabels: NODE_LABEL_NAMES,
      visibilities,
      limit: maxNodes,
    });
    if (part.truncated) throw tooLarge(maxNodes);
    parts.push(part);
  }
  // The subgraphs' core: exactly the actors with a LOCATED_IN in them (a core node's LOCATED_IN to its region,
  // attached, is always returned; attached actors' relationships never are). Their relationships are complete.
  const core = new Set(
    parts.flatMap((part) =>
      part.relationships.filter((rel) => rel.type === 'LOCATED_IN').map((rel) => rel.from),
    ),
  );
  for (const label of NODE_LABEL_NAMES) {
    const missing = MISSING[label];
    const ids = nodes.filter((n) => n.label === label && !core.has(n.id)).map((n) => n.id);
    for (let i = 0; i < ids.length; i += LIMITS.MAX_START_IDS) {
      const chunk = ids.slice(i, i + LIMITS.MAX_START_IDS);
      parts.push(...(await neighbourhoods(store, chunk, missing, visibilities)));
    }
  }
  return { nodes, parts };
}

async function allNodes(
  store: GraphReader,
  visibilities: readonly Visibility[],
  maxNodes: number,
): Promise<GraphNode[]> {
  const nodes: GraphNode[] = [];
  for (const label of NODE_LABEL_NAMES) {
    let after: string | undefined;
    for (;;) {
      const page = await store.search({
        text: '',
        filter: { labels: [label], visibilities },
        first: LIMITS.MAX_PAGE_SIZE,
        ...(after === undefined ? {} : { after }),
      });
      for (const hit of page.hits) nodes.push(hit.node);
      if (nodes.length > maxNodes) throw tooLarge(maxNodes);
      if (!page.hasNextPage || page.endCursor === null) break;
      after = page.endCursor;
    }
  }
  return nodes;
}

async function neighbourhoods(
  store: GraphReader,
  ids: readonly string[],
  missing: Missing,
  visibilities: readonly Visibility[],
): Promise<Subgraph[]> {
  const part = await store.neighbourhood({
    ids,
    depth: 1,
    ...(missing.types ? { relationshipTypes: missing.types } : {}),
    filter: { visibilities, ...(missing.labels ? { labels: missing.labels } : {}) },
    limit: LIMITS.MAX_LIMIT,
  });
  if (!part.truncated) return [part];
  if (ids.length === 1) throw tooLarge(LIMITS.MAX_LIMIT);
  const parts: Subgraph[] = [];
  for (const id of ids) parts.push(...(await neighbourhoods(store, [id], missing, visibilities)));
  return parts;
}
