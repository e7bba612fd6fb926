/**
 * Text search and radius queries over the in-memory indexes. Orders are defined so both stores agree:
 * search by score (desc: every word in the name first, shared/search-rank.ts), name, then id (only the hits
 * up to the end of the page are put in order); empty text by name then id (plain `<` on strings, i.e. UTF-16
 * code units, as Neo4j compares strings); radius by distance then id.
 */
import type { RadiusHit, RadiusQuery, SearchHit, SearchPage, SearchQuery } from '../port.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { NO_TEXT_SCORE, byCodeUnits } from '../shared/search-rank.js';
import { searchTerms } from '../shared/text.js';
import { bestHits } from './best-hits.js';
import { compileFilter } from './filters.js';
import type { GraphState } from './graph-state.js';

/** All node ids sorted by name then id, rebuilt lazily when the graph changed. */
class NameOrder {
  private revision = -1;
  private ids: string[] = [];

  get(state: GraphState): string[] {
    if (this.revision !== state.revision) {
      this.ids = sortByName(state, state.nodes.keys());
      this.revision = state.revision;
    }
    return this.ids;
  }
}

function sortByName(state: GraphState, ids: Iterable<string>): string[] {
  const named = [...ids].flatMap((id) => {
    const name = state.nodes.get(id)?.properties.name;
    return name === undefined ? [] : [{ id, name: String(name) }];
  });
  named.sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.id, b.id));
  return named.map((entry) => entry.id);
}

export class Queries {
  private readonly nameOrder = new NameOrder();

  constructor(private readonly state: GraphState) {}

  search(query: SearchQuery): SearchPage {
    const offset = decodeCursor(query.after);
    const filter = compileFilter(this.state, query.filter);
    const terms = searchTerms(query.text);
    // One hit beyond the page is enough to know whether there is a next page.
    const wanted = offset + query.first + 1;
    let hits: SearchHit[];
    if (terms.length === 0) {
      // No words: every node passing the filter, by name. Narrow candidate sets are sorted directly; large
      // ones reuse the cached order of all nodes.
      const candidates = filter.candidates();
      const narrow = candidates && [...candidates];
      const ordered =
        narrow && narrow.length * 4 < this.state.nodes.size
          ? sortByName(this.state, narrow)
          : this.nameOrder.get(this.state);
      const pass = narrow ? new Set(narrow) : undefined;
      hits = [];
      for (const id of ordered) {
        const node = this.state.nodes.get(id);
        if (node && (!pass || pass.has(id)) && filter.test(node))
          hits.push({ node, score: NO_TEXT_SCORE });
        if (hits.length >= wanted) break;
      }
    } else {
      hits = bestHits(this.state.text.search(terms), wanted, (id) => {
        const node = this.state.nodes.get(id);
        return node && filter.test(node) ? node : undefined;
      });
    }
    const page = hits.slice(offset, offset + query.first);
    const end = offset + page.length;
    return {
      hits: page,
      endCursor: page.length > 0 ? encodeCursor(end) : null,
      hasNextPage: end < hits.length,
    };
  }

  withinRadius(query: RadiusQuery): RadiusHit[] {
    const filter = compileFilter(this.state, query.filter);
    const passing = this.state.space
      .within(query.center, query.radiusKm)
      .filter((hit) => filter.test(hit.node));
    // A city's circle holds tens of thousands of nodes while a query wants a few hundred: the distance of the
    // limit-th nearest (a plain numeric sort) bounds what the (distance, id) sort has to order.
    const bound =
      passing.length > query.limit
        ? (Float64Array.from(passing, (hit) => hit.distanceKm).sort()[query.limit - 1] ?? Infinity)
        : Infinity;
    const hits: RadiusHit[] = passing.filter((hit) => hit.distanceKm <= bound);
    hits.sort((a, b) => a.distanceKm - b.distanceKm || byCodeUnits(a.node.id, b.node.id));
    return hits.slice(0, query.limit);
  }
}
