import { useEffect, useState } from 'react';
import { loadBorders } from './borders';
import type { Borders } from './borders';

/** The borders once loaded; null while loading or when they could not be loaded (the map works without). */
export function useBorders(enabled = true): { borders: Borders | null; failed: boolean } {
  const [state, setState] = useState<{ borders: Borders | null; failed: boolean }>({
    borders: null,
    failed: false,
  });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadBorders().then(
      (borders) => live && setState({ borders, failed: false }),
      () => live && setState({ borders: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
