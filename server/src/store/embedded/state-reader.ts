/**
 * The read operations that exports and analyses gather with (GraphReader), over one in-memory GraphState:
 * used by the embedded store itself and by a read replica of it in a heavy-work thread (replica.ts), so both
 * answer with the same code.
 */
import type {
  GraphNode,
  GraphReader,
  NeighbourhoodQuery,
  ScopedSubgraph,
  SearchPage,
  SearchQuery,
  Subgraph,
  SubgraphQuery,
} from '../port.js';
import {
  checkIds,
  checkNeighbourhoodQuery,
  checkSearchQuery,
  checkSubgraphQuery,
} from '../shared/query-checks.js';
import type { GraphState } from './graph-state.js';
import { Queries } from './queries.js';
import { neighbourhood, subgraph } from './traversal.js';

export class StateReader implements GraphReader {
  readonly kind = 'embedded' as const;
  readonly queries: Queries;

  /** `open` returns the state, or throws when the store is closed. */
  constructor(
    state: GraphState,
    private readonly open: () => GraphState,
  ) {
    this.queries = new Queries(state);
  }

  async getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    checkIds(ids);
    const state = this.open();
    return ids.flatMap((id) => state.nodes.get(id) ?? []);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    checkSearchQuery(query);
    this.open();
    return this.queries.search(query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    checkNeighbourhoodQuery(query);
    return neighbourhood(this.open(), query);
  }

  async subgraph(query: SubgraphQuery): Promise<ScopedSubgraph> {
    checkSubgraphQuery(query);
    return subgraph(this.open(), query);
  }
}
