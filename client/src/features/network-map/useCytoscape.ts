/**
 * Owns one cytoscape instance for a container: created on mount, destroyed on unmount, its elements replaced
 * (and laid out again) when they change. Tapping a node reports its id.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { FCOSE_LAYOUT, createGraph } from '../../lib/cytoscape.js';
import type { Core, ElementDefinition, StylesheetJson } from '../../lib/cytoscape.js';

export function useCytoscape(
  container: RefObject<HTMLElement | null>,
  elements: ElementDefinition[],
  style: StylesheetJson,
  onSelectNode?: (id: string) => void,
): void {
  const cyRef = useRef<Core | null>(null);
  // The latest callback without re-creating the instance when the parent re-renders.
  const onSelectRef = useRef(onSelectNode);
  useEffect(() => {
    onSelectRef.current = onSelectNode;
  }, [onSelectNode]);

  useEffect(() => {
    if (!container.current) return;
    const cy = createGraph({ container: container.current, elements: [], style });
    cy.on('tap', 'node', (event) => onSelectRef.current?.(String(event.target.id())));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [container, style]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout(FCOSE_LAYOUT).run();
  }, [elements, style]);
}
