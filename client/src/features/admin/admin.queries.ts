import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { AccountRole } from '@nzr/graph-schema';

export interface AdminAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly disabled: boolean;
  readonly version: number;
  readonly updatedAt: string;
}

const ACCOUNT = gql`
  fragment AccountRow_account on Account {
    id
    email
    displayName
    role
    disabled
    version
    updatedAt
  }
`;

export const ACCOUNTS: TypedDocumentNode<
  { accounts: { nodes: readonly AdminAccount[]; hasNextPage: boolean; endCursor: string | null } },
  { after: string | null }
> = gql`
  query AdminAccounts($after: String) {
    accounts(first: 100, after: $after) {
      nodes {
        ...AccountRow_account
      }
      hasNextPage
      endCursor
    }
  }
  ${ACCOUNT}
`;

export interface AccountInput {
  readonly email: string;
  readonly displayName: string | null;
  readonly role: AccountRole;
  readonly password: string;
}

export const CREATE_ACCOUNT: TypedDocumentNode<
  { createAccount: AdminAccount },
  { input: AccountInput }
> = gql`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRow_account
    }
  }
  ${ACCOUNT}
`;

export interface AccountChange {
  readonly role?: AccountRole;
  readonly disabled?: boolean;
  readonly password?: string;
  readonly displayName?: string;
}

export const UPDATE_ACCOUNT: TypedDocumentNode<
  { updateAccount: AdminAccount },
  { id: string; expectedVersion: number; input: AccountChange }
> = gql`
  mutation UpdateAccount($id: ID!, $expectedVersion: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...AccountRow_account
    }
  }
  ${ACCOUNT}
`;

export const DELETE_ACCOUNT: TypedDocumentNode<{ deleteAccount: boolean }, { id: string }> = gql`
  mutation DeleteAccount($id: ID!) {
    deleteAccount(id: $id)
  }
`;

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly entityIds: readonly string[];
  readonly note: string | null;
  readonly items: readonly { readonly id: string; readonly kind: string; readonly op: string }[];
}

export const AUDIT_LOG: TypedDocumentNode<
  { auditLog: { entries: readonly AuditEntry[]; hasNextPage: boolean; endCursor: string | null } },
  { entityId: string | null; after: string | null; first: number }
> = gql`
  query AdminAuditLog($entityId: ID, $after: String, $first: Int!) {
    auditLog(entityId: $entityId, after: $after, first: $first) {
      entries {
        id
        at
        actorId
        action
        entityIds
        note
        items {
          id
          kind
          op
        }
      }
      hasNextPage
      endCursor
    }
  }
`;
