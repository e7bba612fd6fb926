import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  NETWORK_LINK_LIST_LINK,
  NETWORK_TABLE_NETWORK,
} from '../../../features/networks/networks.fragment';
import type { NetworksViewQuery, NetworksViewQueryVariables } from '../../../generated/graphql';

/** The regional networks of a region (or all Saxony) and their links, for the graph, table and list. */
export const NETWORKS_VIEW: TypedDocumentNode<NetworksViewQuery, NetworksViewQueryVariables> = gql`
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
