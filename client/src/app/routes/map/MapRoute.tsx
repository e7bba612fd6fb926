import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { NarrowDisclosure } from '../../../components/NarrowDisclosure';
import { FilterPanel } from '../../../features/filters/FilterPanel';
import { countActiveFilters } from '../../../features/filters/filters';
import type { DistrictLabel } from '../../../features/network-map/graph.fragment';
import { MapPanel } from '../../../features/network-map/MapPanel';
import { NodeTable } from '../../../features/node-table/NodeTable';
import { CreateNodeButton } from '../../../features/editing/CreateNodeButton';
import { ExportButtons } from '../../../features/export/ExportButtons';
import { ProposeLink } from '../../../features/proposals/ProposeLink';
import { SearchBox } from '../../../features/search/SearchBox';
import { navigate } from '../../router';
import { useCan } from '../../viewer';
import { layoutChange, layoutOf } from '../../urlState';
import { useExplorerState } from '../../useExplorerState';
import { DetailsPanel } from './DetailsPanel';
import { RegionFilterNotice } from './RegionFilterNotice';
import type { ClearedRegion } from './RegionFilterNotice';
import { MAP_OPTIONS } from './map.queries';
import { useMapGraph } from './useMapGraph';

/** Where the map route stacks into one column (styles.css): the filters fold so the map is on the first screen. */
const SINGLE_COLUMN = '(max-width: 1100px)';

/** Netzwerkkarte: search and filters, the map with its table, and the details of the selected node. */
export function MapRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { graph, degrees, loading, error, empty } = useMapGraph(state);
  const options = useQuery(MAP_OPTIONS);
  const canEdit = useCan('coordinator');
  const districts = useMemo(
    () =>
      (options.data?.districts.nodes ?? []).flatMap((node): DistrictLabel[] =>
        node.location && node.id !== STATE_REGION_ID
          ? [{ id: node.id, name: node.name, location: node.location }]
          : [],
      ),
    [options.data],
  );
  // The overview is fitted to its region (or the whole state); a focus view to its nodes, wherever they lie.
  const focusRegion = state.focus.length === 0 ? (state.filters.regionId ?? STATE_REGION_ID) : null;
  const geoFocus = useMemo(() => ({ regionId: focusRegion }), [focusRegion]);
  const select = useCallback(
    (id: string | null) => update({ selected: id }, { replace: true }),
    [update],
  );
  const focusOn = useCallback(
    (id: string) => update({ focus: [id], expand: [], selected: id }),
    [update],
  );
  const expand = useCallback(
    (id: string) =>
      update((s) => ({
        ...s,
        expand: s.expand.includes(id) ? s.expand : [...s.expand, id],
        selected: id,
      })),
    [update],
  );
  // A search pick shows the actor with all its connections: a region filter left over from browsing would hide
  // them (and the actor itself when it lies elsewhere), so the pick lifts it and says so, with a way back.
  const [cleared, setCleared] = useState<ClearedRegion | null>(null);
  const pick = (node: { id: string; name: string }) => {
    const regionId = state.filters.regionId;
    setCleared(regionId ? { regionId, name: node.name } : null);
    update({
      focus: [node.id],
      expand: [],
      selected: node.id,
      filters: regionId ? { ...state.filters, regionId: null } : state.filters,
    });
  };
  const regionName = (id: string) =>
    options.data?.districts.nodes.find((node) => node.id === id)?.name ?? id;
  const show = (id: string) =>
    graph.nodes.some((node) => node.id === id) ? select(id) : focusOn(id);

  return (
    <div className={state.selected ? 'map-route with-details' : 'map-route'}>
      <div className="sidebar">
        <section aria-labelledby="search-heading">
          <h2 id="search-heading">{t('search.heading')}</h2>
          <SearchBox onPick={pick} noHits={<ProposeLink onNavigate={navigate} />} />
          {canEdit && <CreateNodeButton onCreated={focusOn} />}
        </section>
        <NarrowDisclosure
          query={SINGLE_COLUMN}
          summary={t('layout.filters', { count: countActiveFilters(state.filters) })}
        >
          <FilterPanel
            filters={state.filters}
            options={options.data}
            onChange={(filters) => {
              setCleared(null);
              update({ filters, selected: null });
            }}
          />
        </NarrowDisclosure>
      </div>
      <div className="map-main">
        <section aria-labelledby="map-heading" aria-busy={loading}>
          <div className="section-heading">
            <h2 id="map-heading">
              {state.focus.length > 0 ? t('map.headingFocus') : t('map.headingOverview')}
            </h2>
            {state.focus.length > 0 && (
              <button
                type="button"
                className="link-button"
                onClick={() => update({ focus: [], expand: [], selected: null })}
              >
                {t('map.backToOverview')}
              </button>
            )}
          </div>
          <p role="status" className="map-status">
            {loading
              ? t('common.loading')
              : t('map.summary', { nodes: graph.nodes.length, edges: graph.edges.length })}
            {graph.truncated && ` ${t('map.truncated')}`}
          </p>
          {state.focus.length === 0 && state.filters.relationshipTypes.length === 0 && (
            <p className="hint">{t('map.overviewHint')}</p>
          )}
          {cleared && state.filters.regionId === null && (
            <RegionFilterNotice
              cleared={cleared}
              regionName={regionName(cleared.regionId)}
              onRestore={() => {
                setCleared(null);
                update({ filters: { ...state.filters, regionId: cleared.regionId } });
              }}
            />
          )}
          {error && <ErrorMessage error={error} />}
          {empty && <p className="empty">{t('map.nothingFound')}</p>}
          <MapPanel
            graph={graph}
            focusIds={state.focus}
            expandedIds={state.expand}
            districts={districts}
            layout={layoutOf(state)}
            depth={state.depth}
            selectedId={state.selected}
            onSelect={select}
            onExpand={expand}
            onLayoutChange={(layout) => update(layoutChange(layout))}
            onDepthChange={(depth) => update({ depth })}
            geoFocus={geoFocus}
          />
          <ExportButtons scope={{ ...state.filters, focus: state.focus, depth: state.depth }} />
        </section>
        <NodeTable
          nodes={graph.nodes}
          degrees={degrees}
          selectedId={state.selected}
          onSelect={select}
        />
      </div>
      {state.selected && (
        <DetailsPanel
          id={state.selected}
          onFocus={focusOn}
          onExpand={expand}
          onShow={show}
          onClose={() => select(null)}
        />
      )}
    </div>
  );
}
