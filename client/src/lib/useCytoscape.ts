/**
 * Owns one cytoscape instance for a container: created on mount (again when the view crosses the WebGL
 * threshold), destroyed on unmount; its elements replaced and laid out when they or the layout change; the
 * selection drawn from props. Taps report selection, double taps ask to expand a node.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { WEBGL_THRESHOLD, createGraph, runLayout, watchViewport } from './cytoscape';
import type { Viewport } from './viewport';
import type { Core, ElementDefinition, LayoutSpec, StylesheetJson } from './cytoscape';

export interface CytoscapeHandlers {
  readonly onSelect?: (id: string | null) => void;
  readonly onExpand?: (id: string) => void;
  /** Pan, zoom and size whenever they change (e.g. to draw a map underlay in step). */
  readonly onViewport?: (viewport: Viewport) => void;
}

export function useCytoscape(
  container: RefObject<HTMLElement | null>,
  elements: ElementDefinition[],
  layout: LayoutSpec,
  style: StylesheetJson,
  selectedId: string | null,
  handlers: CytoscapeHandlers,
): RefObject<Core | null> {
  const cyRef = useRef<Core | null>(null);
  // The latest callbacks without re-creating the instance when the parent re-renders.
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);
  const webgl = elements.length > WEBGL_THRESHOLD;

  useEffect(() => {
    if (!container.current) return;
    const cy = createGraph({ container: container.current, style, webgl });
    cy.on('tap', 'node', (event) => handlersRef.current.onSelect?.(String(event.target.id())));
    cy.on('tap', (event) => {
      if (event.target === cy) handlersRef.current.onSelect?.(null);
    });
    cy.on('dbltap', 'node', (event) => handlersRef.current.onExpand?.(String(event.target.id())));
    const unwatch = watchViewport(cy, (viewport) => handlersRef.current.onViewport?.(viewport));
    cyRef.current = cy;
    return () => {
      unwatch();
      cy.destroy();
      cyRef.current = null;
    };
  }, [container, style, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    runLayout(cy, layout);
  }, [elements, layout, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$('.selected').removeClass('selected');
      cy.$('.selected-edge').removeClass('selected-edge');
      if (!selectedId) return;
      const node = cy.getElementById(selectedId);
      node.addClass('selected');
      node.connectedEdges().addClass('selected-edge');
    });
    const node = selectedId ? cy.getElementById(selectedId) : null;
    if (node && node.nonempty()) {
      const box = cy.extent();
      const { x, y } = node.position();
      if (x < box.x1 || x > box.x2 || y < box.y1 || y > box.y2) cy.center(node);
    }
  }, [selectedId, elements, layout, webgl]);

  return cyRef;
}
