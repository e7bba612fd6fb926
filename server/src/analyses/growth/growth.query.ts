/**
 * Network growth of a region (default: the state): one scoped snapshot of its institutions with their
 * cooperations (partners outside the region attached, so a tie across the border counts for the region), and
 * the introductions with an end in the region, read page by page. Only counts leave: no actor, note or account.
 * Below coordinator only institution pairs are counted, as in the introduction summary (persons may be hidden).
 */
import { roleAtLeast } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { Introduction } from '../../store/port.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { RECIPES } from '../kernel/recipes.js';
import {
  SCOPE_LIMIT,
  STATE_LIMIT,
  STATE_REGION_ID,
  scopedSubgraph,
  toSnapshot,
} from '../kernel/scoped-snapshot.js';
import { checkDate, todayIso } from '../kernel/validate.js';
import { networkGrowth } from './growth.js';
import type { GrowthArgs } from './growth.input.js';
import type { NetworkGrowthView } from './growth.type.js';

/** Introductions read at most (a region follows dozens to hundreds of pairs). */
export const GROWTH_MAX_INTRODUCTIONS = 5_000;

async function introductionsIn(deps: AnalysisDeps, regionId: string): Promise<Introduction[]> {
  const all: Introduction[] = [];
  let after: string | undefined;
  do {
    const page = await deps.store.listIntroductions({
      first: LIMITS.MAX_PAGE_SIZE,
      ...(regionId === STATE_REGION_ID ? {} : { regionId }),
      ...(after ? { after } : {}),
    });
    all.push(...page.introductions);
    after = page.hasNextPage && page.endCursor ? page.endCursor : undefined;
  } while (after && all.length < GROWTH_MAX_INTRODUCTIONS);
  return all;
}

export async function networkGrowthQuery(
  deps: AnalysisDeps,
  args: GrowthArgs,
): Promise<NetworkGrowthView> {
  const regionId = args.regionId ?? STATE_REGION_ID;
  const today = args.today != null ? checkDate('today', args.today) : todayIso();
  const subgraph = await scopedSubgraph(
    deps.store,
    deps.nodes,
    { regionId },
    RECIPES.growth,
    regionId === STATE_REGION_ID ? STATE_LIMIT : SCOPE_LIMIT,
  );
  const { snapshot, truncated } = toSnapshot(subgraph, undefined);
  const seesEveryone = roleAtLeast(deps.nodes.viewer.role, 'coordinator');
  const introductions = (await introductionsIn(deps, regionId)).filter(
    (record) => seesEveryone || record.actorLabel === 'Institution',
  );
  const growth = networkGrowth(snapshot.cooperations, snapshot.sectorOf, introductions, today);
  return {
    regionId,
    today,
    truncated,
    ...growth,
    years: [...growth.years],
  };
}
