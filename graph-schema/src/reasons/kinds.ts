/**
 * Reasons: why an analysis returned a result, as a kind plus its parameters. The server computes them, sends
 * them to the client (flattened into ReasonFields, see fields.ts) and words them in German for
 * `explanationDe`; the client words them in the reader's language. Both word them with ../reasons.ts.
 */
import type { ResourceKind, Sector } from '../enums.js';

export const REASON_KINDS = [
  'sharedTopics',
  'matchingTopics',
  'distance',
  'commonPartners',
  'crossSector',
  'sectorAffinity',
  'activity',
  'path',
  'offers',
  'sectorGap',
  'brokerage',
  'cutOff',
  'sharedMembers',
  'goodPractice',
  'deadline',
  'clusterProfile',
  'regions',
  'regionProfile',
  'newCrossSector',
  'eligibleSectors',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export type Reason =
  | { readonly kind: 'sharedTopics'; readonly topicIds: readonly string[] }
  /** Themes a programme or resource shares with the asker. */
  | { readonly kind: 'matchingTopics'; readonly topicIds: readonly string[] }
  | { readonly kind: 'distance'; readonly km: number }
  | { readonly kind: 'commonPartners'; readonly ids: readonly string[] }
  | { readonly kind: 'crossSector'; readonly sectors: readonly [Sector, Sector] }
  /** Ties between the two sectors in the snapshot against chance (the pair score's sector affinity). */
  | {
      readonly kind: 'sectorAffinity';
      readonly sectors: readonly [Sector, Sector];
      readonly observed: number;
      readonly expected: number;
    }
  /** Cooperations of each of the pair, and the average per institution (the pair score's activity). */
  | {
      readonly kind: 'activity';
      readonly counts: readonly [number, number];
      readonly averageCount: number;
    }
  | { readonly kind: 'path'; readonly via: readonly string[] }
  | {
      readonly kind: 'offers';
      readonly resourceKind: ResourceKind;
      readonly resourceIds: readonly string[];
    }
  | {
      readonly kind: 'sectorGap';
      readonly sectors: readonly [Sector, Sector];
      readonly observed: number;
      readonly expected: number;
    }
  | {
      readonly kind: 'brokerage';
      readonly sectors: readonly [Sector, Sector];
      readonly openPairs: number;
    }
  | { readonly kind: 'cutOff'; readonly actors: number }
  | { readonly kind: 'sharedMembers'; readonly ids: readonly string[] }
  | { readonly kind: 'goodPractice'; readonly projectIds: readonly string[] }
  | { readonly kind: 'deadline'; readonly date: string }
  | {
      readonly kind: 'clusterProfile';
      readonly size: number;
      readonly topicIds: readonly string[];
      readonly topicShares: readonly number[];
      readonly sectors: readonly Sector[];
    }
  | { readonly kind: 'regions'; readonly ids: readonly string[] }
  | {
      readonly kind: 'regionProfile';
      readonly actorsPer10k: number | null;
      readonly crossSectorShare: number | null;
    }
  | { readonly kind: 'newCrossSector'; readonly count: number; readonly since: string }
  /** Sectors a programme is open to; empty = all. */
  | { readonly kind: 'eligibleSectors'; readonly sectors: readonly Sector[] };

/** The reason of one kind, e.g. `ReasonOf<'distance'>`. */
export type ReasonOf<K extends ReasonKind> = Extract<Reason, { readonly kind: K }>;

/** Display name of a node id the reasons mention (actors, topics, regions); undefined when unknown. */
export type NameLookup = (id: string) => string | undefined;
