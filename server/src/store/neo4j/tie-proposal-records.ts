/**
 * Neo4j TieProposal nodes ↔ tie proposal records, and the property keys these nodes carry (the Cypher lint test
 * learns them from here). Anything that does not fit is STORE_CORRUPT.
 */
import neo4j from 'neo4j-driver';
import type { TieProposalActorLabel, TieProposalStatus, TieProposalType } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { TieProposal } from '../port.js';
import { TIE_PROPOSAL_FIELDS, openKeyOf } from '../shared/tie-proposals.js';
import { int } from './params.js';
import type { ParamValue } from './params.js';
import { toNumber, toText } from './records.js';

/** The saved fields (one list, store/shared/tie-proposals.ts), identity, system properties and the open key. */
export const TIE_PROPOSAL_KEYS = [
  'id',
  ...TIE_PROPOSAL_FIELDS,
  'version',
  'createdAt',
  'updatedAt',
  'openKey',
] as const satisfies readonly (keyof TieProposal | 'openKey')[];

export function tieProposalField(value: unknown): TieProposal {
  if (!neo4j.isNode(value)) {
    throw new StoreError('STORE_CORRUPT', 'expected a tie proposal node in the query result');
  }
  const props = value.properties as Record<string, unknown>;
  const id = toText(props.id, 'tie proposal id');
  const what = `tie proposal ${id}`;
  const text = (name: string): string => toText(props[name], `${what} ${name}`);
  const optional = (name: string): string | null =>
    props[name] === null || props[name] === undefined ? null : text(name);
  const regionIds = props.regionIds ?? [];
  if (!Array.isArray(regionIds)) {
    throw new StoreError('STORE_CORRUPT', `${what} regionIds is not a list`);
  }
  return {
    id,
    fromId: text('fromId'),
    toId: text('toId'),
    // The values were checked on every save; a read trusts them as the account reader trusts roles.
    actorLabel: text('actorLabel') as TieProposalActorLabel,
    type: text('type') as TieProposalType,
    status: text('status') as TieProposalStatus,
    note: optional('note'),
    proposedBy: text('proposedBy'),
    decidedBy: optional('decidedBy'),
    decidedAt: optional('decidedAt'),
    regionIds: regionIds.map((regionId) => toText(regionId, `${what} regionIds`)),
    tieId: optional('tieId'),
    version: toNumber(props.version, `${what} version`),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
  };
}

/** The properties of a TieProposal node: nulls are not set, so a decided proposal carries no openKey. */
export function tieProposalProperties(record: TieProposal): Record<string, ParamValue> {
  return { ...record, version: int(record.version), openKey: openKeyOf(record) };
}
