import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerFor } from '../../auth/viewer.js';
import type { Viewer } from '../../auth/viewer.js';
import type { ExportGraph } from './export-formats/columns.js';
import { toCsv } from './export-formats/csv.js';
import { toGexf } from './export-formats/gexf.js';
import { toGraphml } from './export-formats/graphml.js';
import { toJson } from './export-formats/json.js';
import { ExportService, ExportTooLargeError } from './export.service.js';
import type { ExportQuery } from './export.service.js';
import { openTestStore } from '../../../test-support/import-export/import-store.js';
import type { TestStore } from '../../../test-support/import-export/import-store.js';

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
  // Place the three persons (public, members, coordinators) in Görlitz so region exports reach them.
  await t.store.upsert({
    nodes: [
      {
        label: 'Institution',
        id: 'ins-formel',
        properties: {
          name: '=HYPERLINK("http://evil")',
          kind: 'initiative',
          sector: 'civil_society',
        },
      },
    ],
    relationships: ['per-anna', 'per-bernd', 'per-carla', 'ins-formel'].map((id) => ({
      type: 'LOCATED_IN' as const,
      id: `li-${id}`,
      from: id,
      to: 'reg-14626',
      properties: {},
    })),
  });
});
afterAll(() => t.close());

const ANONYMOUS = viewerFor('viewer', null);
const MEMBER = viewerFor('member', 'acc-m');
const COORDINATOR = viewerFor('coordinator', 'acc-c');
const GOERLITZ: ExportQuery = { scope: { regionId: 'reg-14626' } };

const exportOf = (viewer: Viewer, query: ExportQuery = GOERLITZ): Promise<ExportGraph> =>
  new ExportService(t.store, viewer).graph(query);
const ids = (graph: ExportGraph): string[] => graph.nodes.map((node) => node.id).sort();
const persons = (graph: ExportGraph): string[] =>
  graph.nodes
    .filter((node) => node.label === 'Person')
    .map((node) => node.id)
    .sort();

describe('export visibility', () => {
  it.each([
    ['anonymous', ANONYMOUS, ['per-anna']],
    ['member', MEMBER, ['per-anna', 'per-bernd']],
    ['coordinator', COORDINATOR, ['per-anna', 'per-bernd', 'per-carla']],
  ] as const)(
    'a region export for %s holds only visible persons',
    async (_name, viewer, expected) => {
      const graph = await exportOf(viewer);
      expect(persons(graph)).toEqual(expected);
      const nodeIds = new Set(ids(graph));
      for (const rel of graph.relationships) {
        expect(nodeIds.has(rel.from) && nodeIds.has(rel.to)).toBe(true);
      }
    },
  );

  it('shows e-mail and consent date to coordinators only', async () => {
    const anna = async (viewer: Viewer) =>
      (await exportOf(viewer)).nodes.find((node) => node.id === 'per-anna')?.properties;
    expect(await anna(MEMBER)).toEqual({ name: 'Anna Öztürk', visibility: 'public' });
    expect(await anna(COORDINATOR)).toMatchObject({
      email: 'anna@example.org',
      consentDate: '2025-03-01',
    });
  });

  it('never leaks hidden persons through neighbourhoods or the whole graph', async () => {
    for (const query of [
      { ids: ['ins-energie-goerlitz', 'per-bernd'], depth: 2 },
      { all: true },
    ] as const) {
      const anonymous = await exportOf(ANONYMOUS, query);
      expect(persons(anonymous)).toEqual(['per-anna']);
      const member = await exportOf(MEMBER, query);
      expect(persons(member)).toEqual(['per-anna', 'per-bernd']);
      expect(JSON.stringify(member)).not.toContain('Carla');
    }
  });

  it('exports the whole visible graph from the state region down', async () => {
    const graph = await exportOf(COORDINATOR, { all: true });
    expect(ids(graph)).toEqual(
      expect.arrayContaining(['ins-gruene-liga', 'ins-schule-loebau', 'reg-14713']),
    );
  });

  it('refuses exports above the node limit', async () => {
    const service = new ExportService(t.store, COORDINATOR, { maxNodes: 3 });
    await expect(service.graph(GOERLITZ)).rejects.toThrow(ExportTooLargeError);
  });
});

describe('export formats, read back by real parsers', () => {
  let graph: ExportGraph;
  beforeAll(async () => {
    graph = await exportOf(COORDINATOR);
  });
  const node = (id: string) => graph.nodes.find((n) => n.id === id);

  it('JSON round trip', () => {
    const parsed = JSON.parse(toJson(graph)) as { nodes: unknown[]; relationships: unknown[] };
    expect(parsed.nodes).toEqual(
      graph.nodes.map(({ id, label, properties }) => ({ id, label, properties })),
    );
    expect(parsed.relationships).toHaveLength(graph.relationships.length);
  });

  it('CSV nodes and edges parse back with csv-parse', () => {
    const nodes = parseCsv(toCsv(graph, 'nodes'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(nodes.find((row) => row.id === 'ins-energie-goerlitz')).toMatchObject({
      label: 'Institution',
      name: 'Bürgerenergie Görlitz eG',
      latitude: '51.152',
      longitude: '14.987',
    });
    // Formula injection: the cell is defused with a leading apostrophe.
    expect(nodes.find((row) => row.id === 'ins-formel')?.name).toBe(`'=HYPERLINK("http://evil")`);
    const edges = parseCsv(toCsv(graph, 'edges', ';'), {
      bom: true,
      columns: true,
      delimiter: ';',
    }) as Record<string, string>[];
    expect(edges).toHaveLength(graph.relationships.length);
    expect(edges.find((row) => row.id === 'co-1')).toMatchObject({
      type: 'COOPERATES_WITH',
      source: 'ins-energie-goerlitz',
      target: 'ins-schule-loebau',
      kind: 'project',
      from: '2024-01-01',
    });
  });

  it('GraphML parses back with graphology-graphml', () => {
    const parsed = parseGraphml(MultiGraph, toGraphml(graph));
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.relationships.length);
    expect(parsed.getNodeAttributes('ins-energie-goerlitz')).toMatchObject({
      label: 'Institution',
      name: node('ins-energie-goerlitz')?.properties.name,
      latitude: 51.152,
    });
    // Every edge directed (networkx refuses mixed files); symmetric types say so in an attribute.
    expect(parsed.getEdgeAttributes('co-1')).toMatchObject({
      type: 'COOPERATES_WITH',
      kind: 'project',
      symmetric: true,
    });
    expect(parsed.getEdgeAttributes('mo-1')).toMatchObject({ symmetric: false });
    expect(parsed.isDirected('co-1') && parsed.isDirected('mo-1')).toBe(true);
  });

  it('GEXF parses back with graphology-gexf', () => {
    const parsed = parseGexf(MultiGraph, toGexf(graph));
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.relationships.length);
    expect(parsed.getNodeAttributes('per-anna')).toMatchObject({
      nodeLabel: 'Person',
      name: 'Anna Öztürk',
      email: 'anna@example.org',
    });
    expect(parsed.getEdgeAttributes('mo-1')).toMatchObject({ type: 'MEMBER_OF', role: 'Vorstand' });
    expect(parsed.getEdgeAttributes('co-1')).toMatchObject({ symmetric: true });
    expect(parsed.isDirected('co-1')).toBe(true);
  });
});
