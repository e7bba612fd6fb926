/**
 * A small router over the History API: the path picks the view, the search parameters hold the view's state
 * (see urlState.ts). `useLocation` re-renders on back/forward and on `navigate`.
 */
import { useSyncExternalStore } from 'react';

const NAVIGATE = 'nzr:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE, callback);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

export interface Location {
  readonly pathname: string;
  readonly search: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(href, 'http://localhost');
  return { pathname: url.pathname, search: url.search };
}

/** Goes to `to` (path and search); `replace` changes the current history entry instead of adding one. */
export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE));
}
