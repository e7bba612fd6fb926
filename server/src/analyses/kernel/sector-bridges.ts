/**
 * Open cross-sector pairs an actor bridges: contacts j, k in different sectors that are not tied to each other
 * ("wer verbindet die Kommune mit der Zivilgesellschaft?"). Shared by the brokers analysis (per broker) and the
 * gap table (per sector × sector cell: who could bridge that gap).
 */
import { SECTORS } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { degreeOf } from './graphs.js';
import type { Csr } from './graphs.js';

export interface SectorBridge {
  readonly sectors: readonly [Sector, Sector];
  readonly openPairs: number;
}

const SECTOR_ORDER = new Map(SECTORS.map((s, i) => [s.value, i]));

/** The two sectors in SECTORS order, joined as a map key. */
export function sectorPairKey(a: Sector, b: Sector): string {
  return (SECTOR_ORDER.get(a) ?? 0) <= (SECTOR_ORDER.get(b) ?? 0) ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Open cross-sector pairs among v's contacts, per sector pair (sectors in SECTORS order). `mark` is scratch
 * space of csr.ids.length entries, filled with -1 by the caller once (reused across calls).
 */
export function bridgedPairs(
  csr: Csr,
  sectors: readonly (Sector | null)[],
  mark: Int32Array,
  v: number,
): SectorBridge[] {
  const { offsets, targets } = csr;
  const contacts = Array.from(targets.subarray(offsets[v], offsets[v + 1]));
  const counts = new Map<string, number>();
  contacts.forEach((j, a) => {
    const sj = sectors[j];
    if (!sj) return;
    for (let m = offsets[j] ?? 0; m < (offsets[j + 1] ?? 0); m++) mark[targets[m] ?? 0] = j;
    for (let b = a + 1; b < contacts.length; b++) {
      const k = contacts[b] ?? 0;
      const sk = sectors[k];
      if (!sk || sk === sj || mark[k] === j) continue;
      const pair = sectorPairKey(sj, sk);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  });
  return [...counts]
    .map(([key, openPairs]) => ({ sectors: key.split('|') as [Sector, Sector], openPairs }))
    .sort((a, b) => b.openPairs - a.openPairs || a.sectors.join().localeCompare(b.sectors.join()));
}

export interface PairBroker {
  readonly id: string;
  readonly openPairs: number;
}

/**
 * For every cross-sector pair, the actors bridging it, most open pairs first (at most `limit` each). Examined:
 * the `pool` actors (default 300) with contacts in the most sectors, then most contacts; each costs
 * deg(v)² + Σ deg(contacts), so the pool bounds the work in large regions (as the brokers analysis bounds its
 * own by betweenness). In a rural district every actor with contacts in two sectors is examined.
 */
export function brokersBySectorPair(
  csr: Csr,
  sectors: readonly (Sector | null)[],
  limit: number,
  pool = 300,
): Map<string, PairBroker[]> {
  const mark = new Int32Array(csr.ids.length).fill(-1);
  const byPair = new Map<string, PairBroker[]>();
  const candidates: { v: number; spread: number; degree: number }[] = [];
  for (let v = 0; v < csr.ids.length; v++) {
    const degree = degreeOf(csr, v);
    const spread = degree < 2 ? 0 : contactSectors(csr, sectors, v);
    if (spread >= 2) candidates.push({ v, spread, degree });
  }
  candidates.sort((a, b) => b.spread - a.spread || b.degree - a.degree || a.v - b.v);
  for (const { v } of candidates.slice(0, pool)) {
    for (const bridge of bridgedPairs(csr, sectors, mark, v)) {
      const key = sectorPairKey(...bridge.sectors);
      const list = byPair.get(key) ?? [];
      list.push({ id: csr.ids[v] ?? '', openPairs: bridge.openPairs });
      byPair.set(key, list);
    }
  }
  for (const list of byPair.values()) {
    list.sort((a, b) => b.openPairs - a.openPairs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list.splice(limit);
  }
  return byPair;
}

function contactSectors(csr: Csr, sectors: readonly (Sector | null)[], v: number): number {
  const seen = new Set<Sector>();
  for (let m = csr.offsets[v] ?? 0; m < (csr.offsets[v + 1] ?? 0); m++) {
    const s = sectors[csr.targets[m] ?? 0];
    if (s) seen.add(s);
  }
  return seen.size;
}
