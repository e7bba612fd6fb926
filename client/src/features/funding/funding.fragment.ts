import { gql } from '@apollo/client';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

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

export interface FundingMatchData {
  readonly deadline: string | null;
  readonly themeOpen: boolean;
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
  readonly programme: {
    readonly id: string;
    readonly name: string;
    readonly properties: {
      readonly funder?: string;
      readonly funderLevel?: string;
      readonly maxAmountEur?: number;
      readonly url?: string;
    } | null;
  };
}

/** Whole days from `today` to an ISO deadline (negative when past). */
export function daysUntil(deadline: string, today: Date): number {
  const day = 86_400_000;
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(deadline) - start) / day);
}
