import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from './router';
import { decodeState, encodeState } from './urlState';
import type { ExplorerState } from './urlState';

export type StateUpdate = Partial<ExplorerState> | ((state: ExplorerState) => ExplorerState);

/** The explorer state read from the URL, and a setter that writes it back (a history entry per change). */
export function useExplorerState(): [
  ExplorerState,
  (update: StateUpdate, options?: { readonly replace?: boolean }) => void,
] {
  const { pathname, search } = useLocation();
  const state = useMemo(() => decodeState(search), [search]);
  const update = useCallback(
    (change: StateUpdate, options: { readonly replace?: boolean } = {}) => {
      const next = typeof change === 'function' ? change(state) : { ...state, ...change };
      const query = encodeState(next);
      navigate(query ? `${pathname}?${query}` : pathname, options);
    },
    [pathname, state],
  );
  return [state, update];
}
