/**
 * GraphQL documents are static text (codegen reads them without running code), so the two option queries
 * spell the state's region id out; this test ties them to graph-schema's STATE_REGION_ID.
 */
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FILTER_PANEL_OPTIONS } from '../features/filters/options.fragment';
import { ANALYSIS_OPTIONS } from './routes/analytics/options.query';

describe('the districts of the option queries', () => {
  it.each([
    ['FilterPanel_options', FILTER_PANEL_OPTIONS],
    ['AnalysisOptions', ANALYSIS_OPTIONS],
  ])('%s asks for the children of graph-schema’s state region', (_name, document) => {
    expect(print(document)).toContain(`ids: ["${STATE_REGION_ID}"]`);
  });
});
