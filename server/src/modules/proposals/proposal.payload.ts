/**
 * The payload of a proposal as the API receives it, made tidy (trimmed text, empty optional values dropped)
 * and checked: graph-schema's rules for the label's properties and the limits, then the graph references
 * (the region must be a Region, every topic a Topic).
 */
import { PROPOSAL_LIMITS, validateProposalPayload } from '@nzr/graph-schema';
import type {
  ProposalPayload,
  ProposalTargetLabel,
  PropertyValueInput,
  ValidationIssue,
} from '@nzr/graph-schema';
import { ApiError } from '../../api-errors.js';
import { validationError } from '../../store/errors.js';
import type { GraphNode, GraphStore } from '../../store/port.js';
import type { ProposalPayloadInput } from './proposal.input.js';

function tidyProperties(input: Record<string, unknown>): Record<string, PropertyValueInput> {
  const tidy: Record<string, PropertyValueInput> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    const trimmed = typeof value === 'string' ? value.trim() : value;
    if (trimmed === null || trimmed === undefined || trimmed === '') continue;
    tidy[key] = trimmed as PropertyValueInput;
  }
  return tidy;
}

export function tidyPayload(input: ProposalPayloadInput): ProposalPayload {
  if (JSON.stringify(input ?? null).length > PROPOSAL_LIMITS.MAX_PAYLOAD_BYTES) {
    throw new ApiError('PROPOSAL_TOO_LARGE', 'The proposal is too large; shorten the texts.');
  }
  const resources = (list: readonly { name: string; kind: string }[] | null | undefined) =>
    (list ?? [])
      .map((item) => ({ name: String(item.name ?? '').trim(), kind: item.kind }))
      .filter((item) => item.name !== '');
  return {
    label: input.label as ProposalTargetLabel,
    properties: tidyProperties(input.properties),
    regionId: input.regionId ?? null,
    topicIds: [...new Set(input.topicIds ?? [])],
    offers: resources(input.offers),
    needs: resources(input.needs),
  };
}

/** VALIDATION with every problem; returns the proposed region node (null when none is proposed). */
export async function checkPayload(
  store: GraphStore,
  payload: ProposalPayload,
  mode: 'create' | 'update',
): Promise<GraphNode | null> {
  const issues: ValidationIssue[] = validateProposalPayload(payload, mode);
  if (issues.length > 0) throw validationError(issues);
  const ids = [...(payload.regionId ? [payload.regionId] : []), ...payload.topicIds];
  const found = new Map((await store.getNodes(ids)).map((node) => [node.id, node]));
  const region = payload.regionId ? found.get(payload.regionId) : undefined;
  if (payload.regionId && region?.label !== 'Region') {
    issues.push({ path: 'payload.regionId', message: 'is not a known region' });
  }
  payload.topicIds.forEach((id, index) => {
    if (found.get(id)?.label !== 'Topic') {
      issues.push({ path: `payload.topicIds[${index}]`, message: 'is not a known topic' });
    }
  });
  if (issues.length > 0) throw validationError(issues);
  return region ?? null;
}
