/**
 * The client's GraphQL types are written by hand for now, so this test keeps its operations honest: every
 * document must validate against the schema the server emits (server/schema.graphql).
 */
import { buildSchema, validate } from 'graphql';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NEIGHBOURHOOD_VIEW } from '../features/network-map/neighbourhood.query';
import { SEARCH_PANEL } from '../features/search/search.query';
import { STATS_SECTION } from '../features/stats/StatsSection';
// The emitted schema text (a file, not server code: the client never imports the server).
import schemaText from '../../../server/schema.graphql?raw';

const schema = buildSchema(schemaText);

const OPERATIONS: Record<string, DocumentNode> = {
  SearchPanel: SEARCH_PANEL,
  NeighbourhoodView: NEIGHBOURHOOD_VIEW,
  StatsSection: STATS_SECTION,
};

describe('GraphQL operations', () => {
  it.each(Object.entries(OPERATIONS))(
    '%s validates against server/schema.graphql',
    (_name, document) => {
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    },
  );
});
