/**
 * Machine-readable reasons as one GraphQL object type: `kind` says which of the optional fields are set (see
 * the ReasonKind descriptions). A flat type rather than a union keeps client queries short
 * (`reasons { kind topicIds km ids sectors ... }`) and lets the client render any language; `explanationDe`
 * beside every `reasons` list is rendered from the same reasons (kernel/explain.ts).
 */
import type { ResourceKind, Sector } from '@nzr/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Reason } from './explain.js';
import { SectorEnum } from '../../graphql/enums.js';
import { ReasonKind, ResourceKindEnum } from './analysis.enums.js';

@ObjectType('Reason', { description: 'One machine-readable reason behind a result.' })
export class ReasonView {
  @Field(() => ReasonKind, { description: 'Kind of reason; says which other fields are set.' })
  kind!: ReasonKind;

  @Field(() => [ID], {
    nullable: true,
    description: 'Topic ids (sharedTopics, matchingTopics, clusterProfile).',
  })
  topicIds?: string[];

  @Field(() => [Float], {
    nullable: true,
    description: 'Share of cluster members per topic, in topicIds order (clusterProfile).',
  })
  topicShares?: number[];

  @Field(() => Float, { nullable: true, description: 'Distance in kilometres (distance).' })
  km?: number;

  @Field(() => [ID], {
    nullable: true,
    description: 'Node ids (commonPartners, sharedMembers, regions).',
  })
  ids?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Intermediaries on a path, asker and target excluded (path).',
  })
  via?: string[];

  @Field(() => [SectorEnum], {
    nullable: true,
    description:
      'Sectors (crossSector, sectorAffinity, sectorGap, brokerage, clusterProfile, eligibleSectors).',
  })
  sectors?: Sector[];

  @Field(() => ResourceKindEnum, {
    nullable: true,
    description: 'Kind of the resources offered (offers).',
  })
  resourceKind?: ResourceKind;

  @Field(() => [ID], { nullable: true, description: 'Ids of the resources offered (offers).' })
  resourceIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids of good-practice projects (goodPractice).',
  })
  projectIds?: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Observed cooperations (sectorGap, sectorAffinity).',
  })
  observed?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Expected cooperations (sectorGap, sectorAffinity).',
  })
  expected?: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Cooperations of each of the two institutions, in pair order (activity).',
  })
  counts?: number[];

  @Field(() => Float, {
    nullable: true,
    description: 'Average cooperations per institution in the region (activity).',
  })
  averageCount?: number;

  @Field(() => Int, { nullable: true, description: 'Open pairs bridged (brokerage).' })
  openPairs?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Actors cut off (cutOff), or cluster size (clusterProfile).',
  })
  actors?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Number of new cross-sector cooperations (newCrossSector).',
  })
  count?: number;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date (deadline: the deadline; newCrossSector: since).',
  })
  date?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Actors per 10,000 inhabitants (regionProfile).',
  })
  actorsPer10k?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of cross-sector cooperations, 0 to 1 (regionProfile).',
  })
  crossSectorShare?: number | null;
}

export function toReasonView(reason: Reason): ReasonView {
  const kind = reason.kind as ReasonKind;
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
      return {
        kind,
        sectors: [...reason.sectors],
        observed: reason.observed,
        expected: reason.expected,
      };
    case 'activity':
      return { kind, counts: [...reason.counts], averageCount: reason.averageCount };
    case 'path':
      return { kind, via: [...reason.via] };
    case 'offers':
      return { kind, resourceKind: reason.resourceKind, resourceIds: [...reason.resourceIds] };
    case 'sectorGap':
      return {
        kind,
        sectors: [...reason.sectors],
        observed: reason.observed,
        expected: reason.expected,
      };
    case 'brokerage':
      return { kind, sectors: [...reason.sectors], openPairs: reason.openPairs };
    case 'cutOff':
      return { kind, actors: reason.actors };
    case 'goodPractice':
      return { kind, projectIds: [...reason.projectIds] };
    case 'deadline':
      return { kind, date: reason.date };
    case 'clusterProfile':
      return {
        kind,
        actors: reason.size,
        topicIds: [...reason.topicIds],
        topicShares: [...reason.topicShares],
        sectors: [...reason.sectors],
      };
    case 'regionProfile':
      return { kind, actorsPer10k: reason.actorsPer10k, crossSectorShare: reason.crossSectorShare };
    case 'newCrossSector':
      return { kind, count: reason.count, date: reason.since };
  }
}

export const toReasonViews = (reasons: readonly Reason[]): ReasonView[] =>
  reasons.map(toReasonView);
