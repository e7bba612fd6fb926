/**
 * Exports that load everywhere: the GraphML and GEXF of the whole visible graph, for an anonymous viewer and a
 * coordinator, are valid against the GraphML 1.0 and GEXF 1.3 schemas (xmllint) and networkx reads them with
 * the export's node count per label, edge count per type and every attribute. Readers missing locally skip
 * with a printed reason; CI requires them (test-support/import-export/export-readers.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { colourOf } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCHEMAS,
  networkxReader,
  readWithNetworkx,
  validate,
  xmllintReader,
} from '../../../test-support/import-export/export-readers.js';
import type { NetworkxSummary } from '../../../test-support/import-export/export-readers.js';
import { viewerFor } from '../../auth/viewer.js';
import type { ExportGraph } from './export-formats/columns.js';
import { edgeHead, edgeKeys, flatProperties } from './export-formats/columns.js';
import { toCsv } from './export-formats/csv.js';
import { toGexf } from './export-formats/gexf.js';
import { toGraphml } from './export-formats/graphml.js';
import { ExportService } from './export.service.js';
import { openTestStore } from '../../../test-support/import-export/import-store.js';
import type { TestStore } from '../../../test-support/import-export/import-store.js';

const GRAPHML_XSD = path.join(SCHEMAS, 'graphml-1.0', 'graphml.xsd');
const GEXF_XSD = path.join(SCHEMAS, 'gexf-1.3', 'gexf.xsd');
const xmllint = xmllintReader();
const networkx = networkxReader();

let t: TestStore;
let dir = '';
beforeAll(async () => {
  t = await openTestStore();
  dir = await mkdtemp(path.join(tmpdir(), 'nzr-interop-'));
  // Persons of every visibility placed in Görlitz, so the whole-graph export reaches them.
  await t.store.upsert({
    nodes: [],
    relationships: ['per-anna', 'per-bernd', 'per-carla'].map((id) => ({
      type: 'LOCATED_IN' as const,
      id: `li-${id}`,
      from: id,
      to: 'reg-14626',
      properties: {},
    })),
  });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function expectSameAsExport(read: NetworkxSummary, graph: ExportGraph): void {
  expect(read.directed).toBe(true);
  expect(read.nodes).toEqual(countBy(graph.nodes, (node) => node.label));
  expect(read.edges).toEqual(countBy(graph.relationships, (rel) => rel.type));
  for (const node of graph.nodes) {
    expect(read.nodeAttributes[node.id], node.id).toMatchObject(flatProperties(node.properties));
  }
  const keys = edgeKeys(graph.relationships);
  graph.relationships.forEach((rel, index) => {
    const attributes = read.edgeAttributes[keys[index] ?? rel.id];
    expect(attributes, rel.id).toMatchObject({
      ...flatProperties(rel.properties),
      ...edgeHead(rel),
    });
  });
}

describe.each([
  ['anonymous', viewerFor('viewer', null)],
  ['coordinator', viewerFor('coordinator', 'acc-c')],
] as const)('the whole-graph export for %s', (name, viewer) => {
  let graph: ExportGraph;
  const file = (ext: string): string => path.join(dir, `${name}.${ext}`);
  beforeAll(async () => {
    graph = await new ExportService(t.store, viewer).graph({ all: true });
    await writeFile(file('graphml'), toGraphml(graph));
    await writeFile(file('gexf'), toGexf(graph));
  });

  it.skipIf(!xmllint.available)('GraphML is valid against the GraphML 1.0 schema', () => {
    expect(validate(file('graphml'), GRAPHML_XSD)).toBe('');
  });

  it.skipIf(!xmllint.available)('GEXF is valid against the GEXF 1.3 schema', () => {
    expect(validate(file('gexf'), GEXF_XSD)).toBe('');
  });

  it.skipIf(!networkx.available)('networkx reads both with every node, edge and attribute', () => {
    const read = readWithNetworkx(file('graphml'), file('gexf'));
    expectSameAsExport(read.graphml, graph);
    expectSameAsExport(read.gexf, graph);
    const goerlitz = graph.nodes.find((node) => node.id === 'ins-energie-goerlitz');
    expect(read.gexf.nodeAttributes['ins-energie-goerlitz']).toMatchObject({
      label: goerlitz?.properties.name,
      nodeLabel: 'Institution',
    });
    // The map's colour (by sector) and a position from the location, as the map's geographic layout.
    const viz = read.gexf.nodeAttributes['ins-energie-goerlitz']?.viz as {
      color: { r: number; g: number; b: number };
      position: { x: number; y: number };
    };
    const hex = colourOf('Institution', goerlitz?.properties.sector as Sector);
    const channel = (at: number): number => parseInt(hex.slice(at, at + 2), 16);
    expect(viz.color).toMatchObject({ r: channel(1), g: channel(3), b: channel(5) });
    expect(Number.isFinite(viz.position.x) && Number.isFinite(viz.position.y)).toBe(true);
  });

  it('declares personal columns only to viewers who may see them', () => {
    const declared = [
      toGraphml(graph).match(/attr\.name="(email|consentDate)"/g) ?? [],
      toGexf(graph).match(/title="(email|consentDate)"/g) ?? [],
      (toCsv(graph, 'nodes').split('\n')[0] ?? '').match(/email|consentDate/g) ?? [],
    ].map((found) => found.length);
    expect(declared).toEqual(name === 'anonymous' ? [0, 0, 0] : [2, 2, 2]);
  });
});

describe.skipIf(!xmllint.available)('the schemas reject what readers would refuse', () => {
  it('GraphML: an edge to a node not in the file', async () => {
    const bad = path.join(dir, 'dangling.graphml');
    await writeFile(
      bad,
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph id="G" edgedefault="directed">' +
        '<node id="a"/><edge id="e" source="a" target="b"/></graph></graphml>',
    );
    expect(validate(bad, GRAPHML_XSD)).toMatch(/b/);
  });

  it('GEXF: an attribute value without its value', async () => {
    const bad = path.join(dir, 'no-value.gexf');
    await writeFile(
      bad,
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"><attvalues>' +
        '<attvalue for="x"/></attvalues></node></nodes><edges/></graph></gexf>',
    );
    expect(validate(bad, GEXF_XSD)).toMatch(/value/);
  });
});
