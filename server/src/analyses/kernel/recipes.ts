/**
 * Snapshot recipes: per analysis, the core labels, relationship types and attached labels of its one
 * `store.subgraph` query (scoped-snapshot.ts), just what the analysis reads. Plain data, exported to the
 * seed's bench (`@nzr/server/analyses`) so that it measures the snapshots the API builds.
 */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';

export interface Recipe {
  readonly labels: readonly NodeLabel[];
  readonly relationshipTypes: readonly RelationshipType[];
  readonly attachLabels?: readonly NodeLabel[];
}

export const RECIPES = {
  gaps: {
    labels: ['Institution'],
    relationshipTypes: ['COOPERATES_WITH', 'WORKS_ON'],
    attachLabels: ['Topic'],
  },
  suggestions: {
    labels: ['Institution'],
    relationshipTypes: ['COOPERATES_WITH', 'WORKS_ON', 'LOCATED_IN'],
    attachLabels: ['Topic', 'Region'],
  },
  cooperationClusters: {
    labels: ['Institution'],
    relationshipTypes: ['COOPERATES_WITH', 'WORKS_ON', 'LOCATED_IN'],
    attachLabels: ['Topic', 'Region'],
  },
  themeClusters: {
    labels: ['Person', 'Institution'],
    relationshipTypes: ['WORKS_ON', 'LOCATED_IN'],
    attachLabels: ['Topic', 'Region'],
  },
  themes: {
    labels: ['Person', 'Institution'],
    relationshipTypes: ['WORKS_ON'],
    attachLabels: ['Topic'],
  },
  cooperationBrokers: { labels: ['Institution'], relationshipTypes: ['COOPERATES_WITH'] },
  socialBrokers: {
    labels: ['Person', 'Institution'],
    relationshipTypes: ['COOPERATES_WITH', 'KNOWS', 'MEMBER_OF'],
  },
  growth: {
    labels: ['Institution'],
    relationshipTypes: ['COOPERATES_WITH'],
    attachLabels: ['Institution'],
  },
  duplicates: {
    labels: ['Person', 'Institution'],
    relationshipTypes: ['LOCATED_IN'],
    attachLabels: ['Region'],
  },
  regions: {
    labels: ['Person', 'Institution'],
    relationshipTypes: ['COOPERATES_WITH', 'LOCATED_IN'],
    attachLabels: ['Region'],
  },
} as const satisfies Record<string, Recipe>;

export type RecipeName = keyof typeof RECIPES;
