import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createGraph, runLayout } from '../../lib/cytoscape';
import type { ElementDefinition, StylesheetJson } from '../../lib/cytoscape';
import type { ThemeNetworkData } from './clusters.fragment';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#2e7d4f',
      label: 'data(name)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#1d2327',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9fb7a8', opacity: 0.8 } },
];

export function themeElements(
  network: ThemeNetworkData,
  names: ReadonlyMap<string, string>,
): ElementDefinition[] {
  const max = Math.max(1, ...network.nodes.map((node) => node.actors));
  const maxWeight = Math.max(1, ...network.edges.map((edge) => edge.weight));
  return [
    ...network.nodes.map((node) => ({
      group: 'nodes' as const,
      data: {
        id: node.topicId,
        name: names.get(node.topicId) ?? node.name,
        size: 14 + 30 * Math.sqrt(node.actors / max),
      },
    })),
    ...network.edges.map((edge) => ({
      group: 'edges' as const,
      data: {
        id: `${edge.a}~${edge.b}`,
        source: edge.a,
        target: edge.b,
        width: 1 + 7 * (edge.weight / maxWeight),
      },
    })),
  ];
}

/** The theme co-occurrence network: themes as nodes (size: actors), links weighted by actors on both. */
export function ThemeGraph({
  network,
  names,
}: {
  readonly network: ThemeNetworkData;
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const elements = useMemo(() => themeElements(network, names), [network, names]);
  useEffect(() => {
    if (!container.current) return;
    const cy = createGraph({ container: container.current, style: STYLE, webgl: false });
    cy.add(elements);
    runLayout(cy, { name: 'fcose', elementCount: elements.length });
    return () => cy.destroy();
  }, [elements]);
  const strongest = network.edges
    .slice(0, 5)
    .map(
      (edge) => `${names.get(edge.a) ?? edge.a} – ${names.get(edge.b) ?? edge.b} (${edge.weight})`,
    );
  return (
    <figure className="theme-graph">
      <div
        ref={container}
        className="network-map theme-graph-canvas"
        role="img"
        aria-label={t('clusters.themeGraphLabel', { list: strongest.join('; ') })}
      />
      <figcaption className="hint">{t('clusters.themeGraphCaption')}</figcaption>
    </figure>
  );
}
