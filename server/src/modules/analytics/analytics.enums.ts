/**
 * GraphQL enums of the analytics API. Values equal the values the pure analytics use (server/src/analytics), so
 * nothing translates between them; descriptions are English.
 */
import { RESOURCE_KINDS } from '@nzr/graph-schema';
import { registerEnumType } from 'type-graphql';

export enum ReasonKind {
  sharedTopics = 'sharedTopics',
  matchingTopics = 'matchingTopics',
  distance = 'distance',
  commonPartners = 'commonPartners',
  crossSector = 'crossSector',
  sectorAffinity = 'sectorAffinity',
  activity = 'activity',
  path = 'path',
  offers = 'offers',
  sectorGap = 'sectorGap',
  brokerage = 'brokerage',
  cutOff = 'cutOff',
  sharedMembers = 'sharedMembers',
  goodPractice = 'goodPractice',
  deadline = 'deadline',
  clusterProfile = 'clusterProfile',
  regions = 'regions',
  regionProfile = 'regionProfile',
  newCrossSector = 'newCrossSector',
  eligibleSectors = 'eligibleSectors',
}

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

registerEnumType(ReasonKind, {
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

export enum AnalysisNetwork {
  cooperation = 'cooperation',
  social = 'social',
}
registerEnumType(AnalysisNetwork, {
  name: 'AnalysisNetwork',
  description: 'Which ties an analysis uses.',
  valuesConfig: {
    cooperation: { description: 'Institutions and their active cooperations.' },
    social: {
      description: 'Persons and institutions with cooperations, memberships and acquaintances.',
    },
  },
});

export enum ClusterMode {
  cooperation = 'cooperation',
  themes = 'themes',
}
registerEnumType(ClusterMode, {
  name: 'ClusterMode',
  description: 'What topic clusters are built from.',
  valuesConfig: {
    cooperation: { description: 'Institutions grouped by their active cooperations.' },
    themes: { description: 'Persons and institutions grouped by the topics they work on.' },
  },
});

export enum ThemeLevel {
  topic = 'topic',
  key = 'key',
}
registerEnumType(ThemeLevel, {
  name: 'ThemeLevel',
  description: 'Granularity of the theme co-occurrence network.',
  valuesConfig: {
    topic: { description: 'Topics as actors name them (sub-topics stay separate).' },
    key: { description: 'Every topic mapped to its key theme (Schlüsselthema).' },
  },
});
