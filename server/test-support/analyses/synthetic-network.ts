/**
 * A small, seeded, realistic generator of regional networks for tests and ad-hoc timing (the real seed
 * generator lives in seed/ and is not imported here). Institutions cluster in towns of a district, work on
 * 1-3 topics mostly under one key theme, and cooperate by triadic closure (half the ties) or with a nearby
 * institution with similar themes: the mechanisms the suggestion score is meant to recognise.
 */
import { TOPIC_TREE } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import type { Subgraph } from '../../src/store/port.js';
import { mulberry32 } from '../../src/analyses/kernel/random.js';
import type { Rng } from '../../src/analyses/kernel/random.js';
import { SubgraphBuilder } from './subgraph-builder.js';

export interface SyntheticOptions {
  readonly institutions: number;
  readonly meanDegree?: number;
  readonly towns?: number;
  readonly seed?: number;
  /** Also emit the topic tree and region nodes (default true). */
  readonly withContext?: boolean;
}

const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ['civil_society', 0.4],
  ['administration', 0.1],
  ['business', 0.2],
  ['education', 0.15],
  ['religion', 0.08],
  ['science', 0.07],
];

function pickWeighted<T>(items: readonly (readonly [T, number])[], rng: Rng): T {
  let r = rng() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

export function syntheticNetwork(options: SyntheticOptions): Subgraph {
  const { institutions: n, meanDegree = 4, seed = 7, withContext = true } = options;
  const townCount = options.towns ?? Math.max(3, Math.round(Math.sqrt(n) / 2));
  const rng = mulberry32(seed);
  const b = new SubgraphBuilder();
  if (withContext)
    b.topicTree().node('Region', 'district', { level: 'district', ags: '14627', population: 0 });
  const towns = Array.from({ length: townCount }, (_, t) => ({
    id: `town-${t}`,
    lat: 51.05 + (rng() - 0.5) * 0.6,
    lon: 13.74 + (rng() - 0.5) * 0.9,
    weight: 1 / (t + 1),
    members: [] as number[],
  }));
  if (withContext) {
    for (const t of towns) {
      const population = Math.round(2000 + 100_000 * t.weight);
      b.node('Region', t.id, {
        level: 'municipality',
        ags: '14627000',
        population,
        urban: t.weight > 0.5,
      });
      b.rel('PART_OF', t.id, 'district');
    }
  }
  const keys = TOPIC_TREE.filter((t) => t.parent);
  const townWeights = towns.map((t, i) => [i, t.weight] as const);
  const topicsOf: string[][] = [];
  const at: { lat: number; lon: number }[] = [];
  for (let i = 0; i < n; i++) {
    const town = towns[pickWeighted(townWeights, rng)] ?? towns[0];
    if (!town) break;
    town.members.push(i);
    const main = keys[Math.floor(rng() * keys.length)];
    const topics = new Set<string>(main ? [main.key] : []);
    const extra = Math.floor(rng() * 3);
    for (let e = 0; e < extra; e++) {
      const sibling = keys.filter((k) => (rng() < 0.8 ? k.parent === main?.parent : true));
      const pick = sibling[Math.floor(rng() * sibling.length)];
      if (pick) topics.add(pick.key);
    }
    topicsOf.push([...topics]);
    const lat = town.lat + (rng() - 0.5) * 0.04;
    const lon = town.lon + (rng() - 0.5) * 0.06;
    at.push({ lat, lon });
    b.institution(`i${i}`, pickWeighted(SECTOR_WEIGHTS, rng), {
      lat,
      lon,
      topics: [...topics],
      ...(withContext ? { region: town.id } : {}),
    });
  }
  const adjacency: Set<number>[] = Array.from({ length: n }, () => new Set());
  const link = (x: number, y: number): void => {
    if (x === y || adjacency[x]?.has(y)) return;
    adjacency[x]?.add(y);
    adjacency[y]?.add(x);
    b.coop(`i${x}`, `i${y}`, `20${10 + Math.floor(rng() * 15)}-0${1 + Math.floor(rng() * 9)}-01`);
  };
  const similarity = (x: number, y: number): number => {
    const tx = topicsOf[x] ?? [];
    const ty = topicsOf[y] ?? [];
    const shared = tx.filter((t) => ty.includes(t)).length;
    const px = at[x] ?? { lat: 0, lon: 0 };
    const py = at[y] ?? { lat: 0, lon: 0 };
    const km = Math.hypot((px.lat - py.lat) * 111, (px.lon - py.lon) * 70);
    return (shared + 0.05) * Math.exp(-km / 8);
  };
  const ties = Math.round((n * meanDegree) / 2);
  for (let e = 0; e < ties; e++) {
    const x = Math.floor(rng() * n);
    const partners = [...(adjacency[x] ?? [])];
    if (partners.length > 0 && rng() < 0.5) {
      const z = partners[Math.floor(rng() * partners.length)] ?? x;
      const second = [...(adjacency[z] ?? [])];
      link(x, second[Math.floor(rng() * second.length)] ?? x);
      continue;
    }
    let best = x;
    let bestScore = -1;
    for (let c = 0; c < 20; c++) {
      const y = Math.floor(rng() * n);
      const s = similarity(x, y) * rng();
      if (s > bestScore) [best, bestScore] = [y, s];
    }
    link(x, best);
  }
  return b.build();
}
