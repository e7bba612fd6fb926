import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { NetworkGraph } from '../../../features/networks/NetworkGraph';
import { linkCounts, linksOf } from '../../../features/networks/networkGraph';
import { NetworkLinkList } from '../../../features/networks/NetworkLinkList';
import { NetworkTable } from '../../../features/networks/NetworkTable';
import { navigate } from '../../router';
import { useExplorerState } from '../../useExplorerState';
import { AnalysisPage } from './AnalysisPage';
import { mapFocusHref } from './links';
import { NETWORKS_VIEW } from './networks.query';
import { useAnalysisOptions } from './useAnalysisOptions';

/** The list shows this many links when no network is chosen (heaviest first). */
const TOP_LINKS = 30;

/** Netzwerke: the regional networks and how they are linked (network of networks), as a graph and a table. */
export function NetworksRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts, names } = useAnalysisOptions();
  const regionId = state.filters.regionId;
  const { data, previousData, loading, error } = useQuery(NETWORKS_VIEW, {
    variables: { regionId },
  });
  const result = (data ?? previousData)?.networkOfNetworks;
  // `sel` may name a node of another view (the search string travels along); only networks count here.
  const selected = result?.networks.find((network) => network.node.id === state.selected);
  const selectedId = selected?.node.id ?? null;
  const counts = useMemo(() => linkCounts(result?.links ?? []), [result]);
  const select = useCallback(
    (id: string | null) => update({ selected: id }, { replace: true }),
    [update],
  );
  const controls = (
    <RegionPicker
      regionId={regionId}
      districts={districts}
      onChange={(id) => update({ filters: { ...state.filters, regionId: id } }, { replace: true })}
    />
  );
  const shownLinks = selected ? linksOf(result?.links ?? [], selectedId) : result?.links;
  return (
    <AnalysisPage
      id="networks"
      title={t('networks.title')}
      intro={t('networks.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {result && (
        <>
          {result.truncated && <p className="hint">{t('networks.truncated')}</p>}
          <div className="two-columns network-overview">
            <section aria-labelledby="network-graph-heading">
              <h3 id="network-graph-heading">{t('networks.graphHeading')}</h3>
              <NetworkGraph
                networks={result.networks}
                links={result.links}
                selectedId={selectedId}
                onSelect={select}
              />
            </section>
            <section aria-labelledby="network-table-heading">
              <h3 id="network-table-heading">{t('networks.tableHeading')}</h3>
              <NetworkTable
                networks={result.networks}
                names={names}
                linkCounts={counts}
                selectedId={selectedId}
                onSelect={select}
              />
            </section>
          </div>
          <section aria-labelledby="network-links-heading">
            <h3 id="network-links-heading">
              {selected
                ? t('networks.selectedLinksHeading', { name: selected.node.name })
                : t('networks.linksHeading')}
            </h3>
            <p className="metric-explanation">{t('networks.weightText')}</p>
            {selected ? (
              <p className="inline-actions">
                <button type="button" onClick={() => select(null)}>
                  {t('networks.showAll')}
                </button>
                <a
                  href={mapFocusHref([selected.node.id])}
                  onClick={(event) => {
                    // Modified clicks open a new tab as usual.
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                      return;
                    event.preventDefault();
                    navigate(mapFocusHref([selected.node.id]));
                  }}
                >
                  {t('networks.showOnMap')}
                </a>
              </p>
            ) : (
              <p className="hint">
                {result.links.length > TOP_LINKS &&
                  `${t('networks.topLinks', { count: TOP_LINKS, total: result.links.length })} `}
                {t('networks.chooseHint')}
              </p>
            )}
            <NetworkLinkList
              links={(shownLinks ?? []).slice(0, selected ? undefined : TOP_LINKS)}
              names={names}
              selectedId={selectedId}
              onSelect={select}
            />
          </section>
        </>
      )}
    </AnalysisPage>
  );
}
