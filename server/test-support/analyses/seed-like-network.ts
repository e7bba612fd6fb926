/**
 * A tiny stand-in for the structure of the seed generator (seed/src/generate, not importable from server):
 * institutions in towns spread over a state, themes drawn from a sector profile (so themes correlate with
 * sectors), and ties WITHOUT theme homophily or triadic closure: each institution initiates about 1.35 ties
 * (hubs twice as many), 70 % to its own sector, the partner drawn uniformly from its town (40 %), a town
 * within 25 km (36 %) or anywhere (24 %). What predicts a tie here is sector, nearness and activity; the
 * cross-sector bonus and theme overlap do not (the opposite of syntheticNetwork).
 */
import { SECTORS, TOPIC_TREE } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import type { Subgraph } from '../../src/store/port.js';
import { mulberry32 } from '../../src/analyses/kernel/random.js';
import type { Rng } from '../../src/analyses/kernel/random.js';
import { SubgraphBuilder } from './subgraph-builder.js';

export interface SeedLikeOptions {
  readonly institutions: number;
  /** Number of towns; 1 gives one city (like a kreisfreie Stadt as its own district). */
  readonly towns?: number;
  readonly seed?: number;
}

const SECTOR_LIST: readonly Sector[] = SECTORS.map((s) => s.value);
const SECTOR_SHARE = [0.4, 0.08, 0.22, 0.18, 0.08, 0.04];
const KEY_THEMES = TOPIC_TREE.filter((t) => !t.parent).map((t) => t.key);

function pick(weights: readonly number[], rng: Rng): number {
  let r = rng() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r <= 0) return i;
  }
  return weights.length - 1;
}

function poisson(mean: number, rng: Rng): number {
  let k = 0;
  for (let p = rng(); p > Math.exp(-mean); p *= rng()) k++;
  return k;
}

export function seedLikeNetwork(options: SeedLikeOptions): Subgraph {
  const { institutions: n, seed = 1 } = options;
  const rng = mulberry32(seed);
  const townCount = options.towns ?? Math.max(4, Math.round(n / 40));
  const towns = Array.from({ length: townCount }, () => ({
    lat: 50.4 + rng() * 1.2,
    lon: 12.2 + rng() * 2.6,
    weight: 0.2 + rng() ** 3,
  }));
  const km = (a: number, b: number): number => {
    const x = towns[a] ?? { lat: 0, lon: 0 };
    const y = towns[b] ?? { lat: 0, lon: 0 };
    return Math.hypot((x.lat - y.lat) * 111, (x.lon - y.lon) * 70);
  };
  const near = towns.map((_, t) => towns.flatMap((_, u) => (km(t, u) <= 25 ? [u] : [])));
  const b = new SubgraphBuilder().topicTree();
  // members[town][sector] → institution indices
  const members = towns.map(() => SECTOR_LIST.map((): number[] => []));
  const all = SECTOR_LIST.map((): number[] => []);
  const townOf: number[] = [];
  const sectorOf: number[] = [];
  const hub: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const town = pick(
      towns.map((t) => t.weight),
      rng,
    );
    const sector = pick(SECTOR_SHARE, rng);
    // Themes by sector: the sector's favourite key theme half the time, else any; a sub-topic 60 % of the time.
    const themes = new Set<string>();
    for (let k = 1 + (rng() < 0.4 ? 1 : 0); themes.size < k;) {
      const theme =
        rng() < 0.5
          ? KEY_THEMES[sector % KEY_THEMES.length]
          : KEY_THEMES[pick([1, 1, 1, 1, 1, 1], rng)];
      const subs = TOPIC_TREE.filter((t) => t.parent === theme);
      themes.add(
        rng() < 0.6 && subs.length > 0
          ? (subs[Math.floor(rng() * subs.length)]?.key ?? '')
          : (theme ?? ''),
      );
    }
    townOf.push(town);
    sectorOf.push(sector);
    hub.push(rng() < 0.05);
    members[town]?.[sector]?.push(i);
    all[sector]?.push(i);
    const t = towns[town] ?? { lat: 0, lon: 0 };
    b.institution(`s${i}`, SECTOR_LIST[sector] ?? 'civil_society', {
      lat: t.lat + (rng() - 0.5) * 0.06,
      lon: t.lon + (rng() - 0.5) * 0.09,
      topics: [...themes],
    });
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const ties = poisson(hub[i] ? 2.7 : 1.35, rng);
    for (let e = 0; e < ties; e++) {
      const sector =
        rng() < 0.7
          ? (sectorOf[i] ?? 0)
          : pick(
              SECTOR_LIST.map((_, s) => (s === sectorOf[i] ? 0 : 1)),
              rng,
            );
      const r = rng();
      const town = townOf[i] ?? 0;
      const pool =
        r < 0.4
          ? (members[town]?.[sector] ?? [])
          : r < 0.76
            ? (near[town] ?? []).flatMap((t) => members[t]?.[sector] ?? [])
            : (all[sector] ?? []);
      const j = pool[Math.floor(rng() * pool.length)];
      if (j === undefined || j === i) continue;
      const pair = i < j ? `${i}|${j}` : `${j}|${i}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      b.coop(`s${i}`, `s${j}`);
    }
  }
  return b.build();
}
