import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMapGraph } from './graph.fragment';
import { NETWORK_MAP_STYLE } from './stylesheet';
import { toElements } from './toElements';
import { useCytoscape } from './useCytoscape';

export interface NetworkMapProps {
  readonly graph: NetworkMapGraph;
  readonly focusId?: string | null;
  readonly onSelectNode?: (id: string) => void;
}

/** Thin view: the canvas plus a text summary, because a canvas alone says nothing to a screen reader. */
export function NetworkMap({ graph, focusId = null, onSelectNode }: NetworkMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const elements = useMemo(() => toElements(graph, { focusId }), [graph, focusId]);
  useCytoscape(container, elements, NETWORK_MAP_STYLE, onSelectNode);
  const summary = t('map.summary', { nodes: graph.nodes.length, edges: graph.edges.length });
  return (
    <div ref={container} className="network-map" role="img" aria-label={summary} title={summary} />
  );
}
