/**
 * Brokers (Brückenbauer:innen) and single points of failure of a cooperation or social network.
 * - betweenness (betweenness.ts), Burt's constraint and effective size (structural-holes.ts) per actor;
 * - bridged sector pairs (kernel/sector-bridges.ts): for a broker v, every pair of its contacts j, k in different sectors that are not
 *   tied to each other is an open pair v bridges ("wer verbindet die Kommune mit der Zivilgesellschaft?");
 *   counted for the `pool` actors of highest betweenness (cost deg(v)² + Σ deg(j) each);
 * - cut vertices (articulation.ts) with the number of actors cut off.
 */
import type { Sector } from '@nzr/graph-schema';
import { articulationPoints } from './articulation.js';
import { betweenness } from './betweenness.js';
import type { BetweennessOptions } from './betweenness.js';
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { networkGraph, toCsr } from '../kernel/graphs.js';
import type { NetworkKind } from '../kernel/graphs.js';
import { bridgedPairs } from '../kernel/sector-bridges.js';
import type { SectorBridge } from '../kernel/sector-bridges.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { structuralHoles } from './structural-holes.js';

export interface BrokerOptions extends BetweennessOptions {
  readonly network?: NetworkKind;
  /** Brokers returned, default 20. */
  readonly limit?: number;
  /** Actors (by betweenness) examined for bridged sector pairs, default 100. */
  readonly pool?: number;
}

export interface Broker {
  readonly id: string;
  readonly degree: number;
  readonly betweenness: number;
  readonly constraint: number;
  readonly effectiveSize: number;
  readonly bridges: readonly SectorBridge[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface CutPoint {
  readonly id: string;
  readonly cutOff: number;
  readonly parts: readonly number[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface BrokerageReport {
  readonly brokers: readonly Broker[];
  /** Per sector pair, the brokers bridging it, most open pairs first. */
  readonly bySectorPair: readonly {
    readonly sectors: readonly [Sector, Sector];
    readonly brokers: readonly { readonly id: string; readonly openPairs: number }[];
  }[];
  readonly cutPoints: readonly CutPoint[];
  readonly betweennessExact: boolean;
  readonly sampleSize: number;
  readonly errorBound: number;
}

export function brokerage(snapshot: Snapshot, options: BrokerOptions = {}): BrokerageReport {
  const { network = 'cooperation', limit = 20, pool = 100 } = options;
  const graph = networkGraph(snapshot, network);
  const csr = toCsr(graph);
  const bc = betweenness(graph, options);
  const ranked = csr.ids
    .map((id, i) => ({ i, value: bc.values.get(id) ?? 0 }))
    .filter((x) => x.value > 0)
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, Math.max(pool, limit));
  const holes = structuralHoles(
    csr,
    ranked.map((x) => x.i),
  );
  const sectors = csr.ids.map((id) => snapshot.sectorOf.get(id) ?? null);
  const mark = new Int32Array(csr.ids.length).fill(-1);
  const pairs = new Map<
    string,
    { sectors: [Sector, Sector]; brokers: { id: string; openPairs: number }[] }
  >();
  const brokers = ranked.map(({ i, value }) => {
    const id = csr.ids[i] ?? '';
    const bridges = bridgedPairs(csr, sectors, mark, i);
    for (const b of bridges) {
      const key = b.sectors.join('|');
      const entry = pairs.get(key) ?? { sectors: [...b.sectors], brokers: [] };
      entry.brokers.push({ id, openPairs: b.openPairs });
      pairs.set(key, entry);
    }
    const reasons: Reason[] = bridges.slice(0, 2).map((b) => ({ kind: 'brokerage', ...b }));
    return {
      id,
      degree: (csr.offsets[i + 1] ?? 0) - (csr.offsets[i] ?? 0),
      betweenness: value,
      constraint: holes.constraint[i] ?? Number.NaN,
      effectiveSize: holes.effectiveSize[i] ?? Number.NaN,
      bridges,
      reasons,
      explanationDe: explainDe(snapshot, reasons),
    };
  });
  const bySectorPair = [...pairs.values()]
    .map((p) => ({
      ...p,
      brokers: p.brokers.sort((a, b) => b.openPairs - a.openPairs).slice(0, limit),
    }))
    .sort((a, b) => (b.brokers[0]?.openPairs ?? 0) - (a.brokers[0]?.openPairs ?? 0));
  const cutPoints = articulationPoints(csr).map((cut) => {
    const reasons: Reason[] = [{ kind: 'cutOff', actors: cut.cutOff }];
    return {
      id: csr.ids[cut.index] ?? '',
      cutOff: cut.cutOff,
      parts: cut.parts,
      reasons,
      explanationDe: explainDe(snapshot, reasons),
    };
  });
  return {
    brokers: brokers.slice(0, limit),
    bySectorPair,
    cutPoints,
    betweennessExact: bc.exact,
    sampleSize: bc.sampleSize,
    errorBound: bc.errorBound,
  };
}
