/**
 * What the filter panel offers, as a fragment on Query that the route spreads into its own query: the key
 * themes and sub-topics, the regional networks and the districts of Saxony (the region tree's second level).
 * Page sizes stay small: the server rejects operations above its complexity limit (cost ~ page size × fields).
 */
import { gql } from '@apollo/client';
import type { FilterPanel_OptionsFragment } from '../../generated/graphql';

/** Saxony, the root of the region tree (region ids are `reg-` + the official AGS key). */
export const STATE_REGION_ID = 'reg-14';

export const FILTER_PANEL_OPTIONS = gql`
  fragment FilterPanel_options on Query {
    topics: search(text: "", first: 50, filter: { labels: [Topic] }) {
      edges {
        node {
          id
          name
          properties
        }
      }
    }
    networks: search(text: "", first: 50, filter: { labels: [Network] }) {
      edges {
        node {
          id
          name
        }
      }
    }
    districts: neighbourhood(
      ids: ["reg-14"]
      depth: 1
      limit: 20
      relationshipTypes: [PART_OF]
      filter: { labels: [Region] }
    ) {
      nodes {
        id
        name
        location {
          latitude
          longitude
        }
      }
    }
  }
`;

export type FilterPanelOptions = FilterPanel_OptionsFragment;

/** The district a region id belongs to: ids are `reg-` + AGS, and a municipality's AGS starts with its district's. */
export function districtOf(regionId: string | null): string | null {
  const match = regionId?.match(/^reg-(\d{5})(\d{3})?$/);
  return match ? `reg-${match[1]}` : null;
}
