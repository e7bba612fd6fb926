import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AllyList } from '../../../features/allies/AllyList';
import { RadiusSlider } from '../../../features/allies/RadiusSlider';
import { IntroduceButton } from '../../../features/introductions/IntroduceButton';
import { canIntroducePair } from '../../../features/introductions/pair';
import { useIntroductionActor } from '../../../features/introductions/useIntroductionActor';
import type { DistrictLabel, NetworkMapGraph } from '../../../features/network-map/graph.fragment';
import { MapPanel } from '../../../features/network-map/MapPanel';
import { useFormat } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { layoutChange, layoutOf } from '../../urlState';
import { useExplorerState } from '../../useExplorerState';
import { useCan } from '../../viewer';
import { ALLIES_VIEW } from './allies.query';
import { AnalysisPage } from './AnalysisPage';
import { DEFAULT_POINT, OriginPicker } from './OriginPicker';
import { TopicSelect } from './TopicSelect';
import { useAnalysisOptions } from './useAnalysisOptions';

const DEFAULT_RADIUS = 20;
/** Allies are about distance, so their map starts geographic. */
const ALLIES_LAYOUT = 'geo';
const CENTRE_ID = 'search-centre';
// The map is fitted to the radius circle; district names would only clutter it.
const NO_DISTRICTS: readonly DistrictLabel[] = [];
const NO_IDS: readonly string[] = [];

/** Verbündete in der Nähe: an actor, a municipality or a point, a radius and themes → allies, on a map. */
export function AlliesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useExplorerState();
  const { topics, districts, names } = useAnalysisOptions();
  const { actor, point, filters } = state;
  // Without `from=` in the URL the origin follows from what the link names.
  const origin = state.origin ?? (actor ? 'actor' : point ? 'point' : 'region');
  const canIntroduce = useCan('coordinator');
  const originActor = useIntroductionActor(origin === 'actor' ? actor : null, canIntroduce);
  const radiusKm = useDebouncedValue(state.radiusKm ?? DEFAULT_RADIUS, 250);
  const variables = {
    actorId: origin === 'actor' ? actor : null,
    regionId: origin === 'region' ? filters.regionId : null,
    point: origin === 'point' ? point : null,
    radiusKm,
    topicIds: filters.topicId ? [filters.topicId] : null,
  };
  const ready = Boolean(variables.actorId ?? variables.regionId ?? variables.point);
  const { data, previousData, loading, error } = useQuery(ALLIES_VIEW, { variables, skip: !ready });
  const result = ready ? (data ?? previousData)?.alliesNearby : undefined;
  const graph = useMemo(
    (): NetworkMapGraph => ({
      truncated: false,
      // The centre of the search as a place node, so that the allies are seen around it.
      // Real positions: the map is fitted to the radius circle, so no magnifying is needed.
      nodes: result
        ? [
            {
              id: CENTRE_ID,
              name: t('allies.centre'),
              label: 'Region' as const,
              sector: null,
              location: result.center,
            },
            ...result.allies.map((ally) => ally.node),
          ]
        : [],
      edges: [],
    }),
    [result, t],
  );
  const center = result?.center;
  const searchRadius = result?.radiusKm;
  const originRegion = origin === 'region' ? filters.regionId : null;
  const geoFocus = useMemo(
    () => ({
      regionId: originRegion,
      circle:
        center && searchRadius !== undefined ? { centre: center, radiusKm: searchRadius } : null,
    }),
    [center, searchRadius, originRegion],
  );
  const change = (next: Partial<typeof state>) => update(next, { replace: true });
  const controls = (
    <>
      <OriginPicker
        origin={origin}
        actorId={actor}
        regionId={filters.regionId}
        point={point}
        districts={districts}
        onOrigin={(next) =>
          // A point search starts at once from the coordinates the form shows.
          change({ origin: next, point: next === 'point' ? (point ?? DEFAULT_POINT) : point })
        }
        onActor={(id) => change({ actor: id })}
        onRegion={(regionId) => change({ filters: { ...filters, regionId } })}
        onPoint={(p) => change({ point: p })}
      />
      <RadiusSlider
        value={state.radiusKm ?? DEFAULT_RADIUS}
        onChange={(km) => change({ radiusKm: km })}
      />
      <TopicSelect
        label={t('allies.topic')}
        allLabel={t('allies.allTopics')}
        topics={topics}
        value={filters.topicId}
        onChange={(topicId) => change({ filters: { ...filters, topicId } })}
      />
    </>
  );
  return (
    <AnalysisPage
      id="allies"
      title={t('allies.title')}
      intro={t('allies.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {!ready && <p className="hint">{t('allies.chooseOrigin')}</p>}
      {result && (
        <div className="allies-results">
          <section aria-labelledby="allies-heading">
            <h3 id="allies-heading">{t('allies.listHeading')}</h3>
            <p>
              {t('allies.summary', {
                count: result.allies.length,
                candidates: format.number(result.candidates),
                radius: format.km(result.radiusKm),
              })}
            </p>
            <p className="metric-explanation">{t('allies.scoreMetric')}</p>
            {result.truncated && <p className="hint">{t('allies.truncated')}</p>}
            <AllyList
              allies={result.allies}
              names={names}
              selectedId={state.selected}
              onSelect={(id) => change({ selected: id })}
              actions={(ally) =>
                originActor && canIntroducePair(originActor, ally.node) ? (
                  <IntroduceButton from={originActor} to={ally.node} source="ally" />
                ) : null
              }
            />
          </section>
          <section aria-labelledby="allies-map-heading">
            <h3 id="allies-map-heading">{t('allies.mapHeading')}</h3>
            <p className="hint">{t('allies.mapText')}</p>
            <MapPanel
              graph={graph}
              focusIds={NO_IDS}
              expandedIds={NO_IDS}
              districts={NO_DISTRICTS}
              layout={layoutOf(state, ALLIES_LAYOUT)}
              depth={1}
              selectedId={state.selected}
              onSelect={(id) => change({ selected: id })}
              onExpand={() => undefined}
              onLayoutChange={(layout) => change(layoutChange(layout, ALLIES_LAYOUT))}
              onDepthChange={() => undefined}
              geoFocus={geoFocus}
            />
          </section>
        </div>
      )}
    </AnalysisPage>
  );
}
