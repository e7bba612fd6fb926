import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  AccountMenu_AccountFragment,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  MeQuery,
  MeQueryVariables,
} from '../../generated/graphql';

export type Viewer = AccountMenu_AccountFragment;

const VIEWER_FIELDS = gql`
  fragment AccountMenu_account on Account {
    id
    email
    displayName
    role
    actorIds
    regionIds
  }
`;

export const ME: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      ...AccountMenu_account
    }
  }
  ${VIEWER_FIELDS}
`;

export const LOGIN: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      account {
        ...AccountMenu_account
      }
    }
  }
  ${VIEWER_FIELDS}
`;

export const LOGOUT: TypedDocumentNode<LogoutMutation, LogoutMutationVariables> = gql`
  mutation Logout {
    logout
  }
`;
