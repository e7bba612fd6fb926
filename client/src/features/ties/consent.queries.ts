import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type {
  ErasePersonMutation,
  ErasePersonMutationVariables,
  OwnPersonDataQuery,
  OwnPersonDataQueryVariables,
  PersonsWithoutConsentQuery,
  PersonsWithoutConsentQueryVariables,
  RecordConsentMutation,
  RecordConsentMutationVariables,
  WithdrawConsentMutation,
  WithdrawConsentMutationVariables,
} from '../../generated/graphql';

export const WITHDRAW_CONSENT: TypedDocumentNode<
  WithdrawConsentMutation,
  WithdrawConsentMutationVariables
> = gql`
  mutation WithdrawConsent($personId: ID!) {
    withdrawConsent(personId: $personId) {
      id
      valid
      consentWithdrawnOn
    }
  }
`;

export const OWN_PERSON_DATA: TypedDocumentNode<OwnPersonDataQuery, OwnPersonDataQueryVariables> =
  gql`
    query OwnPersonData($id: ID!) {
      personData(id: $id) {
        node {
          id
          label
          name
          properties
        }
        relationships {
          id
          type
          source
          target
          properties
        }
        related {
          id
          label
          name
        }
        audit {
          at
          action
          items {
            op
            kind
            id
            properties
          }
        }
        truncated
      }
    }
  `;

export const ERASE_PERSON: TypedDocumentNode<ErasePersonMutation, ErasePersonMutationVariables> =
  gql`
    mutation ErasePerson($id: ID!) {
      erasePerson(id: $id) {
        deletedNodeIds
      }
    }
  `;

export const PERSONS_WITHOUT_CONSENT: TypedDocumentNode<
  PersonsWithoutConsentQuery,
  PersonsWithoutConsentQueryVariables
> = gql`
  query PersonsWithoutConsent($regionId: ID) {
    personsWithoutConsent(regionId: $regionId, first: 100) {
      persons {
        id
        name
        consentDate
        consentWithdrawnOn
      }
      truncated
    }
  }
`;

export const RECORD_CONSENT: TypedDocumentNode<
  RecordConsentMutation,
  RecordConsentMutationVariables
> = gql`
  mutation RecordConsent($personId: ID!, $consentDate: String!, $purpose: ConsentPurpose!) {
    recordConsent(personId: $personId, consentDate: $consentDate, purpose: $purpose) {
      id
      valid
    }
  }
`;
