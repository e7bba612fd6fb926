/**
 * Per-request context: who is asking (viewer), batched loaders and the services the resolvers call. Services
 * get the viewer here, once, so no resolver can forget it: visibility and roles are enforced in the services.
 */
import type { LoginLimiter } from './auth/login-limiter.js';
import type { SessionTokens } from './auth/session.js';
import { ANONYMOUS_VIEWER } from './auth/viewer.js';
import type { Viewer } from './auth/viewer.js';
import { heavyClient } from './heavy/heavy-gate.js';
import type { HeavyWork } from './heavy/heavy-work.js';
import type { Logger } from './logger.js';
import { AccountService } from './modules/accounts/account.service.js';
import type { AnalysisDeps, HeavyRunner } from './analyses/kernel/deps.js';
import { AuditService } from './modules/audit/audit.service.js';
import { CatalogService } from './modules/catalog/catalog.service.js';
import { ConsentService } from './modules/consent/consent.service.js';
import { IntroductionService } from './modules/introductions/introduction.service.js';
import { MergeService } from './modules/merge/merge.service.js';
import type { ProposalGuard } from './modules/proposals/proposal.guard.js';
import { ProposalService } from './modules/proposals/proposal.service.js';
import { NeighbourhoodService } from './modules/neighbourhood/neighbourhood.service.js';
import { createNodeLoader } from './modules/node/node.loader.js';
import type { NodeLoader } from './modules/node/node.loader.js';
import { NodeService } from './modules/node/node.service.js';
import { SearchService } from './modules/search/search.service.js';
import { StatsService } from './modules/stats/stats.service.js';
import { TieService } from './modules/ties/tie.service.js';
import { WriteService } from './modules/write/write.service.js';
import type { GraphStore } from './store/port.js';

export type { Viewer };
export { ANONYMOUS_VIEWER };

/** What lives as long as the server: shared by every request's services. */
export interface ServerDeps {
  readonly store: GraphStore;
  readonly tokens: SessionTokens;
  readonly loginLimiter: LoginLimiter;
  readonly logger: Logger;
  /** Exports and analyses: admission and worker threads (heavy/heavy-work.ts). */
  readonly heavy: HeavyWork;
  /** Spam and abuse limits of proposals (form tokens, rate limit per address). */
  readonly proposalGuard: ProposalGuard;
}

export interface Services {
  readonly nodes: NodeService;
  readonly search: SearchService;
  readonly neighbourhood: NeighbourhoodService;
  readonly stats: StatsService;
  readonly catalog: CatalogService;
  readonly writes: WriteService;
  readonly accounts: AccountService;
  readonly audit: AuditService;
  readonly introductions: IntroductionService;
  readonly merge: MergeService;
  readonly ties: TieService;
  readonly consent: ConsentService;
  readonly proposals: ProposalService;
  /** What the analyses' query functions read: the store and this viewer's node service (analyses/<name>/). */
  readonly analyses: AnalysisDeps;
}

export interface Context {
  readonly viewer: Viewer;
  readonly loaders: { readonly node: NodeLoader };
  readonly services: Services;
}

export interface RequestInfo {
  readonly viewer: Viewer;
  /** Client address, for login rate limiting. */
  readonly clientAddress: string;
}

export function createContext(
  deps: ServerDeps,
  request: RequestInfo = { viewer: ANONYMOUS_VIEWER, clientAddress: 'unknown' },
): Context {
  const { store } = deps;
  const { viewer } = request;
  const loaders = { node: createNodeLoader(store) };
  const nodes = new NodeService(loaders.node, viewer);
  const writes = new WriteService(store, nodes);
  const search = new SearchService(store, nodes);
  const client = heavyClient(viewer, request.clientAddress);
  const heavy: HeavyRunner = {
    admit: (job) => deps.heavy.admit(client, job),
    compute: (name, subgraph, asOf, options) => deps.heavy.analyse(name, subgraph, asOf, options),
  };
  return {
    viewer,
    loaders,
    services: {
      nodes,
      search,
      neighbourhood: new NeighbourhoodService(store, nodes),
      stats: new StatsService(store, viewer),
      catalog: new CatalogService(store, nodes, search),
      writes,
      accounts: new AccountService(deps, request),
      audit: new AuditService(store, nodes, writes),
      introductions: new IntroductionService(store, nodes),
      merge: new MergeService(store, nodes),
      ties: new TieService(store, nodes),
      consent: new ConsentService(store, nodes),
      proposals: new ProposalService(store, nodes, deps.proposalGuard, request.clientAddress),
      analyses: { store, nodes, heavy },
    },
  };
}
