import { useTranslation } from 'react-i18next';
import type { DistrictLabel, NetworkMapGraph } from '../../../features/network-map/graph.fragment';
import type { LayoutName } from '../../../features/network-map/layoutNames';
import { MapPanel } from '../../../features/network-map/MapPanel';

export interface ClusterMapProps {
  readonly graph: NetworkMapGraph | undefined;
  readonly colours: ReadonlyMap<string, string>;
  readonly districts: readonly DistrictLabel[];
  /** Layout and selection come from the URL, so a permalink shows the same map. */
  readonly layout: LayoutName;
  readonly selectedId: string | null;
  readonly onLayoutChange: (layout: LayoutName) => void;
  readonly onSelect: (id: string | null) => void;
}

const NO_IDS: readonly string[] = [];

/** The clusters' members on the network map, coloured by cluster (the map's colour-by). */
export function ClusterMap({ graph, colours, districts, ...props }: ClusterMapProps) {
  const { t } = useTranslation();
  if (!graph) return null;
  return (
    <section aria-labelledby="cluster-map-heading">
      <h3 id="cluster-map-heading">{t('clusters.mapHeading')}</h3>
      <p className="hint">{t('clusters.mapText')}</p>
      <MapPanel
        graph={graph}
        focusIds={NO_IDS}
        expandedIds={NO_IDS}
        districts={districts}
        layout={props.layout}
        depth={1}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        onExpand={() => undefined}
        onLayoutChange={props.onLayoutChange}
        onDepthChange={() => undefined}
        colourBy={colours}
      />
    </section>
  );
}
