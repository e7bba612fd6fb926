/**
 * A reason on the wire: one flat record whose `kind` says which of the optional fields are set (the GraphQL
 * `Reason` type). Flat rather than a union keeps client queries short; these two functions are the only
 * place that knows which field carries which parameter (a cluster's size travels as `actors`, the start of
 * new cooperations as `date`).
 */
import type { ResourceKind, Sector } from '../enums.js';
import type { Reason, ReasonKind } from './kinds.js';

type Maybe<T> = T | null | undefined;

export interface ReasonFields {
  readonly kind: ReasonKind;
  readonly topicIds?: Maybe<readonly string[]>;
  readonly topicShares?: Maybe<readonly number[]>;
  readonly km?: Maybe<number>;
  readonly ids?: Maybe<readonly string[]>;
  readonly via?: Maybe<readonly string[]>;
  readonly sectors?: Maybe<readonly Sector[]>;
  readonly resourceKind?: Maybe<ResourceKind>;
  readonly resourceIds?: Maybe<readonly string[]>;
  readonly projectIds?: Maybe<readonly string[]>;
  readonly observed?: Maybe<number>;
  readonly expected?: Maybe<number>;
  readonly counts?: Maybe<readonly number[]>;
  readonly averageCount?: Maybe<number>;
  readonly openPairs?: Maybe<number>;
  readonly actors?: Maybe<number>;
  readonly count?: Maybe<number>;
  readonly date?: Maybe<string>;
  readonly actorsPer10k?: Maybe<number>;
  readonly crossSectorShare?: Maybe<number>;
}

/** The wire form of a reason: only the fields of its kind are set. */
export function toReasonFields(reason: Reason): ReasonFields {
  const { kind } = reason;
  switch (reason.kind) {
    case 'sharedTopics':
    case 'matchingTopics':
      return { kind, topicIds: [...reason.topicIds] };
    case 'distance':
      return { kind, km: reason.km };
    case 'commonPartners':
    case 'sharedMembers':
    case 'regions':
      return { kind, ids: [...reason.ids] };
    case 'crossSector':
    case 'eligibleSectors':
      return { kind, sectors: [...reason.sectors] };
    case 'sectorAffinity':
    case 'sectorGap': {
      const { sectors, observed, expected } = reason;
      return { kind, sectors: [...sectors], observed, expected };
    }
    case 'activity':
      return { kind, counts: [...reason.counts], averageCount: reason.averageCount };
    case 'path':
      return { kind, via: [...reason.via] };
    case 'offers':
      return { kind, resourceKind: reason.resourceKind, resourceIds: [...reason.resourceIds] };
    case 'brokerage':
      return { kind, sectors: [...reason.sectors], openPairs: reason.openPairs };
    case 'cutOff':
      return { kind, actors: reason.actors };
    case 'goodPractice':
      return { kind, projectIds: [...reason.projectIds] };
    case 'deadline':
      return { kind, date: reason.date };
    case 'clusterProfile': {
      const { size, topicIds, topicShares, sectors } = reason;
      return {
        kind,
        actors: size,
        topicIds: [...topicIds],
        topicShares: [...topicShares],
        sectors: [...sectors],
      };
    }
    case 'regionProfile':
      return { kind, actorsPer10k: reason.actorsPer10k, crossSectorShare: reason.crossSectorShare };
    case 'newCrossSector':
      return { kind, count: reason.count, date: reason.since };
  }
}

class MissingField extends Error {}

function need<T>(value: Maybe<T>): T {
  if (value === null || value === undefined) throw new MissingField();
  return value;
}

function pair<T>(values: Maybe<readonly T[]>): readonly [T, T] {
  const [first, second] = need(values);
  return [need(first), need(second)];
}

function fromFields(f: ReasonFields): Reason {
  const { kind } = f;
  switch (kind) {
    case 'sharedTopics':
    case 'matchingTopics':
      return { kind, topicIds: need(f.topicIds) };
    case 'distance':
      return { kind, km: need(f.km) };
    case 'commonPartners':
    case 'sharedMembers':
    case 'regions':
      return { kind, ids: need(f.ids) };
    case 'crossSector':
      return { kind, sectors: pair(f.sectors) };
    case 'eligibleSectors':
      return { kind, sectors: need(f.sectors) };
    case 'sectorAffinity':
    case 'sectorGap':
      return {
        kind,
        sectors: pair(f.sectors),
        observed: need(f.observed),
        expected: need(f.expected),
      };
    case 'activity':
      return { kind, counts: pair(f.counts), averageCount: need(f.averageCount) };
    case 'path':
      return { kind, via: need(f.via) };
    case 'offers':
      return { kind, resourceKind: need(f.resourceKind), resourceIds: f.resourceIds ?? [] };
    case 'brokerage':
      return { kind, sectors: pair(f.sectors), openPairs: need(f.openPairs) };
    case 'cutOff':
      return { kind, actors: need(f.actors) };
    case 'goodPractice':
      return { kind, projectIds: need(f.projectIds) };
    case 'deadline':
      return { kind, date: need(f.date) };
    case 'clusterProfile':
      return {
        kind,
        size: need(f.actors),
        topicIds: f.topicIds ?? [],
        topicShares: f.topicShares ?? [],
        sectors: f.sectors ?? [],
      };
    case 'regionProfile':
      return {
        kind,
        actorsPer10k: f.actorsPer10k ?? null,
        crossSectorShare: f.crossSectorShare ?? null,
      };
    case 'newCrossSector':
      return { kind, count: need(f.count), since: need(f.date) };
  }
}

/** The reason a wire record describes; null when a field its kind needs is missing. */
export function reasonFromFields(fields: ReasonFields): Reason | null {
  try {
    return fromFields(fields);
  } catch (error) {
    if (error instanceof MissingField) return null;
    throw error;
  }
}
