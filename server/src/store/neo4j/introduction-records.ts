/**
 * Neo4j Introduction nodes ↔ introduction records, and the property keys these nodes carry (the Cypher lint
 * test learns them from here). Anything that does not fit is STORE_CORRUPT.
 */
import neo4j from 'neo4j-driver';
import type {
  IntroductionActorLabel,
  IntroductionChannel,
  IntroductionSource,
  IntroductionStatus,
} from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { Introduction } from '../port.js';
import { INTRODUCTION_FIELDS } from '../shared/introductions.js';
import { int } from './params.js';
import type { ParamValue } from './params.js';
import { toNumber, toText } from './records.js';

/** The saved fields (one list, store/shared/introductions.ts) plus identity and the system properties. */
export const INTRODUCTION_KEYS = [
  'id',
  ...INTRODUCTION_FIELDS,
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Introduction)[];

export function introductionField(value: unknown): Introduction {
  if (!neo4j.isNode(value)) {
    throw new StoreError('STORE_CORRUPT', 'expected an introduction node in the query result');
  }
  const props = value.properties as Record<string, unknown>;
  const id = toText(props.id, 'introduction id');
  const what = `introduction ${id}`;
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
    actorLabel: text('actorLabel') as IntroductionActorLabel,
    source: text('source') as IntroductionSource,
    status: text('status') as IntroductionStatus,
    channel: optional('channel') as IntroductionChannel | null,
    note: optional('note'),
    introducedOn: optional('introducedOn'),
    introducedBy: optional('introducedBy'),
    regionIds: regionIds.map((regionId) => toText(regionId, `${what} regionIds`)),
    tieId: optional('tieId'),
    version: toNumber(props.version, `${what} version`),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
  };
}

/** The properties of an Introduction node (nulls are simply not set; version as a Neo4j integer). */
export function introductionProperties(introduction: Introduction): Record<string, ParamValue> {
  return { ...introduction, version: int(introduction.version) };
}
