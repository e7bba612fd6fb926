/**
 * Labels hidden when zoomed out, for WebGL views. The canvas renderer skips a label drawn smaller than its
 * `min-zoomed-font-size`; the WebGL renderer (cytoscape 3.31–3.34) ignores that style and draws every label
 * as a texture at every zoom. At 10,000 nodes that is 10,000 label textures in 27 atlases of 2048² pixels, a
 * first frame of seconds and a quarter more instances in every frame. So WebGL views put a class on the
 * elements whose label would be too small at the current zoom; the class empties the label (SMALL_LABEL_RULE).
 */
import type { Collection, Core, StylesheetJson } from './cytoscape';

const SMALL_LABEL = 'nzr-small-label';

/** Appended to a WebGL view's stylesheet, so it wins over the rules that set labels. */
export const SMALL_LABEL_RULE: StylesheetJson[number] = {
  selector: `.${SMALL_LABEL}`,
  style: { label: '' },
};

interface LabelState {
  /** Elements by the zoom below which their label hides (min-zoomed-font-size / font-size). */
  groups: Map<number, Collection> | null;
  /** Whether each group is hidden now; a group missing here has not been set since the elements changed. */
  hidden: Map<number, boolean>;
}

const states = new WeakMap<Core, LabelState>();

function groupByThreshold(cy: Core): Map<number, Collection> {
  const thresholds = new Map<string, number>();
  cy.elements().forEach((element) => {
    const min = Number(element.numericStyle('min-zoomed-font-size')) || 0;
    const size = Number(element.numericStyle('font-size')) || 0;
    if (min > 0 && size > 0) thresholds.set(element.id(), min / size);
  });
  // A handful of distinct font sizes, so one pass per threshold is cheap.
  const distinct = [...new Set(thresholds.values())];
  return new Map(
    distinct.map((threshold) => [
      threshold,
      cy.elements().filter((element) => thresholds.get(element.id()) === threshold),
    ]),
  );
}

/** Hides or shows labels for the current zoom; cheap when no group crosses its threshold. */
export function updateSmallLabels(cy: Core): void {
  const state = states.get(cy);
  if (!state) return;
  if (!state.groups) {
    state.groups = groupByThreshold(cy);
    state.hidden.clear();
  }
  const zoom = cy.zoom();
  const changes = [...state.groups].filter(([threshold]) => {
    return state.hidden.get(threshold) !== zoom < threshold;
  });
  if (changes.length === 0) return;
  cy.batch(() => {
    for (const [threshold, elements] of changes) {
      const hide = zoom < threshold;
      elements.toggleClass(SMALL_LABEL, hide);
      state.hidden.set(threshold, hide);
    }
  });
}

/** Keeps the labels of a (WebGL) view in step with its zoom from now on. */
export function watchSmallLabels(cy: Core): void {
  states.set(cy, { groups: null, hidden: new Map() });
  cy.on('add remove', () => {
    const state = states.get(cy);
    if (state) state.groups = null;
  });
  cy.on('zoom', () => updateSmallLabels(cy));
}
