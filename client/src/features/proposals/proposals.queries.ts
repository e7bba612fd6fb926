import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  ApproveProposalMutation,
  ApproveProposalMutationVariables,
  PendingProposalCountQuery,
  PendingProposalCountQueryVariables,
  ProposalFormQuery,
  ProposalFormQueryVariables,
  ProposalQueueQuery,
  ProposalQueueQueryVariables,
  RejectProposalMutation,
  RejectProposalMutationVariables,
  SubmitProposalMutation,
  SubmitProposalMutationVariables,
} from '../../generated/graphql';

/** A fresh form token (the form must stay open a moment) and the topics to tick. */
export const PROPOSAL_FORM: TypedDocumentNode<ProposalFormQuery, ProposalFormQueryVariables> = gql`
  query ProposalForm {
    proposalFormToken
    topics: search(text: "", first: 50, filter: { labels: [Topic] }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

export const SUBMIT_PROPOSAL: TypedDocumentNode<
  SubmitProposalMutation,
  SubmitProposalMutationVariables
> = gql`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
      status
    }
  }
`;

export const PROPOSAL_CARD = gql`
  fragment ProposalCard_proposal on Proposal {
    id
    kind
    status
    title
    version
    reason
    contactEmail
    createdAt
    target {
      id
      name
    }
    duplicates {
      id
      name
    }
    payload {
      label
      properties
      region {
        id
        name
      }
      topics {
        id
        name
      }
      offers {
        name
        kind
      }
      needs {
        name
        kind
      }
    }
  }
`;

export type ProposalCardData = ProposalQueueQuery['proposals']['proposals'][number];

export const PROPOSAL_QUEUE: TypedDocumentNode<ProposalQueueQuery, ProposalQueueQueryVariables> =
  gql`
    query ProposalQueue($regionId: ID, $myRegions: Boolean!, $status: ProposalStatus) {
      proposals(regionId: $regionId, myRegions: $myRegions, status: $status, first: 50) {
        proposals {
          ...ProposalCard_proposal
        }
        hasNextPage
      }
    }
    ${PROPOSAL_CARD}
  `;

export const PENDING_PROPOSAL_COUNT: TypedDocumentNode<
  PendingProposalCountQuery,
  PendingProposalCountQueryVariables
> = gql`
  query PendingProposalCount($myRegions: Boolean!) {
    pendingProposalCount(myRegions: $myRegions)
  }
`;

export const APPROVE_PROPOSAL: TypedDocumentNode<
  ApproveProposalMutation,
  ApproveProposalMutationVariables
> = gql`
  mutation ApproveProposal($input: ApproveProposalInput!) {
    approveProposal(input: $input) {
      ...ProposalCard_proposal
    }
  }
  ${PROPOSAL_CARD}
`;

export const REJECT_PROPOSAL: TypedDocumentNode<
  RejectProposalMutation,
  RejectProposalMutationVariables
> = gql`
  mutation RejectProposal($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      ...ProposalCard_proposal
    }
  }
  ${PROPOSAL_CARD}
`;
