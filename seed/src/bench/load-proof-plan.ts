/**
 * The load proof's request mix (issue 14): reads, whole-graph exports in every format and state-wide analyses,
 * as anonymous visitors. Shared by the parent (which builds it from the dataset) and the load child.
 */
import type { Dataset } from './datasets.js';
import { NEIGHBOURHOOD, NEIGHBOURHOOD_LIMIT, NODE, SEARCH, SEARCH_WORDS } from './queries.js';

export type RequestKind = 'read' | 'export' | 'analysis';

export interface ProofRequest {
  readonly kind: RequestKind;
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export interface ProofPlan {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly healthEveryMs: number;
  readonly requests: readonly ProofRequest[];
}

const STATE = 'reg-14';

const gql = (
  kind: RequestKind,
  name: string,
  query: string,
  variables: object = {},
): ProofRequest => ({
  kind,
  name,
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const exportOf = (format: string, extra = ''): ProofRequest => ({
  kind: 'export',
  name: `export ${format}${extra ? ` (${extra})` : ''}, whole graph`,
  method: 'GET',
  path: `/api/export?format=${format}${extra ? `&${extra}` : ''}`,
});

/** 20 slots: 10 reads, 5 whole-graph exports, 5 analyses (4 state-wide, 1 of the largest district). */
export function proofRequests(dataset: Dataset): ProofRequest[] {
  const actor = (i: number): string => dataset.meta.sampleActorIds[i % 50] ?? '';
  const district = dataset.meta.districts[0]?.id ?? STATE;
  return [
    gql('read', 'search', SEARCH, { text: SEARCH_WORDS[0], first: 20 }),
    gql('read', 'node', NODE, { id: actor(1) }),
    gql('read', 'neighbourhood 1-hop', NEIGHBOURHOOD, {
      ids: [actor(2)],
      depth: 1,
      limit: NEIGHBOURHOOD_LIMIT,
    }),
    exportOf('graphml'),
    gql(
      'analysis',
      'brokers, whole state',
      `{ brokers(regionId: "${STATE}", network: cooperation, limit: 10) { brokers { node { id } betweenness } actors } }`,
    ),
    gql('read', 'search', SEARCH, { text: SEARCH_WORDS[1], first: 20 }),
    gql('read', 'node', NODE, { id: actor(3) }),
    exportOf('gexf'),
    gql(
      'analysis',
      'topic clusters, whole state',
      `{ topicClusters(regionId: "${STATE}", limit: 10) { clusters { id size } modularity actors } }`,
    ),
    gql('read', 'neighbourhood 2-hop', NEIGHBOURHOOD, {
      ids: [actor(4)],
      depth: 2,
      limit: NEIGHBOURHOOD_LIMIT,
    }),
    exportOf('json'),
    gql(
      'analysis',
      'region comparison, whole state',
      '{ regionComparison { regions { region { id } actors } actors } }',
    ),
    gql('read', 'node', NODE, { id: actor(5) }),
    exportOf('csv', 'part=edges'),
    gql(
      'analysis',
      'theme co-occurrence, whole state',
      `{ themeCooccurrence(regionId: "${STATE}") { nodes { topicId } edges { weight } } }`,
    ),
    gql('read', 'search', SEARCH, { text: SEARCH_WORDS[2], first: 20 }),
    exportOf('csv', 'part=nodes'),
    gql(
      'analysis',
      'gap table, largest district',
      `{ gapTable(regionId: "${district}") { cells { observed expected } possiblePairs } }`,
    ),
    gql('read', 'neighbourhood 1-hop', NEIGHBOURHOOD, {
      ids: [actor(6)],
      depth: 1,
      limit: NEIGHBOURHOOD_LIMIT,
    }),
    gql('read', 'node', NODE, { id: actor(7) }),
  ];
}
