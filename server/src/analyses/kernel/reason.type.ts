/**
 * Machine-readable reasons as one GraphQL object type: `kind` says which of the optional fields are set (see
 * the ReasonKind descriptions). A flat type rather than a union keeps client queries short
 * (`reasons { kind topicIds km ids sectors ... }`) and lets the client render any language; `explanationDe`
 * beside every `reasons` list is rendered from the same reasons (kernel/explain.ts).
 */
import { toReasonFields } from '@nzr/graph-schema';
import type { ReasonKind, ResourceKind, Sector } from '@nzr/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Reason } from './explain.js';
import { SectorEnum } from '../../graphql/enums.js';
import { ReasonKindEnum, ResourceKindEnum } from './analysis.enums.js';

@ObjectType('Reason', { description: 'One machine-readable reason behind a result.' })
export class ReasonView {
  @Field(() => ReasonKindEnum, { description: 'Kind of reason; says which other fields are set.' })
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

/** The wire form is graph-schema's (toReasonFields): the one place that knows which field carries what. */
export const toReasonView = (reason: Reason): ReasonView => toReasonFields(reason) as ReasonView;

export const toReasonViews = (reasons: readonly Reason[]): ReasonView[] =>
  reasons.map(toReasonView);
