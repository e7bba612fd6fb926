import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistrictLabel, NetworkMapGraph } from '../../../features/network-map/graph.fragment';
import type { LayoutName } from '../../../features/network-map/layoutNames';
import { MapPanel } from '../../../features/network-map/MapPanel';

export interface ClusterMapProps {
  readonly graph: NetworkMapGraph | undefined;
  readonly colours: ReadonlyMap<string, string>;
  readonly districts: readonly DistrictLabel[];
}

/** The clusters' members on the network map, coloured by cluster (the map's colour-by). */
export function ClusterMap({ graph, colours, districts }: ClusterMapProps) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [selected, setSelected] = useState<string | null>(null);
  if (!graph) return null;
  return (
    <section aria-labelledby="cluster-map-heading">
      <h3 id="cluster-map-heading">{t('clusters.mapHeading')}</h3>
      <p className="hint">{t('clusters.mapText')}</p>
      <MapPanel
        graph={graph}
        focusIds={[]}
        expandedIds={[]}
        districts={districts}
        layout={layout}
        depth={1}
        selectedId={selected}
        onSelect={setSelected}
        onExpand={() => undefined}
        onLayoutChange={setLayout}
        onDepthChange={() => undefined}
        colourBy={colours}
      />
    </section>
  );
}
