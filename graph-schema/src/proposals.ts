/**
 * Proposals ("Eintrag vorschlagen"): anyone proposes a new institution or project, a member who acts for an
 * entry proposes a change to it. A proposal is a system record beside the graph (label Proposal, no Entity
 * label), like introductions: no search, traversal, analysis or export reaches it, and the graph stays
 * untouched until a coordinator approves. The payload is checked against the property specs of its label.
 */
import { entries } from './enum-entries.js';
import { RESOURCE_KINDS, enumValues } from './enums.js';
import { NODE_LABELS } from './labels.js';
import type { GeoPoint } from './properties.js';
import { validateId, validateProperties } from './validation.js';
import type { ValidationIssue } from './validation.js';

export const PROPOSAL_LABEL = 'Proposal';

export const PROPOSAL_STATUSES = entries([
  ['pending', 'Offen', 'Pending'],
  ['approved', 'Angenommen', 'Approved'],
  ['rejected', 'Abgelehnt', 'Rejected'],
]);
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]['value'];

/** Only a pending proposal is decided; a decision is final (a new idea is a new proposal). */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  pending: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

export function canMoveProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return PROPOSAL_TRANSITIONS[from].includes(to);
}

/**
 * Retention of a proposal that nobody decides: after this many days (server env PROPOSAL_RETENTION_DAYS) it is
 * rejected with PROPOSAL_EXPIRED_REASON by the system, and its contact e-mail and address key are erased.
 */
export const PROPOSAL_RETENTION_DEFAULT_DAYS = 180;
export const PROPOSAL_EXPIRED_REASON = 'abgelaufen';

export const PROPOSAL_KINDS = entries([
  ['new', 'Neuer Eintrag', 'New entry'],
  ['change', 'Änderung', 'Change'],
]);
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]['value'];

/** What may be proposed: organisations and initiatives (Institution) and projects. */
export const PROPOSAL_TARGET_LABELS = ['Institution', 'Project'] as const;
export type ProposalTargetLabel = (typeof PROPOSAL_TARGET_LABELS)[number];

/** Labels that may offer or need resources (graph-schema OFFERS / NEEDS). */
export const PROPOSAL_RESOURCE_LABELS: readonly ProposalTargetLabel[] = ['Institution'];

/** Size limits of one proposal: enough for a real entry, too small to be a dumping ground. */
export const PROPOSAL_LIMITS = {
  MAX_TOPICS: 12,
  MAX_RESOURCES: 10,
  MAX_RESOURCE_NAME: 200,
  MAX_DESCRIPTION: 2000,
  MAX_REASON: 1000,
  /** Bytes of the JSON payload, checked before anything else. */
  MAX_PAYLOAD_BYTES: 16_000,
  MAX_CONTACT_EMAIL: 320,
} as const;

/**
 * Abuse limits of anonymous proposals (per client address): at most PER_HOUR proposals an hour, at most
 * PENDING waiting at once, and a form must be open at least MIN_FILL_SECONDS (bots send at once) and at most
 * FORM_TOKEN_HOURS (then it is reloaded).
 */
export const PROPOSAL_ABUSE_LIMITS = {
  PER_HOUR: 5,
  PENDING: 3,
  MIN_FILL_SECONDS: 3,
  FORM_TOKEN_HOURS: 24,
} as const;

/** The refusals of a proposal, each an API error code with a German and English message in the client. */
export const PROPOSAL_REFUSALS = [
  'PROPOSAL_FORM_INVALID',
  'PROPOSAL_TOO_FAST',
  'PROPOSAL_TOO_LARGE',
  'TOO_MANY_PENDING_PROPOSALS',
] as const;
export type ProposalRefusal = (typeof PROPOSAL_REFUSALS)[number];

/** A property value as proposed (the stores' PropertyValue). */
export type PropertyValueInput = string | number | boolean | GeoPoint | string[];

export interface ProposedResource {
  readonly name: string;
  readonly kind: string;
}

