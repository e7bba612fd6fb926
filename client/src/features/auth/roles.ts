import type { Role } from '@nzr/graph-schema';

/** Roles from least to most rights (graph-schema's ROLES order; the client may import only its types). */
export const ROLE_ORDER = [
  'viewer',
  'member',
  'coordinator',
  'admin',
] as const satisfies readonly Role[];

export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(required);
}
