/**
 * A synthetic network for the browser bench: `nodes` institutions in loose regional clumps and `edges`
 * cooperations, mostly within a clump, with preset positions (no layout cost), from a seeded generator.
 */
import type { ElementDefinition } from '../../../lib/cytoscape';
import { SECTOR_VALUES } from '../../../lib/domain';

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticView {
  readonly elements: ElementDefinition[];
  readonly positions: Map<string, { x: number; y: number }>;
}

export function syntheticView(nodes: number, edges: number, seed = 42): SyntheticView {
  const next = random(seed);
  const clumps = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const side = Math.ceil(Math.sqrt(clumps));
  const elements: ElementDefinition[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < nodes; i += 1) {
    const clump = i % clumps;
    const id = `syn-${i}`;
    const angle = next() * 2 * Math.PI;
    const radius = 260 * Math.sqrt(next());
    positions.set(id, {
      x: (clump % side) * 700 + radius * Math.cos(angle),
      y: Math.floor(clump / side) * 700 + radius * Math.sin(angle),
    });
    const sector = SECTOR_VALUES[i % SECTOR_VALUES.length] ?? 'civil_society';
    elements.push({
      group: 'nodes',
      data: {
        id,
        name: `Akteur ${i}`,
        label: 'Institution',
        sector,
        colour: '#2e7d4f',
        size: 16,
        ring: 1,
      },
    });
  }
  for (let j = 0; j < edges; j += 1) {
    const a = Math.floor(next() * nodes);
    // Four in five ties stay within the clump.
    const b =
      next() < 0.8
        ? (a + clumps * (1 + Math.floor(next() * (nodes / clumps - 1)))) % nodes
        : Math.floor(next() * nodes);
    if (a === b) continue;
    elements.push({
      group: 'edges',
      data: {
        id: `COOPERATES_WITH:syn-${j}`,
        source: `syn-${a}`,
        target: `syn-${b}`,
        type: 'COOPERATES_WITH',
      },
    });
  }
  return { elements, positions };
}
