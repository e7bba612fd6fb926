/**
 * The query table of the store parity test: every Query field that reads the graph, with arguments that reach
 * the demo data (300 actors, seed 42) of a city, a rural district and the whole state, and every export format.
 * Ids are taken from the generated graph, so the table follows the generator.
 */
import { STATE_REGION_ID, regionId } from '@nzr/graph-schema';
import type { GeneratedGraph } from '../src/generate/types.js';

const STATE = STATE_REGION_ID;
const GOERLITZ = regionId('14626');
const LEIPZIG = regionId('14713');

function firstOf(graph: Pick<GeneratedGraph, 'nodes'>, label: string, skip = 0): string {
  const node = graph.nodes.filter(
    (candidate) =>
      candidate.label === label &&
      // Persons every viewer may see, so that guests are asked about someone too.
      (label !== 'Person' || candidate.properties['visibility'] === 'public'),
  )[skip];
  if (!node) throw new Error(`the demo data has no ${label} #${skip}`);
  return node.id;
}

/** Arguments per Query field; each entry is one request. */
export function parityArguments(
  graph: Pick<GeneratedGraph, 'nodes'>,
): Readonly<Record<string, readonly string[]>> {
  const institution = firstOf(graph, 'Institution');
  const otherInstitution = firstOf(graph, 'Institution', 57);
  const person = firstOf(graph, 'Person');
  const network = firstOf(graph, 'Network');
  const project = firstOf(graph, 'Project');
  const resource = firstOf(graph, 'Resource');
  const q = (id: string): string => JSON.stringify(id);
  return {
    alliesNearby: [
      `actorId: ${q(institution)}, radiusKm: 50, limit: 50`,
      `actorId: ${q(person)}, radiusKm: 30`,
      `regionId: ${q(LEIPZIG)}, radiusKm: 20, topicIds: ["top-energy_climate"], limit: 50`,
      'point: { latitude: 51.1515, longitude: 14.9865 }, radiusKm: 60, limit: 50',
    ],
    brokers: [
      `regionId: ${q(STATE)}, network: cooperation, limit: 50`,
      `regionId: ${q(LEIPZIG)}, network: social, limit: 50`,
      `networkId: ${q(network)}, network: cooperation`,
    ],
    fundingMatches: [`regionId: ${q(GOERLITZ)}`, `institutionId: ${q(institution)}`],
    fundingProgrammes: ['first: 50'],
    gapTable: [
      `regionId: ${q(STATE)}`,
      `regionId: ${q(GOERLITZ)}`,
      `regionId: ${q(LEIPZIG)}, topicId: "top-energy_climate"`,
      `networkId: ${q(network)}`,
    ],
    introductionSummary: ['', `regionId: ${q(GOERLITZ)}`],
    linkSuggestions: [
      `regionId: ${q(STATE)}, limit: 50`,
      `regionId: ${q(LEIPZIG)}, limit: 20, crossSectorOnly: true`,
      `regionId: ${q(STATE)}, actorId: ${q(otherInstitution)}`,
    ],
    neighbourhood: [
      `ids: [${q(institution)}], depth: 1, limit: 500`,
      `ids: [${q(person)}, ${q(network)}], depth: 2, limit: 500`,
      `ids: [${q(project)}, ${q(resource)}], depth: 3, limit: 300`,
      `ids: [${q(GOERLITZ)}], depth: 2, limit: 1000, activeOn: "2021-06-30"`,
    ],
    networkGrowth: ['', `regionId: ${q(GOERLITZ)}`, `regionId: ${q(LEIPZIG)}, today: "2025-12-31"`],
    networkOfNetworks: ['', `regionId: ${q(LEIPZIG)}`],
    networks: ['first: 50', `first: 50, filter: { regionId: ${q(LEIPZIG)} }`],
    node: [institution, person, network, project, resource, GOERLITZ].map((id) => `id: ${q(id)}`),
    nodes: [`ids: [${[institution, otherInstitution, person, 'top-transport'].map(q).join(', ')}]`],
    personsWithoutConsent: ['', `regionId: ${q(GOERLITZ)}`],
    possibleDuplicates: [`regionId: ${q(LEIPZIG)}`, `regionId: ${q(STATE)}, limit: 100`],
    projects: ['first: 50'],
    regionComparison: ['', 'since: "2020-01-01"'],
    regions: ['', `parentId: ${q(STATE)}`, `parentId: ${q(GOERLITZ)}`],
    resourceMatches: [`regionId: ${q(LEIPZIG)}`, `actorId: ${q(institution)}, maxDistanceKm: 100`],
    resources: ['first: 50'],
    search: [
      'text: "Energie", first: 100',
      'text: "verein", first: 100',
      'text: "Görlitz", first: 100',
      // Paged prefix searches: the ranking itself (name hits first, then by name) must agree.
      'text: "s", first: 25',
      'text: "leipzig e", first: 10',
      'text: "", first: 100, filter: { labels: [Person] }',
      `text: "", first: 100, filter: { regionId: ${q(LEIPZIG)}, topicIds: ["top-energy_climate"] }`,
      `text: "", first: 100, filter: { networkId: ${q(network)} }`,
    ],
    stats: [''],
    themeCooccurrence: ['', `regionId: ${q(LEIPZIG)}, level: key`],
    topicClusters: [
      `regionId: ${q(STATE)}, mode: themes, limit: 50`,
      `regionId: ${q(STATE)}, mode: cooperation, limit: 50`,
      `networkId: ${q(network)}, mode: themes`,
      'topicId: "top-energy_climate", mode: themes',
    ],
    topics: [''],
    treeNode: [`id: ${q(STATE)}`, `id: ${q(GOERLITZ)}`, 'id: "top-energy_climate"'],
  };
}

/**
 * Query fields about accounts, the audit trail, introductions, proposals and tie proposals (records kept beside
 * the graph), not the graph: their ids and times differ by nature (and a form token is new every time). These
 * records are compared on both stores by the store contract suite.
 */
export const NOT_COMPARED = new Set([
  'accounts',
  'auditLog',
  'introductions',
  'me',
  'myConsent',
  'myTieProposals',
  'pendingProposalCount',
  'personData',
  'proposalFormToken',
  'proposals',
  'tieProposals',
]);

/** Graph queries for coordinators and admins only: asked as admin (guests are refused before any lookup). */
export const STAFF_ONLY = new Set(['personsWithoutConsent', 'possibleDuplicates']);

export const PARITY_EXPORTS: readonly string[] = [
  'json',
  'csv&part=nodes',
  'csv&part=edges',
  'graphml',
  'gexf',
]
  .flatMap((format) =>
    ['', `&regionId=${GOERLITZ}`, '&topicId=top-energy_climate'].map(
      (scope) => `${format}${scope}`,
    ),
  )
  .map((query) => `/api/export?format=${query}`);
