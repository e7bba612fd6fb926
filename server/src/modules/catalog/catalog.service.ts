/**
 * The reference lists of the explorer: region and topic trees (PART_OF, batched per tree level), region
 * statistics counted per viewer (persons only as far as they are visible), and label-bound lists (networks,
 * funding programmes, resources, projects) backed by search.
 */
import type { NodeLabel } from '@nzr/graph-schema';
import DataLoader from 'dataloader';
import { LIMITS } from '../../store/port.js';
import type { GraphNode as StoredNode, GraphStore } from '../../store/port.js';
import type { NodeFilterInput } from '../common/node-filter.input.js';
import type { NodeService } from '../node/node.service.js';
import type { SearchService } from '../search/search.service.js';
import type { SearchConnection } from '../search/search.type.js';
import type { RegionStatistics, TreeNode } from './catalog.type.js';
import { createHierarchyLoader } from './hierarchy.loader.js';

/** Bound of the root scans (regions of level state; key themes): pages of 100 Region or Topic nodes. */
const MAX_ROOT_SCAN_PAGES = 20;

export interface ListArgs {
  readonly text: string;
  readonly filter?: NodeFilterInput | null;
  readonly first: number;
  readonly after?: string | null;
}

export class CatalogService {
  private readonly hierarchy;
  private readonly statistics: DataLoader<string, RegionStatistics>;

  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
    private readonly search: SearchService,
  ) {
    this.hierarchy = createHierarchyLoader(store);
    // One subgraph count per distinct region; the complexity limit bounds how many a request may ask for.
    this.statistics = new DataLoader((ids) => Promise.all(ids.map((id) => this.countIn(id))));
  }

  async tree(id: string): Promise<TreeNode | null> {
    const node = await this.nodes.byId(id);
    return node && (node.label === 'Region' || node.label === 'Topic') ? { node } : null;
  }

  async children(id: string): Promise<TreeNode[]> {
    const { children } = await this.hierarchy.load(id);
    this.nodes.remember(children);
    return children.map((node) => ({ node: this.nodes.toView(node) }));
  }

  async parentId(id: string): Promise<string | null> {
    return (await this.hierarchy.load(id)).parentId;
  }

  /** Regions of level `state` (the roots of the region tree). */
  async rootRegions(): Promise<TreeNode[]> {
    const regions = await this.scan('Region');
    return regions
      .filter((node) => node.properties.level === 'state')
      .map((node) => ({ node: this.nodes.toView(node) }));
  }

  /** Topics without a parent topic (the key themes). */
  async rootTopics(): Promise<TreeNode[]> {
    const topics = await this.scan('Topic');
    const parents = await this.hierarchy.loadMany(topics.map((topic) => topic.id));
    return topics
      .filter((_, index) => {
        const entry = parents[index];
        if (entry instanceof Error) throw entry;
        return entry?.parentId === null;
      })
      .map((node) => ({ node: this.nodes.toView(node) }));
  }

  regionStatistics(id: string): Promise<RegionStatistics> {
    return this.statistics.load(id);
  }

  list(label: NodeLabel, args: ListArgs): Promise<SearchConnection> {
    return this.search.search({ ...args, filter: { ...args.filter, labels: [label] } });
  }

  private async countIn(regionId: string): Promise<RegionStatistics> {
    const graph = await this.store.subgraph({
      scope: { regionId },
      labels: ['Person', 'Institution'],
      // No relationship runs between two core nodes with this type: the count needs no edges at all.
      relationshipTypes: ['LOCATED_IN'],
      visibilities: this.nodes.viewer.visibilities,
      limit: LIMITS.MAX_SUBGRAPH_LIMIT,
    });
    const persons = graph.nodes.filter(
      (node) => node.label === 'Person' && this.nodes.isVisible(node),
    ).length;
    const institutions = graph.nodes.filter((node) => node.label === 'Institution').length;
    return { persons, institutions, actors: persons + institutions, truncated: graph.truncated };
  }

  private async scan(label: NodeLabel): Promise<StoredNode[]> {
    const found: StoredNode[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_ROOT_SCAN_PAGES; page++) {
      const result = await this.store.search({
        text: '',
        filter: { labels: [label] },
        first: LIMITS.MAX_PAGE_SIZE,
        ...(after ? { after } : {}),
      });
      found.push(...result.hits.map((hit) => hit.node));
      if (!result.hasNextPage || result.endCursor === null) break;
      after = result.endCursor;
    }
    this.nodes.remember(found);
    return found;
  }
}
