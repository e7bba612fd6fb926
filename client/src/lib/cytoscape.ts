/**
 * The only module that imports cytoscape (ESLint enforces it): it registers the fcose layout once and hands
 * out instances and the types the network map needs, so the heavy library stays behind one small door.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';

export type { Core, ElementDefinition, StylesheetJson };

let registered = false;

function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** fcose: fast force-directed layout that keeps clusters together; quality 'default' is fast enough here. */
export const FCOSE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  animate: false,
  randomize: true,
  nodeRepulsion: () => 8000,
  idealEdgeLength: () => 90,
  padding: 24,
} as LayoutOptions;

export interface CreateGraphOptions {
  readonly container: HTMLElement;
  readonly elements: ElementDefinition[];
  readonly style: StylesheetJson;
}

export function createGraph({ container, elements, style }: CreateGraphOptions): Core {
  registerExtensions();
  return cytoscape({
    container,
    elements,
    style,
    layout: FCOSE_LAYOUT,
    minZoom: 0.2,
    // Small neighbourhoods would otherwise be zoomed to fill the canvas, with giant nodes and labels.
    maxZoom: 1.6,
  });
}
