/**
 * The only module that imports cytoscape (ESLint enforces it): it registers the fcose layout once, creates
 * instances (with the WebGL renderer for large views), turns layout specs into cytoscape options and exports
 * the drawn graph as PNG or SVG, so the heavy library stays behind one small door.
 */
import cytoscape from 'cytoscape';
import type {
  Collection,
  Core,
  ElementDefinition,
  LayoutOptions,
  NodeSingular,
  StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { updateScreenLabels, watchScreenLabels } from './screenLabels';
import { SMALL_LABEL_RULE, updateSmallLabels, watchSmallLabels } from './smallLabels';
import { sceneToSvg } from './svg';
import type { SvgScene } from './svg';
import { viewportFor } from './viewport';
import type { FitBox, Viewport } from './viewport';

export type { Collection, Core, ElementDefinition, NodeSingular, StylesheetJson };

/** From this many elements on, cytoscape draws with WebGL (experimental in 3.31+, much faster when large). */
export const WEBGL_THRESHOLD = 2000;
/** From this many elements on, fcose runs in draft quality so that the page never freezes. */
const DRAFT_THRESHOLD = 1000;

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export type LayoutSpec =
  | { readonly name: 'fcose'; readonly elementCount: number }
  | { readonly name: 'concentric' }
  | {
      readonly name: 'preset';
      readonly positions: ReadonlyMap<string, { x: number; y: number }>;
      /** What to show after the layout (e.g. the selected district); default: the nodes. */
      readonly fit?: FitBox | null;
    };

export function layoutOptions(spec: LayoutSpec): LayoutOptions {
  switch (spec.name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: spec.elementCount > DRAFT_THRESHOLD ? 'draft' : 'default',
        // Fewer iterations for large views keep the (synchronous) layout well under a second.
        numIter: spec.elementCount > 1000 ? 800 : 2500,
        animate: false,
        randomize: true,
        nodeRepulsion: () => 40000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        gravity: 0.2,
        padding: 24,
        fit: false,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        concentric: (node: NodeSingular) => Number(node.data('ring') ?? 0),
        levelWidth: () => 1,
        minNodeSpacing: 6,
        padding: 24,
        fit: false,
      };
    case 'preset':
      return {
        name: 'preset',
        animate: false,
        positions: (node: NodeSingular) => spec.positions.get(node.id()) ?? { x: 0, y: 0 },
        padding: 24,
        fit: false,
      } as LayoutOptions;
  }
}

export interface CreateGraphOptions {
  readonly container: HTMLElement;
  readonly style: StylesheetJson;
  readonly webgl: boolean;
}

export function createGraph({ container, style, webgl }: CreateGraphOptions): Core {
  registerExtensions();
  const cy = cytoscape({
    container,
    // Small labels are hidden by class on both renderers: the canvas renderer's element texture cache was seen
    // drawing labels below their min-zoomed-font-size in geographic views (lib/smallLabels).
    style: [...style, SMALL_LABEL_RULE],
    minZoom: 0.05,
    maxZoom: 3,
    // Selection is owned by the app (URL state) and drawn with the `selected` class.
    autounselectify: true,
    boxSelectionEnabled: false,
    // Cytoscape's defaults for the WebGL options (batches of 2048 instances, 14 textures per batch) measured no
    // different from other values on software rendering (client/README.md, "Large views"), so none are set.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  watchScreenLabels(cy);
  watchSmallLabels(cy);
  return cy;
}

/** Zoom at most this far when fitting, so that a handful of nodes does not fill the screen. */
const MAX_FIT_ZOOM = 1.25;
const MAX_BOX_FIT_ZOOM = 1.25;

/** Fits the view to `box` (map coordinates) or, without one, to the nodes (place labels left out). */
export function fitView(cy: Core, box?: FitBox | null): void {
  if (box) {
    // A small region (a city) is not blown up until its nodes fill the screen.
    const limits = { min: cy.minZoom(), max: MAX_BOX_FIT_ZOOM };
    cy.viewport(viewportFor(box, cy.width(), cy.height(), 24, limits));
    return;
  }
  const content = cy.elements().not('.district-label');
  cy.fit(content.nonempty() ? content : undefined, 24);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Calls `listener` with the viewport now and whenever it pans, zooms or resizes; returns the unsubscribe. */
export function watchViewport(cy: Core, listener: (viewport: Viewport) => void): () => void {
  const report = () =>
    listener({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() });
  cy.on('viewport resize', report);
  report();
  return () => {
    cy.off('viewport resize', report);
  };
}

/** Zooms by a factor around the centre of the view (buttons and keys; the wheel zooms at the pointer). */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

/** Runs the layout synchronously and records its duration as a `nzr:layout` performance measure. */
export function runLayout(cy: Core, spec: LayoutSpec): void {
  const start = performance.now();
  cy.layout(layoutOptions(spec)).run();
  fitView(cy, spec.name === 'preset' ? spec.fit : null);
  performance.measure('nzr:layout', {
    start,
    detail: { layout: spec.name, elements: cy.elements().length },
  });
  // New elements get their label visibility before the first frame, even when the zoom did not change.
  // Screen labels first: they opt out of hiding (min-zoomed-font-size 0) before the small labels are grouped.
  updateScreenLabels(cy);
  updateSmallLabels(cy);
  // The first frame the page draws with a graph in it (navigation start → map visible), for the browser bench.
  if (cy.elements().nonempty() && performance.getEntriesByName(FIRST_RENDER).length === 0) {
    cy.one('render', () => {
      if (performance.getEntriesByName(FIRST_RENDER).length === 0) performance.mark(FIRST_RENDER);
    });
  }
}

/** Performance mark set once per page when the first graph frame is drawn. */
export const FIRST_RENDER = 'nzr:first-render';

/** The whole graph as PNG at twice the screen resolution, on white. */
export function exportPng(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
}

/** The whole graph as a standalone SVG document, drawn from the rendered positions and styles. */
export function exportSvg(cy: Core): string {
  const px = (value: string) => Number.parseFloat(value) || 0;
  const scene: SvgScene = {
    nodes: cy.nodes().map((node) => ({
      x: node.position('x'),
      y: node.position('y'),
      size: node.width(),
      colour: String(node.style('background-color')),
      shape: String(node.style('shape')),
      borderColour: String(node.style('border-color')),
      borderWidth: px(String(node.style('border-width'))),
      label: String(node.data('name') ?? ''),
      fontSize: px(String(node.style('font-size'))),
      labelOnly: node.hasClass('district-label'),
    })),
    edges: cy.edges().map((edge) => ({
      x1: edge.sourceEndpoint().x,
      y1: edge.sourceEndpoint().y,
      x2: edge.targetEndpoint().x,
      y2: edge.targetEndpoint().y,
      colour: String(edge.style('line-color')),
      width: px(String(edge.style('width'))),
      line: String(edge.style('line-style')),
    })),
  };
  return sceneToSvg(scene);
}