/** What a proposal would write: the entry's properties and its relationships to topics, region, resources. */
export interface ProposalPayload {
  readonly label: ProposalTargetLabel;
  /** Node properties (create: required ones present; change: only those to set). */
  readonly properties: Readonly<Record<string, PropertyValueInput>>;
  /** Municipality (or other region) the entry is LOCATED_IN; null: none (change: keep). */
  readonly regionId: string | null;
  /** Topics the entry WORKS_ON (change: topics to add). */
  readonly topicIds: readonly string[];
  readonly offers: readonly ProposedResource[];
  readonly needs: readonly ProposedResource[];
}

const RESOURCE_KIND_VALUES: readonly string[] = enumValues(RESOURCE_KINDS);

function checkResources(
  list: unknown,
  path: string,
  allowed: boolean,
  issues: ValidationIssue[],
): void {
  if (!Array.isArray(list)) {
    issues.push({ path, message: 'must be a list' });
    return;
  }
  if (!allowed && list.length > 0)
    issues.push({ path, message: 'only institutions offer or need' });
  if (list.length > PROPOSAL_LIMITS.MAX_RESOURCES) {
    issues.push({ path, message: `at most ${PROPOSAL_LIMITS.MAX_RESOURCES} entries` });
  }
  list.forEach((item: Partial<ProposedResource> | null, index) => {
    const name = typeof item?.name === 'string' ? item.name.trim() : '';
    if (name === '' || name.length > PROPOSAL_LIMITS.MAX_RESOURCE_NAME) {
      issues.push({
        path: `${path}[${index}].name`,
        message: `must be 1-${PROPOSAL_LIMITS.MAX_RESOURCE_NAME} characters`,
      });
    }
    if (!RESOURCE_KIND_VALUES.includes(String(item?.kind))) {
      issues.push({ path: `${path}[${index}].kind`, message: 'is not a resource kind' });
    }
  });
}

/**
 * Every problem of a payload, for a new entry (`create`: required properties present) or a change
 * (`update`: partial properties). Relationship targets (topics, region) are checked for existence by the
 * server, which knows the graph.
 */
export function validateProposalPayload(
  payload: ProposalPayload,
  mode: 'create' | 'update',
): ValidationIssue[] {
  if (typeof payload !== 'object' || payload === null) {
    return [{ path: 'payload', message: 'must be an object' }];
  }
  const labels: readonly string[] = PROPOSAL_TARGET_LABELS;
  if (!labels.includes(payload.label)) {
    return [{ path: 'payload.label', message: `must be one of ${labels.join(', ')}` }];
  }
  const issues = validateProperties(
    NODE_LABELS[payload.label].properties,
    payload.properties,
    mode,
    'payload.properties',
  );
  const text = payload.properties?.description;
  if (typeof text === 'string' && text.length > PROPOSAL_LIMITS.MAX_DESCRIPTION) {
    issues.push({
      path: 'payload.properties.description',
      message: `at most ${PROPOSAL_LIMITS.MAX_DESCRIPTION} characters in a proposal`,
    });
  }
  if (payload.regionId !== null) issues.push(...validateId(payload.regionId, 'payload.regionId'));
  if (!Array.isArray(payload.topicIds)) {
    issues.push({ path: 'payload.topicIds', message: 'must be a list' });
  } else {
    if (payload.topicIds.length > PROPOSAL_LIMITS.MAX_TOPICS) {
      issues.push({
        path: 'payload.topicIds',
        message: `at most ${PROPOSAL_LIMITS.MAX_TOPICS} topics`,
      });
    }
    payload.topicIds.forEach((id, i) => issues.push(...validateId(id, `payload.topicIds[${i}]`)));
  }
  const resources = PROPOSAL_RESOURCE_LABELS.includes(payload.label);
  checkResources(payload.offers, 'payload.offers', resources, issues);
  checkResources(payload.needs, 'payload.needs', resources, issues);
  return issues;
}
