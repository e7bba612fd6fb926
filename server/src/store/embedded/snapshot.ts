/**
 * Snapshots: the whole graph in one file (`snapshot.nzr`), written to a temp file, fsynced and renamed over the
 * previous one, so a crash at any moment leaves either the old or the new snapshot, never a mix. The header's
 * generation says which journals the snapshot already contains (all up to and including that generation);
 * `lastSeq` is the sequence number of the last transaction in it. A snapshot is never legitimately torn, so
 * any damage is refused (STORE_CORRUPT).
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import type {
  Account,
  AuditEntry,
  GraphNode,
  GraphRelationship,
  Introduction,
  TieProposal,
  Proposal,
} from '../port.js';
import { writeFileAtomically } from './files.js';
import type { GraphState } from './graph-state.js';
import { decodeHeader, encodeHeader, encodeRecord, readRecords } from './records.js';

export const SNAPSHOT_FILE = 'snapshot.nzr';
const CHUNK = 2000;

interface Meta {
  readonly lastSeq: number;
  readonly nodes: number;
  readonly relationships: number;
  /** Absent in format version 1 (no system records then). */
  readonly accounts?: number;
  readonly audit?: number;
  /** Absent before format version 3. */
  readonly introductions?: number;
  /** Absent before format version 4. */
  readonly tieProposals?: number;
  /** Absent before format version 5. */
  readonly proposals?: number;
}

export interface LoadedSnapshot {
  readonly generation: number;
  readonly lastSeq: number;
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
  readonly accounts: Account[];
  /** Oldest first. */
  readonly audit: AuditEntry[];
  readonly introductions: Introduction[];
  readonly tieProposals: TieProposal[];
  readonly proposals: Proposal[];
}

function* chunks(state: GraphState, generation: number, lastSeq: number): Generator<Buffer> {
  yield encodeHeader('snapshot', generation);
  const { accounts, audit, introductions, tieProposals, proposals } = state.system;
  const meta: Meta = {
    lastSeq,
    nodes: state.nodes.size,
    relationships: state.relationships.size,
    accounts: accounts.size,
    audit: audit.length,
    introductions: introductions.size,
    tieProposals: tieProposals.size,
    proposals: proposals.size,
  };
  yield encodeRecord(meta);
  for (const [key, values] of [
    ['n', [...state.nodes.values()]],
    ['r', [...state.relationships.values()]],
    ['a', [...accounts.values()]],
    ['e', audit],
    ['i', [...introductions.values()]],
    ['t', [...tieProposals.values()]],
    ['p', [...proposals.values()]],
  ] as const) {
    // Audit entries can be large (one per import, naming every item): smaller chunks.
    const size = key === 'e' ? CHUNK / 20 : CHUNK;
    for (let start = 0; start < values.length; start += size) {
      yield encodeRecord({ [key]: values.slice(start, start + size) });
    }
  }
  yield encodeRecord({ end: true });
}

export function writeSnapshot(
  dir: string,
  state: GraphState,
  generation: number,
  lastSeq: number,
): void {
  writeFileAtomically(path.join(dir, SNAPSHOT_FILE), chunks(state, generation, lastSeq));
}

export function readSnapshot(dir: string): LoadedSnapshot | undefined {
  const file = path.join(dir, SNAPSHOT_FILE);
  if (!fs.existsSync(file)) return undefined;
  const data = fs.readFileSync(file);
  const generation = decodeHeader('snapshot', data, file);
  const { payloads, damage } = readRecords(data);
  const corrupt = (why: string) =>
    new StoreError(
      'STORE_CORRUPT',
      `${file} is damaged (${why}); restore the data directory from a backup`,
    );
  if (damage !== 'none') throw corrupt('a record fails its checksum');
  const [meta, ...rest] = payloads as Record<string, unknown>[];
  const end = rest.pop();
  if (!meta || typeof meta.lastSeq !== 'number' || end?.end !== true) throw corrupt('incomplete');
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const accounts: Account[] = [];
  const audit: AuditEntry[] = [];
  const introductions: Introduction[] = [];
  const tieProposals: TieProposal[] = [];
  const proposals: Proposal[] = [];
  for (const chunk of rest) {
    if (Array.isArray(chunk.n)) nodes.push(...(chunk.n as GraphNode[]));
    else if (Array.isArray(chunk.r)) relationships.push(...(chunk.r as GraphRelationship[]));
    else if (Array.isArray(chunk.a)) accounts.push(...(chunk.a as Account[]));
    else if (Array.isArray(chunk.e)) audit.push(...(chunk.e as AuditEntry[]));
    else if (Array.isArray(chunk.i)) introductions.push(...(chunk.i as Introduction[]));
    else if (Array.isArray(chunk.t)) tieProposals.push(...(chunk.t as TieProposal[]));
    else if (Array.isArray(chunk.p)) proposals.push(...(chunk.p as Proposal[]));
    else throw corrupt('unknown record');
  }
  if (
    nodes.length !== meta.nodes ||
    relationships.length !== meta.relationships ||
    accounts.length !== (meta.accounts ?? 0) ||
    audit.length !== (meta.audit ?? 0) ||
    introductions.length !== (meta.introductions ?? 0) ||
    tieProposals.length !== (meta.tieProposals ?? 0) ||
    proposals.length !== (meta.proposals ?? 0)
  ) {
    throw corrupt('counts do not match');
  }
  return {
    generation,
    lastSeq: meta.lastSeq,
    nodes,
    relationships,
    accounts,
    audit,
    introductions,
    tieProposals,
    proposals,
  };
}
