import { useCallback, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { exportPng, exportSvg, fitView, zoomBy } from '../../lib/cytoscape';
import { handleGraphKey } from '../../lib/graphKeys';
import type { LayoutSpec } from '../../lib/cytoscape';
import type { NetworkMapGraph } from './graph.fragment';
import { NETWORK_MAP_STYLE } from './stylesheet';
import type { ToElementsOptions } from './toElements';
import { toElements } from './toElements';
import { useCytoscape } from '../../lib/useCytoscape';
import type { Viewport } from '../../lib/viewport';
import './geo.css';
import { GeoUnderlay } from './GeoUnderlay';
import type { GeoUnderlayProps } from './GeoUnderlay';
import { MapAttribution } from './MapAttribution';

/** The geographic underlay without the viewport, which the map supplies. */
export type GeoLayer = Omit<GeoUnderlayProps, 'viewport'>;

export interface NetworkMapHandle {
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  svg(): string;
}

export interface NetworkMapProps {
  readonly graph: NetworkMapGraph;
  readonly options: ToElementsOptions;
  readonly layout: LayoutSpec;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onExpand: (id: string) => void;
  /** Borders, circle and tiles under the nodes (geographic layout only). */
  readonly geo?: GeoLayer | null;
  readonly ref?: Ref<NetworkMapHandle>;
}

/** Thin view: the canvas, keyboard control and a text summary (a canvas alone says nothing to a screen reader). */
export function NetworkMap({
  graph,
  options,
  layout,
  selectedId,
  onSelect,
  onExpand,
  geo,
  ref,
}: NetworkMapProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const elements = useMemo(() => toElements(graph, options), [graph, options]);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const frame = useRef(0);
  // One state update per animation frame while panning: the underlay follows without flooding React.
  const onViewport = useCallback((next: Viewport) => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setViewport(next));
  }, []);
  const handlers = useMemo(
    () => ({ onSelect, onExpand, onViewport }),
    [onSelect, onExpand, onViewport],
  );
  const cy = useCytoscape(container, elements, layout, NETWORK_MAP_STYLE, selectedId, handlers);
  const fitBox = layout.name === 'preset' ? layout.fit : null;

  useImperativeHandle(ref, () => ({
    fit: () => cy.current && fitView(cy.current, fitBox),
    zoom: (factor) => cy.current && zoomBy(cy.current, factor),
    png: () => (cy.current ? exportPng(cy.current) : Promise.reject(new Error('no map'))),
    svg: () => (cy.current ? exportSvg(cy.current) : ''),
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ids = graph.nodes.map((node) => node.id);
    const options = { ids, selectedId, onSelect, onActivate: onExpand, cy: cy.current };
    if (handleGraphKey(event, options)) event.preventDefault();
  };

  const summary = t('map.summary', { nodes: graph.nodes.length, edges: graph.edges.length });
  return (
    <>
      <div className={geo ? 'geo-frame' : 'map-frame'}>
        {geo && <GeoUnderlay viewport={viewport} {...geo} />}
        <div
          ref={container}
          className="network-map"
          role="application"
          aria-label={summary}
          aria-describedby={hintId}
          tabIndex={0}
          onKeyDown={onKeyDown}
          data-testid="network-map"
        />
        {geo && <MapAttribution tiles={geo.tiles} />}
      </div>
      <p id={hintId} className="hint">
        {t('map.keyboardHint')}
      </p>
    </>
  );
}
