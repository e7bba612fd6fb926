import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { NetworkLinkList, NetworkTable } from '../../../features/networks/NetworkLinkList';
import {
  NETWORK_LINK_LIST_LINK,
  NETWORK_TABLE_NETWORK,
} from '../../../features/networks/networks.fragment';
import type {
  NetworkLinkData,
  NetworkSummaryData,
} from '../../../features/networks/networks.fragment';
import { useExplorerState } from '../../useExplorerState';
import { AnalysisPage } from './AnalysisPage';
import { useAnalysisOptions } from './useAnalysisOptions';

interface NetworksViewData {
  readonly networkOfNetworks: {
    readonly truncated: boolean;
    readonly networks: readonly NetworkSummaryData[];
    readonly links: readonly NetworkLinkData[];
  };
}

const NETWORKS_VIEW: TypedDocumentNode<NetworksViewData, { regionId: string | null }> = gql`
  query NetworksView($regionId: ID) {
    networkOfNetworks(regionId: $regionId) {
      truncated
      networks {
        ...NetworkTable_network
      }
      links {
        ...NetworkLinkList_link
      }
    }
  }
  ${NETWORK_TABLE_NETWORK}
  ${NETWORK_LINK_LIST_LINK}
`;

/** Netzwerke: the regional networks and how they are linked (network of networks). */
export function NetworksRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts, names } = useAnalysisOptions();
  const regionId = state.filters.regionId;
  const { data, previousData, loading, error } = useQuery(NETWORKS_VIEW, {
    variables: { regionId },
  });
  const result = (data ?? previousData)?.networkOfNetworks;
  const controls = (
    <RegionPicker
      regionId={regionId}
      districts={districts}
      onChange={(id) => update({ filters: { ...state.filters, regionId: id } }, { replace: true })}
    />
  );
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
        <div className="two-columns">
          <section aria-labelledby="network-links-heading">
            <h3 id="network-links-heading">{t('networks.linksHeading')}</h3>
            <p className="metric-explanation">{t('networks.weightText')}</p>
            {result.truncated && <p className="hint">{t('networks.truncated')}</p>}
            <NetworkLinkList links={result.links.slice(0, 30)} names={names} />
          </section>
          <section aria-labelledby="network-table-heading">
            <h3 id="network-table-heading">{t('networks.tableHeading')}</h3>
            <NetworkTable networks={result.networks} names={names} />
          </section>
        </div>
      )}
    </AnalysisPage>
  );
}
