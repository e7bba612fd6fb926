import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { FundingList_MatchFragment } from '../../generated/graphql';

export const FUNDING_LIST_MATCH = gql`
  fragment FundingList_match on FundingMatch {
    deadline
    themeOpen
    explanationDe
    reasons {
      ...Explanation_reason
    }
    programme {
      id
      name
      properties
    }
  }
  ${EXPLANATION_REASON}
`;

export type FundingMatchData = FundingList_MatchFragment;

/** Whole days from `today` to an ISO deadline (negative when past). */
export function daysUntil(deadline: string, today: Date): number {
  const day = 86_400_000;
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(deadline) - start) / day);
}
