import type { AccountRole } from '@nzr/graph-schema';

/** Roles an account can have (graph-schema's ROLES without the anonymous viewer). */
export const ACCOUNT_ROLES = [
  'member',
  'coordinator',
  'admin',
] as const satisfies readonly AccountRole[];
