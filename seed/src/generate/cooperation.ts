/**
 * Dated cooperations between institutions: mostly local and mostly within a sector, partners chosen by
 * distance decay, theme homophily and preferential attachment, some closing triangles (tie-choice.ts, with
 * the literature of each parameter), plus a few brokers with many cross-sector ties, and a few rural
 * districts where two sectors never cooperate (planted gaps).
 */
import { COOPERATION_KINDS, enumValues } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { addDays } from './random.js';
import { WIDER, drawInstitutions, drawScope } from './nearby.js';
import { CANDIDATES, choosePartner } from './tie-choice.js';
import type { Scope } from './nearby.js';
import type { SectorGap } from './types.js';
import type { Institution, World } from './world.js';
import { SECTOR_LIST, districtOf } from './world.js';

/** Probability that a regular cooperation partner is drawn from the institution's own sector. */
export const SAME_SECTOR = 0.7;
// Cross-sector affinities, rows and columns in SECTOR_LIST order (civil society .. science).
const AFFINITY: readonly (readonly number[])[] = [
  [0, 3, 2, 3, 2, 1],
  [3, 0, 3, 2, 1, 1],
  [2, 3, 0, 2, 0.5, 1.5],
  [3, 2, 2, 0, 1, 2],
  [4, 2, 1, 2, 0, 0.3],
  [2, 2, 3, 3, 0.3, 0],
];
/** In graph-schema's order: project, exchange, funding, service, alliance (the weights follow it). */
const KINDS = enumValues(COOPERATION_KINDS);
const GAP_PAIRS: readonly (readonly [Sector, Sector])[] = [
  ['education', 'business'],
  ['business', 'civil_society'],
  ['education', 'administration'],
];

export class Cooperations {
  private readonly seen = new Set<number>();
  /** district index → sector pair that must not cooperate there. */
  private readonly gapByDistrict = new Map<number, readonly [number, number]>();

  constructor(private readonly world: World) {}

  plantGaps(districts: readonly number[]): SectorGap[] {
    return districts.map((district, i) => {
      const sectors = GAP_PAIRS[i % GAP_PAIRS.length] ?? ['education', 'business'];
      this.gapByDistrict.set(district, [
        SECTOR_LIST.indexOf(sectors[0]),
        SECTOR_LIST.indexOf(sectors[1]),
      ]);
      return { districtId: this.world.districts[district]?.id ?? '', sectors };
    });
  }

  inGapDistrict(institution: Institution): boolean {
    return this.gapByDistrict.has(districtOf(this.world, institution.muni));
  }

  private blockedOneWay(a: Institution, b: Institution): boolean {
    const gap = this.gapByDistrict.get(districtOf(this.world, a.muni));
    if (!gap) return false;
    return (
      (a.sectorIndex === gap[0] && b.sectorIndex === gap[1]) ||
      (a.sectorIndex === gap[1] && b.sectorIndex === gap[0])
    );
  }

  /** Whether the two may cooperate (not the same, not yet tied, not across a planted gap). */
  allowed(a: Institution, b: Institution): boolean {
    if (a.index === b.index || this.blockedOneWay(a, b) || this.blockedOneWay(b, a)) return false;
    return !this.seen.has(this.key(a.index, b.index));
  }

  private key(a: number, b: number): number {
    const n = this.world.institutions.length;
    return a < b ? a * n + b : b * n + a;
  }

  /** Adds a dated cooperation if allowed; returns whether it was added. */
  add(a: Institution, b: Institution): boolean {
    if (!this.allowed(a, b)) return false;
    const { random, builder } = this.world;
    this.seen.add(this.key(a.index, b.index));
    a.partners.push(b.index);
    b.partners.push(a.index);
    const from = random.date('2015-01-01', '2026-10-31');
    const until = random.chance(0.25) ? addDays(from, random.int(180, 1460)) : undefined;
    const business = a.sector === 'business' || b.sector === 'business';
    const kind =
      KINDS[random.weightedIndex(business ? [3, 2, 2, 3, 1] : [4, 4, 1, 1, 2])] ?? 'project';
    builder.relate('COOPERATES_WITH', a.id, b.id, {
      kind,
      from,
      ...(until && until <= '2026-12-31' ? { until } : {}),
    });
    return true;
  }

  /**
   * A partner for `a` in `sectorIndex` (or a sector drawn once, by affinity) from `scope` outwards: CANDIDATES
   * institutions drawn there, one of the allowed ones chosen by tie-choice.ts; when none is allowed, the next
   * attempt looks one scope wider.
   */
  tryTie(a: Institution, scope: Scope, sectorIndex?: number): boolean {
    const { random, institutions } = this.world;
    const sector =
      sectorIndex ??
      (random.chance(SAME_SECTOR)
        ? a.sectorIndex
        : random.weightedIndex(AFFINITY[a.sectorIndex] ?? [1, 1, 1, 1, 1, 1]));
    const scopes = WIDER[scope];
    for (let attempt = 0; attempt < 5; attempt++) {
      const where = scopes[Math.min(attempt >> 1, scopes.length - 1)] ?? 'state';
      const allowed = drawInstitutions(this.world, a.muni, sector, where, CANDIDATES).filter(
        (c) => institutions[c] !== undefined && this.allowed(a, institutions[c]),
      );
      const b = institutions[choosePartner(this.world, a, allowed)];
      if (b && this.add(a, b)) return true;
    }
    return false;
  }

  /** Regular ties: about `mean` initiated per institution, mostly in the municipality or nearby. */
  addRegularTies(mean: number): void {
    const { random, institutions } = this.world;
    for (const a of institutions) {
      const hub = a.kind === 'university' || a.kind === 'administration' ? 2 : 1;
      const ties = random.count(mean * hub);
      for (let i = 0; i < ties; i++) this.tryTie(a, drawScope(this.world, [40, 36, 12, 12]));
    }
  }

  /**
   * Triadic closure (tie-choice.ts): about `mean` ties per institution to a partner of a partner (a regular
   * tie where no triangle can be closed, so the number of ties stays that of REGULAR_TIES), drawn after
   * the regular ties (so most institutions have partners) and before the brokers' (whose dozens of partners
   * would otherwise be tied to each other across sectors).
   */
  addClosureTies(mean: number): void {
    const { random, institutions } = this.world;
    for (const a of institutions) {
      const ties = random.count(mean);
      for (let i = 0; i < ties; i++) {
        if (!this.closeTriangle(a)) this.tryTie(a, drawScope(this.world, [40, 36, 12, 12]));
      }
    }
  }

  /** A tie from `a` to a partner of one of its partners (a few draws); whether one was added. */
  private closeTriangle(a: Institution): boolean {
    const { random, institutions } = this.world;
    for (let attempt = 0; attempt < 5 && a.partners.length > 0; attempt++) {
      const z = institutions[random.pick(a.partners)];
      const b = z && z.partners.length > 0 ? institutions[random.pick(z.partners)] : undefined;
      if (b && this.add(a, b)) return true;
    }
    return false;
  }

  /** Brokers: each gets `ties` cooperations spread over the other sectors. */
  addBrokerTies(brokers: readonly Institution[], ties: number): void {
    for (const broker of brokers) {
      for (let i = 0; i < ties; i++) {
        const sector = (broker.sectorIndex + 1 + (i % 5)) % SECTOR_LIST.length;
        this.tryTie(broker, drawScope(this.world, [10, 45, 30, 15]), sector);
      }
    }
  }
}
