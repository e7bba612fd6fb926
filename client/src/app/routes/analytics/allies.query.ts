import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { ALLY_LIST_ALLY } from '../../../features/allies/allies.fragment';
import type { AllyData } from '../../../features/allies/allies.fragment';
import type { GeoPoint } from '../../urlState';

export interface AlliesViewData {
  readonly alliesNearby: {
    readonly candidates: number;
    readonly radiusKm: number;
    readonly truncated: boolean;
    readonly center: GeoPoint;
    readonly allies: readonly AllyData[];
  };
}

export interface AlliesViewVariables {
  readonly actorId: string | null;
  readonly regionId: string | null;
  readonly point: GeoPoint | null;
  readonly radiusKm: number;
  readonly topicIds: readonly string[] | null;
}

export const ALLIES_VIEW: TypedDocumentNode<AlliesViewData, AlliesViewVariables> = gql`
  query AlliesView(
    $actorId: ID
    $regionId: ID
    $point: CoordinateInput
    $radiusKm: Float!
    $topicIds: [ID!]
  ) {
    alliesNearby(
      actorId: $actorId
      regionId: $regionId
      point: $point
      radiusKm: $radiusKm
      topicIds: $topicIds
      limit: 25
    ) {
      candidates
      radiusKm
      truncated
      center {
        latitude
        longitude
      }
      allies {
        ...AllyList_ally
      }
    }
  }
  ${ALLY_LIST_ALLY}
`;
