import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { FUNDING_LIST_MATCH } from '../../../features/funding/funding.fragment';
import type { FundingMatchData } from '../../../features/funding/funding.fragment';

export interface FundingViewData {
  readonly fundingMatches: {
    readonly programmes: number;
    readonly matches: readonly FundingMatchData[];
  };
}
export interface FundingViewVariables {
  readonly regionId: string | null;
  readonly institutionId: string | null;
  readonly topicIds: readonly string[] | null;
}

/** Funding programmes for a region or an institution (and themes), nearest deadline first. */
export const FUNDING_VIEW: TypedDocumentNode<FundingViewData, FundingViewVariables> = gql`
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
