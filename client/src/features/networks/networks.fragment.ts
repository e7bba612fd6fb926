import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type {
  NetworkLinkList_LinkFragment,
  NetworkTable_NetworkFragment,
} from '../../generated/graphql';

export const NETWORK_LINK_LIST_LINK = gql`
  fragment NetworkLinkList_link on NetworkLink {
    a {
      id
      name
    }
    b {
      id
      name
    }
    weight
    sharedMemberIds
    sharedTopicIds
    goodPracticeProjectIds
    explanationDe
    reasons {
      ...Explanation_reason
    }
  }
  ${EXPLANATION_REASON}
`;

export const NETWORK_TABLE_NETWORK = gql`
  fragment NetworkTable_network on NetworkSummary {
    members
    topicIds
    node {
      id
      name
    }
  }
`;

export type NetworkLinkData = NetworkLinkList_LinkFragment;
export type NetworkSummaryData = NetworkTable_NetworkFragment;
