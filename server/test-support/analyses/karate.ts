/**
 * Zachary's karate club as a graphology graph and as a snapshot subgraph, for tests (see ../fixtures/SOURCE.md).
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import type { Subgraph } from '../../src/store/port.js';
import { SubgraphBuilder } from './subgraph-builder.js';

// Read at run time: a JSON import would have to be listed in the server's tsconfig (composite project).
const karate = JSON.parse(
  readFileSync(new URL('./fixtures/karate-club.json', import.meta.url), 'utf8'),
) as { readonly nodes: number; readonly edges: readonly (readonly [number, number])[] };

export const KARATE_EDGES: readonly (readonly number[])[] = karate.edges;

export function karateGraph(): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 1; i <= karate.nodes; i++) graph.addNode(String(i));
  for (const [a, b] of karate.edges) graph.addEdge(String(a), String(b));
  return graph;
}

/** The club as cooperating institutions (all civil society) for snapshot-level analyses. */
export function karateSubgraph(): Subgraph {
  const b = new SubgraphBuilder();
  for (let i = 1; i <= karate.nodes; i++) b.institution(String(i), 'civil_society');
  for (const [x, y] of karate.edges) b.coop(String(x), String(y));
  return b.build();
}
