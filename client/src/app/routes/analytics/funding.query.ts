import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { FUNDING_LIST_MATCH } from '../../../features/funding/funding.fragment';
import type { FundingViewQuery, FundingViewQueryVariables } from '../../../generated/graphql';

/** Funding programmes for a region or an institution (and themes), nearest deadline first. */
export const FUNDING_VIEW: TypedDocumentNode<FundingViewQuery, FundingViewQueryVariables> = gql`
  query FundingView($regionId: ID, $institutionId: ID, $topicIds: [ID!]) {
    fundingMatches(
      regionId: $regionId
      institutionId: $institutionId
      topicIds: $topicIds
      limit: 25
    ) {
      programmes
      matches {
        ...FundingList_match
      }
    }
  }
  ${FUNDING_LIST_MATCH}
`;
