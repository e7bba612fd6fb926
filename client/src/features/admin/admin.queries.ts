import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  AccountRow_AccountFragment,
  AdminAccountsQuery,
  AdminAccountsQueryVariables,
  AdminAuditLogQuery,
  AdminAuditLogQueryVariables,
  CreateAccountMutation,
  CreateAccountMutationVariables,
  DeleteAccountMutation,
  DeleteAccountMutationVariables,
  UpdateAccountInput,
  UpdateAccountMutation,
  UpdateAccountMutationVariables,
} from '../../generated/graphql';

export type AdminAccount = AccountRow_AccountFragment;

const ACCOUNT = gql`
  fragment AccountRow_account on Account {
    id
    email
    displayName
    role
    disabled
    version
    updatedAt
    actorIds
    regionIds
    actors {
      id
      name
      label
    }
  }
`;

export const ACCOUNTS: TypedDocumentNode<AdminAccountsQuery, AdminAccountsQueryVariables> = gql`
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

export const CREATE_ACCOUNT: TypedDocumentNode<
  CreateAccountMutation,
  CreateAccountMutationVariables
> = gql`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRow_account
    }
  }
  ${ACCOUNT}
`;

export type AccountChange = UpdateAccountInput;

export const UPDATE_ACCOUNT: TypedDocumentNode<
  UpdateAccountMutation,
  UpdateAccountMutationVariables
> = gql`
  mutation UpdateAccount($id: ID!, $expectedVersion: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...AccountRow_account
    }
  }
  ${ACCOUNT}
`;

export const DELETE_ACCOUNT: TypedDocumentNode<
  DeleteAccountMutation,
  DeleteAccountMutationVariables
> = gql`
  mutation DeleteAccount($id: ID!) {
    deleteAccount(id: $id)
  }
`;

export const AUDIT_LOG: TypedDocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables> = gql`
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
