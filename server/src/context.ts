/**
 * Per-request context: who is asking (viewer), batched loaders and the services the resolvers call.
 * Roles arrive in a later issue; until then every request is an anonymous viewer, and everything that
 * depends on the viewer already reads it from here so that roles can slot in without touching resolvers.
 */
import type { Visibility } from '@nzr/graph-schema';
import type { GraphStore } from './store/port.js';
import { createNodeLoader } from './modules/node/node.loader.js';
import type { NodeLoader } from './modules/node/node.loader.js';
import { NodeService } from './modules/node/node.service.js';
import { SearchService } from './modules/search/search.service.js';
import { NeighbourhoodService } from './modules/neighbourhood/neighbourhood.service.js';
import { StatsService } from './modules/stats/stats.service.js';

export interface Viewer {
  readonly role: 'anonymous';
  /** Persons with another visibility are invisible to this viewer: not returned, not traversed. */
  readonly visibilities: readonly Visibility[];
  /** Whether contact data of persons (e-mail, consent date) may be shown. */
  readonly seesPersonalData: boolean;
}

export const ANONYMOUS_VIEWER: Viewer = {
  role: 'anonymous',
  visibilities: ['public'],
  seesPersonalData: false,
};

export interface Services {
  readonly nodes: NodeService;
  readonly search: SearchService;
  readonly neighbourhood: NeighbourhoodService;
  readonly stats: StatsService;
}

export interface Context {
  readonly viewer: Viewer;
  readonly loaders: { readonly node: NodeLoader };
  readonly services: Services;
}

export function createContext(store: GraphStore, viewer: Viewer = ANONYMOUS_VIEWER): Context {
  const loaders = { node: createNodeLoader(store) };
  const nodes = new NodeService(loaders.node, viewer);
  return {
    viewer,
    loaders,
    services: {
      nodes,
      search: new SearchService(store, nodes),
      neighbourhood: new NeighbourhoodService(store, nodes),
      stats: new StatsService(store),
    },
  };
}
