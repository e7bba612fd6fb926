/**
 * Test-only page for the browser bench (`/bench?nodes=10000&edges=30000`): a synthetic view drawn through
 * lib/cytoscape with the map's stylesheet and WebGL, exposed as `window.nzrBench` so the bench can pan it.
 * A lazy chunk that is not in the navigation; the production entry does not contain it.
 */
import { useEffect, useRef, useState } from 'react';
import { WEBGL_THRESHOLD, createGraph, runLayout } from '../../../lib/cytoscape';
import type { Core } from '../../../lib/cytoscape';
import { NETWORK_MAP_STYLE } from '../../../features/network-map/stylesheet';
import { syntheticView } from './synthetic';

declare global {
  interface Window {
    nzrBench?: { readonly cy: Core; readonly nodes: number; readonly edges: number };
  }
}

const count = (params: URLSearchParams, key: string, fallback: number) =>
  Math.min(200_000, Math.max(1, Number(params.get(key)) || fallback));

export function BenchRoute() {
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('…');
  useEffect(() => {
    if (!container.current) return;
    const params = new URLSearchParams(window.location.search);
    const nodes = count(params, 'nodes', 10_000);
    const edges = count(params, 'edges', 30_000);
    const view = syntheticView(nodes, edges);
    // `webgl=0` forces the canvas renderer for comparison.
    const webgl = params.get('webgl') !== '0' && view.elements.length > WEBGL_THRESHOLD;
    const cy = createGraph({ container: container.current, style: NETWORK_MAP_STYLE, webgl });
    cy.add(view.elements);
    runLayout(cy, { name: 'preset', positions: view.positions });
    window.nzrBench = { cy, nodes: cy.nodes().length, edges: cy.edges().length };
    setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges, webgl: ${webgl}`);
    return () => {
      delete window.nzrBench;
      cy.destroy();
    };
  }, []);
  return (
    <section aria-label="Browser bench">
      <p role="status" data-testid="bench-status">
        {status}
      </p>
      <div ref={container} className="network-map" style={{ height: '80vh' }} />
    </section>
  );
}
