/**
 * The coordinators' queues (Vorschläge prüfen, Vernetzung anstoßen): whether they show the signed-in account's
 * own districts or all of Saxony. The choice lives in the URL (`scope=mine|all`); without it a coordinator
 * with districts of their own starts with them, an admin (who oversees everything) and anyone without
 * districts with all of Saxony. Choosing a district in the region picker is the narrower filter and shows
 * that district; choosing "own districts" clears the picker. The server reads the districts per request, so
 * only the flag travels (a default view, not a permission).
 */
import type { QueueScope } from './viewChoices';
import { useExplorerState } from './useExplorerState';
import { useViewer } from './viewer';

export interface QueueScopeState {
  readonly regionId: string | null;
  /** Whether the lists ask for the account's own districts only. */
  readonly myRegions: boolean;
  /** Shown only to accounts with districts of their own. */
  readonly scope: QueueScope | null;
  readonly setScope: (scope: QueueScope) => void;
  readonly setRegion: (regionId: string | null) => void;
}

/** The scope shown: the URL's, else own districts for a coordinator who has some and picked no district. */
export function queueScopeOf(
  chosen: QueueScope | null,
  viewer: { readonly hasRegions: boolean; readonly role: string; readonly regionId: string | null },
): QueueScope | null {
  if (!viewer.hasRegions) return null;
  return chosen ?? (viewer.role === 'coordinator' && viewer.regionId === null ? 'mine' : 'all');
}

export function useQueueScope(): QueueScopeState {
  const [state, update] = useExplorerState();
  const { viewer, role } = useViewer();
  const hasRegions = (viewer?.regionIds.length ?? 0) > 0;
  const regionId = state.filters.regionId;
  const scope = queueScopeOf(state.queueScope, { hasRegions, role, regionId });
  return {
    regionId,
    myRegions: scope === 'mine',
    scope,
    setScope: (next) =>
      update(
        {
          queueScope: next,
          filters: { ...state.filters, regionId: next === 'mine' ? null : regionId },
        },
        { replace: true },
      ),
    setRegion: (id) =>
      update(
        {
          filters: { ...state.filters, regionId: id },
          ...(id !== null && hasRegions ? { queueScope: 'all' as const } : {}),
        },
        { replace: true },
      ),
  };
}

/** The nav badge's count: the own districts for a coordinator who has some (admins count everything). */
export function countsOwnRegions(
  viewer: { readonly regionIds: readonly string[] } | null,
  role: string,
) {
  return role === 'coordinator' && (viewer?.regionIds.length ?? 0) > 0;
}
