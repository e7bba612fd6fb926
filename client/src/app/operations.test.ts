/**
 * Every document must validate against the schema the server emits (server/schema.graphql). Code generation
 * (`npm run codegen`, src/generated/graphql.ts) checks the same when it runs; this test checks it on every test run,
 * also when the schema changed and nobody regenerated.
 */
import { buildSchema, validate } from 'graphql';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REGION_PICKER } from '../features/filters/RegionPicker';
import { CHOSEN_NODE, SEARCH_BOX } from '../features/search/search.query';
import { STATS_SECTION } from '../features/stats/StatsSection';
import { MAP_DETAILS, MAP_GRAPH, MAP_OPTIONS, MAP_OVERVIEW_START } from './routes/map/map.queries';
import * as ADMIN from '../features/admin/admin.queries';
import * as AUTH from '../features/auth/auth.queries';
import * as EDITING from '../features/editing/editing.queries';
import * as RELATIONSHIPS from '../features/editing/relationships.queries';
import { ALLIES_VIEW } from './routes/analytics/allies.query';
import { BROKERS_VIEW } from './routes/analytics/brokers.query';
import { CLUSTERS_MAP, CLUSTERS_VIEW } from './routes/analytics/clusters.query';
import { FUNDING_VIEW } from './routes/analytics/funding.query';
import { GAPS_VIEW } from './routes/analytics/gaps.query';
import { NETWORKS_VIEW } from './routes/analytics/networks.query';
import { ANALYSIS_OPTIONS } from './routes/analytics/options.query';
import { REGIONS_VIEW } from './routes/analytics/regions.query';
// The emitted schema text (a file, not server code: the client never imports the server).
import schemaText from '../../../server/schema.graphql?raw';

const schema = buildSchema(schemaText);

const OPERATIONS: Record<string, DocumentNode> = {
  // Sign-in, editing and administration (issue 5, item 7).
  ...(Object.fromEntries(
    Object.entries({ ...AUTH, ...EDITING, ...RELATIONSHIPS, ...ADMIN }).filter(
      ([, value]) => typeof value === 'object',
    ),
  ) as Record<string, DocumentNode>),
  SearchBox: SEARCH_BOX,
  ChosenNode: CHOSEN_NODE,
  RegionPicker: REGION_PICKER,
  StatsSection: STATS_SECTION,
  MapGraph: MAP_GRAPH,
  MapOverviewStart: MAP_OVERVIEW_START,
  MapDetails: MAP_DETAILS,
  MapOptions: MAP_OPTIONS,
  // Analytics views (issue 5).
  AnalysisOptions: ANALYSIS_OPTIONS,
  AlliesView: ALLIES_VIEW,
  BrokersView: BROKERS_VIEW,
  ClustersView: CLUSTERS_VIEW,
  ClustersMap: CLUSTERS_MAP,
  FundingView: FUNDING_VIEW,
  GapsView: GAPS_VIEW,
  NetworksView: NETWORKS_VIEW,
  RegionsView: REGIONS_VIEW,
};

describe('GraphQL operations', () => {
  it.each(Object.entries(OPERATIONS))(
    '%s validates against server/schema.graphql',
    (_name, document) => {
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    },
  );
});
