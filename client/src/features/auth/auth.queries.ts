import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { AccountRole } from '@nzr/graph-schema';

export interface Viewer {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
}

const VIEWER_FIELDS = gql`
  fragment AccountMenu_account on Account {
    id
    email
    displayName
    role
  }
`;

export const ME: TypedDocumentNode<{ me: Viewer | null }, Record<string, never>> = gql`
  query Me {
    me {
      ...AccountMenu_account
    }
  }
  ${VIEWER_FIELDS}
`;

export const LOGIN: TypedDocumentNode<
  { login: { token: string; expiresAt: string; account: Viewer } },
  { email: string; password: string }
> = gql`
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

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;
