import type { RelationshipType } from '@nzr/graph-schema';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutSpec } from '../../lib/cytoscape';
import { downloadBlob } from '../../lib/download';
import { geoPositions } from './geo';
import type { DistrictLabel, NetworkMapGraph } from './graph.fragment';
import type { Depth, LayoutName } from './layoutNames';
import { Legend } from './Legend';
import { MapToolbar } from './MapToolbar';
import { NetworkMap } from './NetworkMap';
import type { NetworkMapHandle } from './NetworkMap';
import { useGeoLayer } from './useGeoLayer';
import type { GeoLayerInput } from './useGeoLayer';

const NO_GEO_FOCUS: GeoLayerInput = {};

export interface MapPanelProps {
  readonly graph: NetworkMapGraph;
  readonly focusIds: readonly string[];
  readonly expandedIds: readonly string[];
  readonly districts: readonly DistrictLabel[];
  readonly layout: LayoutName;
  readonly depth: Depth;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly onExpand: (id: string) => void;
  readonly onLayoutChange: (layout: LayoutName) => void;
  readonly onDepthChange: (depth: Depth) => void;
  /** Optional colour per node id (colour-by, e.g. topic clusters); others keep the sector colours. */
  readonly colourBy?: ReadonlyMap<string, string>;
  /** Geographic layout: region to outline and fit to, or a search radius to draw and fit to. */
  readonly geoFocus?: GeoLayerInput;
}

/** The map with its toolbar and legend; turns the chosen layout into a cytoscape layout spec. */
export function MapPanel(props: MapPanelProps) {
  const { t } = useTranslation();
  const map = useRef<NetworkMapHandle>(null);
  const { graph, layout, districts, focusIds, expandedIds } = props;
  const geo = layout === 'geo';
  const geoLayer = useGeoLayer(geo, props.geoFocus ?? NO_GEO_FOCUS);
  const fit = geoLayer.fit;
  const spec = useMemo((): LayoutSpec => {
    if (layout === 'geo') return { name: 'preset', positions: geoPositions(graph, districts), fit };
    if (layout === 'concentric') return { name: 'concentric' };
    return { name: 'fcose', elementCount: graph.nodes.length + graph.edges.length };
  }, [graph, layout, districts, fit]);
  // Keyed by content: the URL state hands out new arrays on every change (e.g. of the selection), and new
  // elements would mean a new layout.
  const focusKey = focusIds.join(',');
  const expandedKey = expandedIds.join(',');
  const options = useMemo(
    () => ({
      focusIds: focusKey.split(','),
      expandedIds: expandedKey.split(','),
      districts: geo ? districts : [],
      colours: props.colourBy,
    }),
    [focusKey, expandedKey, districts, geo, props.colourBy],
  );
  const types = useMemo(
    () => [...new Set(graph.edges.map((edge) => edge.type))].sort() as RelationshipType[],
    [graph],
  );

  const onExport = (format: 'png' | 'svg') => {
    const name = `${t('map.exportName')}-${new Date().toISOString().slice(0, 10)}.${format}`;
    if (format === 'svg') {
      const svg = map.current?.svg() ?? '';
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
      return;
    }
    void map.current?.png().then((blob) => downloadBlob(blob, name));
  };

  return (
    <div className="map-panel">
      <MapToolbar
        layout={layout}
        depth={props.depth}
        showDepth={focusIds.length > 0}
        onLayoutChange={props.onLayoutChange}
        onDepthChange={props.onDepthChange}
        onFit={() => map.current?.fit()}
        onZoom={(factor) => map.current?.zoom(factor)}
        onExport={onExport}
        tiles={geo && geoLayer.tiles.available ? geoLayer.tiles : null}
      />
      <NetworkMap
        ref={map}
        graph={graph}
        options={options}
        layout={spec}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        onExpand={props.onExpand}
        geo={geoLayer.layer}
      />
      <Legend types={types} />
    </div>
  );
}
