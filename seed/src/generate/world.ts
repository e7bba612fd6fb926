/**
 * The generator's working state: regions as places, actors as compact records, and buckets by
 * municipality, district and sector so that "nearby" partners are found without O(n²) scans.
 */
import type { GeoPoint, InstitutionKind, Sector } from '@nzr/graph-schema';
import { SECTORS, enumValues } from '@nzr/graph-schema';
import type { GraphBuilder } from './builder.js';
import type { Random } from './random.js';

export const SECTOR_LIST: readonly Sector[] = enumValues(SECTORS);

export interface Place {
  readonly index: number;
  readonly id: string;
  readonly ags: string;
  readonly name: string;
  readonly urban: boolean;
  readonly population: number;
  readonly point: GeoPoint;
  /** Index into World.districts (for a district: its own index). */
  readonly district: number;
}

/** The kind of an institution plus the farm variant of business, which drives names and themes. */
export type Profile = InstitutionKind | 'farm' | 'citizen';

export interface Institution {
  readonly index: number;
  readonly id: string;
  readonly kind: InstitutionKind;
  readonly profile: Profile;
  readonly sector: Sector;
  readonly sectorIndex: number;
  readonly muni: number;
  readonly point: GeoPoint;
  /** Bit i set when the institution works on KEY_THEME_LIST[i] (or one of its sub-topics). */
  themeMask: number;
  readonly topics: string[];
  readonly members: number[];
  readonly partners: number[];
}

export interface Person {
  readonly index: number;
  readonly id: string;
  readonly muni: number;
  readonly point: GeoPoint;
  themeMask: number;
  readonly topics: string[];
  readonly institutions: number[];
}

export interface World {
  readonly random: Random;
  readonly builder: GraphBuilder;
  readonly districts: readonly Place[];
  readonly municipalities: readonly Place[];
  /** For each municipality: indices of municipalities within NEAR_KM (itself included). */
  readonly near: readonly (readonly number[])[];
  readonly institutions: Institution[];
  readonly persons: Person[];
  /** Municipality indices per district, and all of them. */
  readonly districtMunis: readonly (readonly number[])[];
  readonly allMunis: readonly number[];
  /** [municipality][sectorIndex] → institution indices. */
  readonly instByMuniSector: number[][][];
  /** [municipality] → institution indices of every sector. */
  readonly instByMuniAll: number[][];
  readonly personsByMuni: number[][];
}

export const NEAR_KM = 25;

export function districtOf(world: World, muni: number): number {
  return world.municipalities[muni]?.district ?? 0;
}
