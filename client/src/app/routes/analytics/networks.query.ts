import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  NETWORK_LINK_LIST_LINK,
  NETWORK_TABLE_NETWORK,
} from '../../../features/networks/networks.fragment';
import type {
  NetworkLinkData,
  NetworkSummaryData,
} from '../../../features/networks/networks.fragment';

export interface NetworksViewData {
  readonly networkOfNetworks: {
    readonly truncated: boolean;
    readonly networks: readonly NetworkSummaryData[];
    readonly links: readonly NetworkLinkData[];
  };
}

/** The regional networks of a region (or all Saxony) and their links, for the graph, table and list. */
export const NETWORKS_VIEW: TypedDocumentNode<NetworksViewData, { regionId: string | null }> = gql`
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
