import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

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

interface Named {
  readonly id: string;
  readonly name: string;
}

export interface NetworkLinkData {
  readonly a: Named;
  readonly b: Named;
  readonly weight: number;
  readonly sharedMemberIds: readonly string[];
  readonly sharedTopicIds: readonly string[];
  readonly goodPracticeProjectIds: readonly string[];
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
}

export interface NetworkSummaryData {
  readonly members: number;
  readonly topicIds: readonly string[];
  readonly node: Named;
}
