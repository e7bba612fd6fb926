/**
 * Labels that stay legible at every zoom. Cytoscape sizes labels in map units, so a zoomed-out state map shows
 * none (below min-zoomed-font-size) or specks. Elements with the class SCREEN_LABEL (the best-connected nodes,
 * the focus and place names) get a font size of SCREEN_LABEL_PX screen pixels instead, re-set on every zoom; a
 * handful of elements, so cheap. Where they would overlap (a city's hubs at state zoom) only the more important
 * is drawn (labelCollisions.ts): the focus, then hubs by degree, then place names.
 */
import type { Core, NodeSingular } from './cytoscape';
import { labelsWithoutOverlap } from './labelCollisions';

export const SCREEN_LABEL = 'screen-label';
const SCREEN_LABEL_PX = 13;
/** On a phone-sized canvas a whole state holds two dozen names: smaller type keeps them apart. */
const NARROW_LABEL_PX = 10;
const NARROW_CANVAS_PX = 520;
const MAX_WIDTH_PX = 150;

const watched = new WeakSet<Core>();

export function updateScreenLabels(cy: Core): void {
  if (!watched.has(cy)) return;
  // Zoomed in, they grow with the map like every other label; zoomed out they keep their screen size.
  const scale = Math.max(1, 1 / cy.zoom());
  const labels = cy.nodes(`.${SCREEN_LABEL}`);
  if (labels.empty()) return;
  const px = cy.width() < NARROW_CANVAS_PX ? NARROW_LABEL_PX : SCREEN_LABEL_PX;
  cy.batch(() => {
    labels.style({
      'font-size': px * scale,
      'text-max-width': `${MAX_WIDTH_PX * scale}px`,
      'text-outline-width': 2.5 * scale,
      'text-margin-y': 3 * scale,
      'min-zoomed-font-size': 0,
    });
  });
  const boxes = labels.map((node) => {
    const { x1, y1, x2, y2 } = node.boundingBox({ includeNodes: false, includeLabels: true });
    return { id: node.id(), priority: priorityOf(node), x1, y1, x2, y2 };
  });
  const shown = labelsWithoutOverlap(boxes);
  cy.batch(() => {
    labels.filter((node) => shown.has(node.id())).removeStyle('text-opacity');
    labels.filter((node) => !shown.has(node.id())).style('text-opacity', 0);
  });
}

function priorityOf(node: NodeSingular): number {
  if (node.hasClass('focus')) return Number.MAX_SAFE_INTEGER;
  if (node.hasClass('district-label')) return -1;
  const degree: unknown = node.data('degree');
  return typeof degree === 'number' ? degree : 0;
}

export function watchScreenLabels(cy: Core): void {
  watched.add(cy);
  cy.on('zoom', () => updateScreenLabels(cy));
}
