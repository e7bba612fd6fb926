/**
 * System records kept beside the graph: user accounts and the audit trail. They are not part of the network
 * (no Entity label), so no search, traversal, analysis or export can ever return them.
 */
import { entries } from './enum-entries.js';

export const ACCOUNT_LABEL = 'Account';
export const AUDIT_LABEL = 'AuditEntry';

/** Roles of signed-in accounts, weakest first; an anonymous visitor is a `viewer` without an account. */
export const ROLES = entries([
  ['viewer', 'Gast', 'Viewer'],
  ['member', 'Mitglied', 'Member'],
  ['coordinator', 'Koordination', 'Coordinator'],
  ['admin', 'Administration', 'Admin'],
]);
export type Role = (typeof ROLES)[number]['value'];
export type AccountRole = Exclude<Role, 'viewer'>;

/** Roles an account can have: ROLES without the anonymous viewer, weakest first. */
export const ACCOUNT_ROLES: readonly AccountRole[] = ROLES.map((entry) => entry.value).filter(
  (role): role is AccountRole => role !== 'viewer',
);

/** Whether `role` includes the rights of `required` (admin ⊃ coordinator ⊃ member ⊃ viewer). */
export function roleAtLeast(role: Role, required: Role): boolean {
  const order = ROLES.map((entry) => entry.value);
  return order.indexOf(role) >= order.indexOf(required);
}

export const EMAIL_MAX_LENGTH = 320;
