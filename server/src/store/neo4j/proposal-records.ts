/**
 * Neo4j Proposal nodes ↔ proposal records, and the property keys these nodes carry (the Cypher lint test
 * learns them from here). The payload is nested, so it is stored as JSON text. Anything that does not fit is
 * STORE_CORRUPT.
 */
import neo4j from 'neo4j-driver';
import type {
  ProposalKind,
  ProposalPayload,
  ProposalStatus,
  ProposalTargetLabel,
} from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { Proposal } from '../port.js';
import { PROPOSAL_FIELDS } from '../shared/proposals.js';
import { int } from './params.js';
import type { ParamValue } from './params.js';
import { toNumber, toText } from './records.js';

/** The saved fields (one list, store/shared/proposals.ts) plus identity and the system properties. */
export const PROPOSAL_KEYS = [
  'id',
  ...PROPOSAL_FIELDS,
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Proposal)[];

export function proposalField(value: unknown): Proposal {
  if (!neo4j.isNode(value)) {
    throw new StoreError('STORE_CORRUPT', 'expected a proposal node in the query result');
  }
  const props = value.properties as Record<string, unknown>;
  const id = toText(props.id, 'proposal id');
  const what = `proposal ${id}`;
  const text = (name: string): string => toText(props[name], `${what} ${name}`);
  const optional = (name: string): string | null =>
    props[name] === null || props[name] === undefined ? null : text(name);
  const list = (name: string): string[] => {
    const values = props[name] ?? [];
    if (!Array.isArray(values))
      throw new StoreError('STORE_CORRUPT', `${what} ${name} is not a list`);
    return values.map((entry) => toText(entry, `${what} ${name}`));
  };
  let payload: ProposalPayload;
  try {
    payload = JSON.parse(text('payload')) as ProposalPayload;
  } catch {
    throw new StoreError('STORE_CORRUPT', `${what} payload is not JSON`);
  }
  return {
    id,
    // The values were checked on every save; a read trusts them as the introduction reader does.
    kind: text('kind') as ProposalKind,
    targetId: optional('targetId'),
    label: text('label') as ProposalTargetLabel,
    title: text('title'),
    payload,
    status: text('status') as ProposalStatus,
    reason: optional('reason'),
    submittedBy: optional('submittedBy'),
    contactEmail: optional('contactEmail'),
    sourceKey: optional('sourceKey'),
    regionIds: list('regionIds'),
    decidedBy: optional('decidedBy'),
    decidedAt: optional('decidedAt'),
    createdIds: list('createdIds'),
    version: toNumber(props.version, `${what} version`),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
  };
}

/** The properties of a Proposal node (nulls are simply not set; version as a Neo4j integer). */
export function proposalProperties(proposal: Proposal): Record<string, ParamValue> {
  return { ...proposal, payload: JSON.stringify(proposal.payload), version: int(proposal.version) };
}
