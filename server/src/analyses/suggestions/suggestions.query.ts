/**
 * Link suggestions in a region: institutions with cooperations, topics and regions (one subgraph query),
 * ranked by the pair score with the weights calibrated on that region (returned beside the suggestions).
 */
import type { Sector } from '@nzr/graph-schema';
import { rankSuggestions } from './suggestions.js';
import type { SuggestionOptions } from './suggestions.js';
import { LIMITS } from '../../store/port.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView } from '../kernel/deps.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { RECIPES } from '../kernel/recipes.js';
import { scopedSnapshot } from '../kernel/scoped-snapshot.js';
import type { LinkSuggestionsArgs } from './suggestions.input.js';
import type { LinkSuggestionsView } from './suggestions.type.js';
import { checkId, checkIds, checkRange, invalid, requireNode } from '../kernel/validate.js';

export async function linkSuggestionsQuery(
  deps: AnalysisDeps,
  args: LinkSuggestionsArgs,
): Promise<LinkSuggestionsView> {
  checkRange('limit', args.limit, 1, 100);
  if (args.maxDistanceKm != null)
    checkRange('maxDistanceKm', args.maxDistanceKm, 0, LIMITS.MAX_RADIUS_KM);
  if (args.topicIds) checkIds('topicIds', args.topicIds);
  const asOf = asOfDate(args.asOf);
  if (args.actorId != null) checkId('actorId', args.actorId);
  const perTarget = checkRange('perTarget', args.perTarget ?? 3, 1, 20);
  const targets = args.targetSectorPairs ?? null;
  if (targets && targets.length > 21) invalid('targetSectorPairs', 'at most 21 sector pairs');
  if (targets?.some((pair) => pair.length !== 2))
    invalid('targetSectorPairs', 'each sector pair holds exactly two sectors');
  const { snapshot, truncated } = await scopedSnapshot(
    deps.store,
    deps.nodes,
    { regionId: args.regionId },
    RECIPES.suggestions,
    asOf,
  );
  // An institution of the region is in the snapshot; only an actor that is not needs a look-up, to tell
  // NOT_FOUND (no such visible institution) from one located elsewhere.
  if (args.actorId != null && snapshot.nodes.get(args.actorId)?.label !== 'Institution') {
    await requireNode(deps.store, deps.nodes, 'actorId', args.actorId, ['Institution']);
    invalid('actorId', `institution ${args.actorId} is not located in region ${args.regionId}`);
  }
  const options: SuggestionOptions = {
    limit: args.limit,
    crossSectorOnly: args.crossSectorOnly,
    ...(args.actorId != null ? { actorId: args.actorId } : {}),
    ...(args.sectors ? { sectors: args.sectors } : {}),
    ...(args.topicIds ? { topicIds: args.topicIds } : {}),
    ...(args.maxDistanceKm != null ? { maxDistanceKm: args.maxDistanceKm } : {}),
    ...(targets
      ? {
          targetSectorPairs: targets.map((pair) => [pair[0], pair[1]] as [Sector, Sector]),
          perTarget,
        }
      : {}),
  };
  const ranked = rankSuggestions(snapshot, options);
  return {
    suggestions: ranked.suggestions.map((s) => ({
      a: requiredView(deps, snapshot, s.ids[0]),
      b: requiredView(deps, snapshot, s.ids[1]),
      score: s.score,
      parts: { ...s.parts },
      sharedTopicIds: [...s.sharedTopicIds],
      commonPartnerIds: [...s.commonPartnerIds],
      reasons: toReasonViews(s.reasons),
      explanationDe: s.explanationDe,
      target: s.target ? [...s.target] : null,
    })),
    weights: { ...ranked.weights },
    institutions: snapshot.institutionIds.length,
    truncated,
  };
}
