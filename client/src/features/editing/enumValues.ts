/** Runtime copies of graph-schema's enum values for the form selects; the compiler checks completeness. */
import type {
  CooperationKind,
  FunderLevel,
  InstitutionKind,
  NetworkRole,
  ProjectRole,
  RegionLevel,
  ResourceKind,
  Sector,
  Visibility,
} from '@nzr/graph-schema';
import type { Exhaustive } from './specs.check';

export const VISIBILITY = [
  'public',
  'members',
  'coordinators',
] as const satisfies readonly Visibility[];
export const SECTOR = [
  'civil_society',
  'administration',
  'business',
  'education',
  'religion',
  'science',
] as const satisfies readonly Sector[];
export const INSTITUTION_KIND = [
  'association',
  'initiative',
  'municipality',
  'administration',
  'business',
  'school',
  'university',
  'education_provider',
  'parish',
  'research_institute',
  'media',
  'professional_association',
] as const satisfies readonly InstitutionKind[];
export const REGION_LEVEL = [
  'state',
  'district',
  'municipality',
] as const satisfies readonly RegionLevel[];
export const FUNDER_LEVEL = [
  'eu',
  'federal',
  'state',
  'municipal',
  'foundation',
] as const satisfies readonly FunderLevel[];
export const RESOURCE_KIND = [
  'money',
  'material',
  'staff_time',
  'rooms',
  'know_how',
] as const satisfies readonly ResourceKind[];
export const COOPERATION_KIND = [
  'project',
  'exchange',
  'funding',
  'service',
  'alliance',
] as const satisfies readonly CooperationKind[];
export const NETWORK_ROLE = ['member', 'coordinator'] as const satisfies readonly NetworkRole[];
export const PROJECT_ROLE = ['lead', 'partner'] as const satisfies readonly ProjectRole[];

type Item<T extends readonly string[]> = T[number];
export const complete: [
  Exhaustive<Visibility, Item<typeof VISIBILITY>>,
  Exhaustive<Sector, Item<typeof SECTOR>>,
  Exhaustive<InstitutionKind, Item<typeof INSTITUTION_KIND>>,
  Exhaustive<RegionLevel, Item<typeof REGION_LEVEL>>,
  Exhaustive<FunderLevel, Item<typeof FUNDER_LEVEL>>,
  Exhaustive<ResourceKind, Item<typeof RESOURCE_KIND>>,
  Exhaustive<CooperationKind, Item<typeof COOPERATION_KIND>>,
  Exhaustive<NetworkRole, Item<typeof NETWORK_ROLE>>,
  Exhaustive<ProjectRole, Item<typeof PROJECT_ROLE>>,
] = [true, true, true, true, true, true, true, true, true];
