/**
 * Keyboard control shared by the graph canvases (a canvas has no focusable parts of its own): arrows step
 * through the nodes in the order of the accompanying table, Enter acts on the selected node, Escape clears
 * the selection, + and − zoom, 0 fits the whole graph. Keys held with Alt, Ctrl or Cmd belong to the browser
 * (Alt+← goes back, Ctrl/Cmd + +/−/0 zoom the page) and are never taken.
 */
import { fitView, zoomBy } from './cytoscape';
import type { Core } from './cytoscape';

export interface GraphKeyOptions {
  /** Node ids in the order the arrows step through. */
  readonly ids: readonly string[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Enter on the selected node (e.g. expand it); nothing when absent. */
  readonly onActivate?: (id: string) => void;
  readonly cy: Core | null;
}

/** The parts of a keyboard event that decide whether the graph handles it (a DOM or React event fits). */
export interface GraphKey {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

const ZOOM_STEP = 1.25;

/**
 * Performs the key's action; false when the key means nothing here (so the browser keeps it). Shift is
 * allowed: on many layouts "+" needs it.
 */
export function handleGraphKey(event: GraphKey, options: GraphKeyOptions): boolean {
  const { ids, selectedId, onSelect, onActivate, cy } = options;
  if (ids.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
  const { key } = event;
  const index = selectedId ? ids.indexOf(selectedId) : -1;
  const step = (delta: number) => onSelect(ids[(index + delta + ids.length) % ids.length] ?? null);
  const zoom = (factor: number) => cy && zoomBy(cy, factor);
  const actions: Record<string, () => void> = {
    ArrowRight: () => step(1),
    ArrowDown: () => step(1),
    ArrowLeft: () => step(-1),
    ArrowUp: () => step(-1),
    Enter: () => selectedId && onActivate?.(selectedId),
    Escape: () => onSelect(null),
    '+': () => zoom(ZOOM_STEP),
    '-': () => zoom(1 / ZOOM_STEP),
    '0': () => cy && fitView(cy),
  };
  const action = actions[key];
  if (!action) return false;
  action();
  return true;
}
