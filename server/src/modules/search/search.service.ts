/** Full-text search for one viewer, paged with Relay cursors (see search.cursor.ts). */
import type { GraphStore, SearchPage } from '../../store/port.js';
import { toNodeFilter } from '../common/node-filter.js';
import type { NodeService } from '../node/node.service.js';
import { decodeApiCursor, encodeApiCursor } from './search.cursor.js';
import type { SearchArgs } from './search.input.js';
import type { SearchConnection } from './search.type.js';

const EMPTY_PAGE: SearchPage = { hits: [], endCursor: null, hasNextPage: false };

export class SearchService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  async search(args: SearchArgs): Promise<SearchConnection> {
    const filter = toNodeFilter(args.filter, this.nodes.viewer);
    const cursor = args.after ? decodeApiCursor(args.after) : { after: null, skip: 0 };
    let pageStart = cursor.after;
    if (cursor.skip > 0) {
      // An edge cursor: find where the skipped hits end, then read the page from there.
      const skipped = await this.store.search({
        text: args.text,
        filter,
        first: cursor.skip,
        ...at(pageStart),
      });
      if (!skipped.hasNextPage || skipped.endCursor === null)
        return this.connection(EMPTY_PAGE, null, true);
      pageStart = skipped.endCursor;
    }
    const page = await this.store.search({
      text: args.text,
      filter,
      first: args.first,
      ...at(pageStart),
    });
    return this.connection(page, pageStart, args.after != null);
  }

  private connection(
    page: SearchPage,
    pageStart: string | null,
    hasPrevious: boolean,
  ): SearchConnection {
    this.nodes.remember(page.hits.map((hit) => hit.node));
    const last = page.hits.length - 1;
    const edges = page.hits.map((hit, index) => ({
      node: this.nodes.toView(hit.node),
      score: hit.score,
      cursor: encodeApiCursor(
        index === last && page.endCursor !== null
          ? { after: page.endCursor, skip: 0 }
          : { after: pageStart, skip: index + 1 },
      ),
    }));
    return {
      edges,
      pageInfo: {
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasNextPage: page.hasNextPage,
        hasPreviousPage: hasPrevious,
      },
    };
  }
}

function at(after: string | null): { after?: string } {
  return after === null ? {} : { after };
}
