/**
 * Export use case: the part of the graph a viewer may see — a region, topic or network (store.subgraph), the
 * neighbourhood of some ids (store.neighbourhood), or everything the viewer may see (export-everything.ts) —
 * bounded by MAX_EXPORT_NODES. Persons outside the viewer's visibilities are never included; e-mail and consent date
 * only for viewers who see personal data.
 */
import { hasValidConsent } from '@nzr/graph-schema';
import type { NodeLabel } from '@nzr/graph-schema';
import type { Viewer } from '../../auth/viewer.js';
import { LIMITS } from '../../store/port.js';
import type {
  GraphNode,
  GraphReader,
  GraphRelationship,
  Subgraph,
  SubgraphScope,
} from '../../store/port.js';
import type { ExportGraph } from './export-formats/columns.js';
import { ExportTooLargeError, everything, tooLarge } from './export-everything.js';

export { ExportTooLargeError };

export const MAX_EXPORT_NODES = 20_000;
/** Neighbourhood exports are bounded by the store's traversal limit. */
export const MAX_NEIGHBOURHOOD_NODES = LIMITS.MAX_LIMIT;

export type ExportQuery =
  | { readonly scope: SubgraphScope }
  | { readonly ids: readonly string[]; readonly depth: number }
  | { readonly all: true };

const ATTACHED: readonly NodeLabel[] = [
  'Topic',
  'Region',
  'Network',
  'Resource',
  'Project',
  'FundingProgramme',
];
/** Person properties only viewers who see personal data (coordinators, admins) receive. */
const PERSONAL: readonly string[] = [
  'email',
  'consentDate',
  'consentPurpose',
  'consentWithdrawnOn',
];

/** What an export needs of its viewer (plain data: it crosses to the heavy-work thread). */
export type ExportViewer = Pick<Viewer, 'visibilities' | 'seesPersonalData'>;

export interface ExportOptions {
  /** Node limit of scoped and whole-graph exports; default MAX_EXPORT_NODES. */
  readonly maxNodes?: number;
}

export class ExportService {
  private readonly maxNodes: number;

  constructor(
    private readonly store: GraphReader,
    private readonly viewer: ExportViewer,
    options: ExportOptions = {},
  ) {
    this.maxNodes = options.maxNodes ?? MAX_EXPORT_NODES;
  }

  async graph(query: ExportQuery): Promise<ExportGraph> {
    if ('scope' in query) return this.visible([await this.scoped(query.scope)]);
    if ('ids' in query) return this.visible([await this.around(query.ids, query.depth)]);
    const all = await everything(this.store, this.viewer.visibilities, this.maxNodes);
    return this.visible([
      { nodes: [...all.nodes], relationships: [], truncated: false },
      ...all.parts,
    ]);
  }

  private async scoped(scope: SubgraphScope): Promise<Subgraph> {
    const part = await this.store.subgraph({
      scope,
      attachLabels: ATTACHED,
      visibilities: this.viewer.visibilities,
      limit: this.maxNodes,
    });
    if (part.truncated) throw tooLarge(this.maxNodes);
    return part;
  }

  private async around(ids: readonly string[], depth: number): Promise<Subgraph> {
    const part = await this.store.neighbourhood({
      ids,
      depth,
      filter: { visibilities: this.viewer.visibilities },
      limit: Math.min(this.maxNodes, MAX_NEIGHBOURHOOD_NODES),
    });
    if (part.truncated) throw tooLarge(Math.min(this.maxNodes, MAX_NEIGHBOURHOOD_NODES));
    return part;
  }

  /** Merges parts; drops invisible persons, their relationships and (unless allowed) personal data. */
  private visible(parts: readonly Subgraph[]): ExportGraph {
    const nodes = new Map<string, GraphNode>();
    for (const node of parts.flatMap((part) => part.nodes)) {
      if (node.label === 'Person' && !this.maySee(node)) continue;
      nodes.set(node.id, this.viewer.seesPersonalData ? node : withoutPersonalData(node));
    }
    if (nodes.size > this.maxNodes) throw tooLarge(this.maxNodes);
    const relationships = new Map<string, GraphRelationship>();
    for (const rel of parts.flatMap((part) => part.relationships)) {
      if (nodes.has(rel.from) && nodes.has(rel.to)) relationships.set(`${rel.type}:${rel.id}`, rel);
    }
    return {
      nodes: [...nodes.values()],
      relationships: [...relationships.values()],
      withheld: this.viewer.seesPersonalData ? [] : PERSONAL,
    };
  }

  private maySee(node: GraphNode): boolean {
    const visibility = node.properties.visibility;
    return (
      typeof visibility === 'string' &&
      (this.viewer.visibilities as readonly string[]).includes(visibility) &&
      hasValidConsent(node.properties)
    );
  }
}

function withoutPersonalData(node: GraphNode): GraphNode {
  if (node.label !== 'Person') return node;
  const properties = Object.fromEntries(
    Object.entries(node.properties).filter(([key]) => !PERSONAL.includes(key)),
  );
  return { ...node, properties };
}
