/**
 * Funding programmes for an institution or region. Programmes are a small catalogue: listed through search
 * (label filter, paged, at most PROGRAMME_LIMIT) with their topics and eligible regions; the applicant comes
 * with its topics (or its region's actors' topics) and its region chain up to the state.
 */
import { buildSnapshot } from '../kernel/snapshot.js';
import { fundingFor } from './funding.js';
import type { FundingQuery } from './funding.js';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, Subgraph } from '../../store/port.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { requiredView } from '../kernel/deps.js';
import type { FundingMatchesArgs } from './funding.input.js';
import type { FundingMatchesView } from './funding.type.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { scopedSubgraph } from '../kernel/scoped-snapshot.js';
import { mergeSubgraphs, neighboursOf, regionAncestors } from '../kernel/subgraphs.js';
import {
  checkDate,
  checkIds,
  checkRange,
  exactlyOne,
  requireNode,
  todayIso,
} from '../kernel/validate.js';

export const PROGRAMME_LIMIT = 1000;

async function programmes(deps: AnalysisDeps): Promise<{ nodes: GraphNode[]; more: boolean }> {
  const nodes: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await deps.store.search({
      text: '',
      filter: { labels: ['FundingProgramme'] },
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after !== undefined ? { after } : {}),
    });
    nodes.push(...page.hits.map((hit) => hit.node));
    if (!page.hasNextPage || page.endCursor === null) return { nodes, more: false };
    if (nodes.length >= PROGRAMME_LIMIT) return { nodes, more: true };
    after = page.endCursor;
  }
}

async function applicant(deps: AnalysisDeps, args: FundingMatchesArgs): Promise<Subgraph> {
  const visibilities = deps.nodes.viewer.visibilities;
  if (args.institutionId != null) {
    await requireNode(deps.store, deps.nodes, 'institutionId', args.institutionId, ['Institution']);
    const own = await neighboursOf(deps.store, {
      ids: [args.institutionId],
      relationshipTypes: ['WORKS_ON', 'LOCATED_IN'],
      labels: ['Topic', 'Region'],
      visibilities,
    });
    const home = own.relationships.find(
      (r) => r.type === 'LOCATED_IN' && r.from === args.institutionId,
    )?.to;
    return home ? mergeSubgraphs([own, await regionAncestors(deps.store, home)]) : own;
  }
  const regionId = args.regionId ?? '';
  const chain = await regionAncestors(deps.store, regionId);
  if (args.topicIds) return chain;
  const actors = await scopedSubgraph(
    deps.store,
    deps.nodes,
    { regionId },
    { labels: ['Person', 'Institution'], relationshipTypes: ['WORKS_ON'], attachLabels: ['Topic'] },
  );
  return mergeSubgraphs([chain, actors]);
}

export async function fundingMatchesQuery(
  deps: AnalysisDeps,
  args: FundingMatchesArgs,
): Promise<FundingMatchesView> {
  exactlyOne({ institutionId: args.institutionId, regionId: args.regionId }, 'applicant');
  checkRange('limit', args.limit, 1, 100);
  if (args.topicIds) checkIds('topicIds', args.topicIds);
  const today = args.today == null ? todayIso() : checkDate('today', args.today);
  if (args.regionId != null) {
    await requireNode(deps.store, deps.nodes, 'regionId', args.regionId, ['Region']);
  }
  const who = await applicant(deps, args);
  const catalogue = await programmes(deps);
  const details = await neighboursOf(deps.store, {
    ids: catalogue.nodes.map((n) => n.id),
    relationshipTypes: ['WORKS_ON', 'ELIGIBLE_IN'],
    labels: ['Topic', 'Region'],
    visibilities: deps.nodes.viewer.visibilities,
  });
  const input = mergeSubgraphs([who, details]);
  const snapshot = buildSnapshot(input);
  let topicIds = args.topicIds ?? undefined;
  if (topicIds === undefined && args.regionId != null) {
    topicIds = [...new Set(snapshot.actorIds.flatMap((id) => snapshot.themesOf.get(id) ?? []))];
  }
  const query: FundingQuery = {
    today,
    limit: args.limit,
    ...(args.institutionId != null ? { institutionId: args.institutionId } : {}),
    ...(args.regionId != null ? { regionId: args.regionId } : {}),
    ...(topicIds !== undefined ? { topicIds } : {}),
  };
  return {
    matches: fundingFor(snapshot, query).map((m) => ({
      programme: requiredView(deps, snapshot, m.programmeId),
      deadline: m.deadline,
      sharedTopicIds: [...m.sharedTopicIds],
      themeOpen: m.themeOpen,
      reasons: toReasonViews(m.reasons),
      explanationDe: m.explanationDe,
    })),
    programmes: catalogue.nodes.length,
    truncated: catalogue.more || input.truncated,
  };
}
