import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  DecideTieMutation,
  DecideTieMutationVariables,
  MyAreaQuery,
  MyAreaQueryVariables,
  ProposeTieMutation,
  ProposeTieMutationVariables,
  RegionTieProposalsQuery,
  RegionTieProposalsQueryVariables,
} from '../../generated/graphql';

export const TIE_PROPOSAL_ROW = gql`
  fragment TieProposalRow_tieProposal on TieProposal {
    id
    status
    decisions
    version
    type
    actorLabel
    note
    proposedAt
    decidedAt
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
`;

/** The member's page: the entries the account acts for, their proposals, and persons' consent. */
export const MY_AREA: TypedDocumentNode<MyAreaQuery, MyAreaQueryVariables> = gql`
  query MyArea {
    me {
      id
      actors {
        id
        name
        label
      }
    }
    myConsent {
      id
      name
      consentDate
      consentPurpose
      consentWithdrawnOn
      valid
    }
    myTieProposals(first: 100) {
      tieProposals {
        ...TieProposalRow_tieProposal
      }
    }
  }
  ${TIE_PROPOSAL_ROW}
`;

export const REGION_TIE_PROPOSALS: TypedDocumentNode<
  RegionTieProposalsQuery,
  RegionTieProposalsQueryVariables
> = gql`
  query RegionTieProposals($regionId: ID, $myRegions: Boolean!) {
    tieProposals(regionId: $regionId, myRegions: $myRegions, pendingOnly: true, first: 100) {
      tieProposals {
        ...TieProposalRow_tieProposal
      }
    }
  }
  ${TIE_PROPOSAL_ROW}
`;

export const PROPOSE_TIE: TypedDocumentNode<ProposeTieMutation, ProposeTieMutationVariables> = gql`
  mutation ProposeTie($input: ProposeTieInput!) {
    proposeTie(input: $input) {
      ...TieProposalRow_tieProposal
    }
  }
  ${TIE_PROPOSAL_ROW}
`;

export const DECIDE_TIE: TypedDocumentNode<DecideTieMutation, DecideTieMutationVariables> = gql`
  mutation DecideTie($input: DecideTieInput!) {
    decideTie(input: $input) {
      ...TieProposalRow_tieProposal
    }
  }
  ${TIE_PROPOSAL_ROW}
`;
