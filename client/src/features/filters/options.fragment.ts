/**
 * What the filter panel offers, as a fragment on Query that the route spreads into its own query: the key
 * themes and sub-topics, the regional networks and the districts of Saxony (the region tree's second level).
 * Page sizes stay small: the server rejects operations above its complexity limit (cost ~ page size × fields).
 */
import { gql } from '@apollo/client';
import type { FilterPanel_OptionsFragment } from '../../generated/graphql';

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
