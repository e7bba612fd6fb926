/**
 * GraphQL enums several analyses share: the kinds of reasons and of resources. Values equal the values the pure
 * analyses use, so nothing translates between them; descriptions are English. Enums of one analysis live in
 * its folder (brokers.enums.ts, clusters.enums.ts).
 */
import { REASON_KINDS, RESOURCE_KINDS } from '@nzr/graph-schema';
import type { ReasonKind } from '@nzr/graph-schema';
import { registerEnumType } from 'type-graphql';

/** graph-schema's reason kinds as a GraphQL enum object (each value equals its name). */
export const ReasonKindEnum = Object.fromEntries(REASON_KINDS.map((kind) => [kind, kind])) as {
  readonly [K in ReasonKind]: K;
};

const REASON_DESCRIPTIONS: Record<ReasonKind, string> = {
  sharedTopics: 'Both work on the themes in `topicIds`.',
  matchingTopics: 'A programme or resource matches the themes in `topicIds`.',
  distance: 'Distance in `km`.',
  commonPartners: 'Common cooperation partners in `ids`.',
  crossSector: 'Links the two sectors in `sectors`.',
  sectorAffinity:
    'Institutions of the two `sectors` cooperate `observed` times in the region where `expected` would be expected by chance (often when observed > expected, else rarely).',
  activity:
    'Both are already active: `counts` cooperations each, against `averageCount` per institution in the region (well connected when both counts reach it).',
  path: 'Reachable through the contacts in `via` (empty: already directly connected).',
  offers: 'Offers resources of `resourceKind` (`resourceIds`) that are needed.',
  sectorGap: '`observed` cooperations between the `sectors` where `expected` would be expected.',
  brokerage: 'Bridges `openPairs` otherwise unconnected pairs between the `sectors`.',
  cutOff: 'Without this actor, `actors` actors lose their connection to the rest of the network.',
  sharedMembers: 'Shared members in `ids`.',
  goodPractice: 'Shared good-practice projects in `projectIds`.',
  deadline: 'Application deadline `date`.',
  clusterProfile:
    'Cluster of `size` actors, mainly on `topicIds` (with `topicShares`), in `sectors`.',
  regions: 'Regions in `ids`.',
  regionProfile:
    '`actorsPer10k` actors per 10,000 inhabitants and `crossSectorShare` of cross-sector ties.',
  newCrossSector: '`count` new cross-sector cooperations since `since`.',
  eligibleSectors: 'Open to the `sectors` (empty: all sectors).',
};

registerEnumType(ReasonKindEnum, {
  name: 'ReasonKind',
  description: 'Kind of a machine-readable reason; says which fields of the Reason are set.',
  valuesConfig: Object.fromEntries(
    Object.entries(REASON_DESCRIPTIONS).map(([key, description]) => [key, { description }]),
  ),
});

const resourceKinds: Record<string, string> = {};
for (const entry of RESOURCE_KINDS) resourceKinds[entry.value] = entry.value;
export const ResourceKindEnum = resourceKinds;
registerEnumType(ResourceKindEnum, {
  name: 'ResourceKind',
  description: 'Kind of a resource offered or needed.',
  valuesConfig: Object.fromEntries(
    RESOURCE_KINDS.map((r) => [r.value, { description: `${r.en} (${r.de})` }]),
  ),
});
