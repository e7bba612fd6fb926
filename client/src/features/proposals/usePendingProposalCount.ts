import { useQuery } from '@apollo/client/react';
import './proposals.css';
import { PENDING_PROPOSAL_COUNT } from './proposals.queries';

/**
 * How many proposals wait for moderation (coordinators only; 0 for everyone else, never asked). With
 * `myRegions`, only those in the coordinator's own districts (the server reads them; none set: all of Saxony).
 */
export function usePendingProposalCount(coordinator: boolean, myRegions: boolean): number {
  const { data } = useQuery(PENDING_PROPOSAL_COUNT, {
    variables: { myRegions },
    skip: !coordinator,
    fetchPolicy: 'cache-and-network',
  });
  return coordinator ? (data?.pendingProposalCount ?? 0) : 0;
}
