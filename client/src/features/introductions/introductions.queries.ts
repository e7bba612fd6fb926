import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  IntroductionActorQuery,
  IntroductionActorQueryVariables,
  IntroductionListQuery,
  IntroductionListQueryVariables,
  MoveIntroductionMutation,
  MoveIntroductionMutationVariables,
  RecordIntroductionMutation,
  RecordIntroductionMutationVariables,
} from '../../generated/graphql';

export const INTRODUCTION_ROW = gql`
  fragment IntroductionRow_introduction on Introduction {
    id
    status
    nextStatuses
    version
    source
    channel
    note
    introducedOn
    actorLabel
    tieId
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

export const RECORD_INTRODUCTION: TypedDocumentNode<
  RecordIntroductionMutation,
  RecordIntroductionMutationVariables
> = gql`
  mutation RecordIntroduction($input: RecordIntroductionInput!) {
    recordIntroduction(input: $input) {
      ...IntroductionRow_introduction
    }
  }
  ${INTRODUCTION_ROW}
`;

export const MOVE_INTRODUCTION: TypedDocumentNode<
  MoveIntroductionMutation,
  MoveIntroductionMutationVariables
> = gql`
  mutation MoveIntroduction($input: MoveIntroductionInput!) {
    moveIntroduction(input: $input) {
      ...IntroductionRow_introduction
    }
  }
  ${INTRODUCTION_ROW}
`;

export const INTRODUCTION_LIST: TypedDocumentNode<
  IntroductionListQuery,
  IntroductionListQueryVariables
> = gql`
  query IntroductionList($regionId: ID, $myRegions: Boolean!, $openOnly: Boolean!) {
    introductions(regionId: $regionId, myRegions: $myRegions, openOnly: $openOnly, first: 100) {
      introductions {
        ...IntroductionRow_introduction
      }
      hasNextPage
    }
  }
  ${INTRODUCTION_ROW}
`;

/** The actor an ally search starts from, for "Vernetzung anstoßen" with one of its allies. */
export const INTRODUCTION_ACTOR: TypedDocumentNode<
  IntroductionActorQuery,
  IntroductionActorQueryVariables
> = gql`
  query IntroductionActor($id: ID!) {
    node(id: $id) {
      id
      name
      label
    }
  }
`;
