/**
 * Machine-readable reasons and their plain-German rendering. Every result item carries `reasons` (so the client
 * can render any language) and `explanationDe`, produced here from the same reasons, so the two never disagree.
 * The reasons and their wording live in graph-schema (reasons.ts), shared with the client; the snapshot
 * supplies the names of the nodes a reason mentions.
 */
import { explainReasons, listText, topicName, wordReason } from '@nzr/graph-schema';
import type { NameLookup, Reason } from '@nzr/graph-schema';
import { nameOf } from './snapshot.js';
import type { NodeIndex, Snapshot } from './snapshot.js';

export type { Reason };

/** "A", "A und B", "A, B und C"; longer lists end in "und n weitere". */
export function listDe(items: readonly string[], max = 3): string {
  return listText(items, 'de', max);
}

/** Names of the snapshot's nodes; undefined for ids outside it. */
const snapshotNames =
  (snapshot: NodeIndex): NameLookup =>
  (id) =>
    snapshot.nodes.has(id) ? nameOf(snapshot, id) : undefined;

/** A topic's name: the snapshot's node, else graph-schema's reference tree, else the id. */
export function topicDe(snapshot: NodeIndex, id: string): string {
  return topicName(id, 'de', snapshotNames(snapshot));
}

export function reasonDe(snapshot: Snapshot, reason: Reason): string {
  return wordReason(reason, 'de', snapshotNames(snapshot));
}

/** Joins reasons into one sentence starting with a capital letter. */
export function explainDe(snapshot: Snapshot, reasons: readonly Reason[]): string {
  return explainReasons(reasons, 'de', snapshotNames(snapshot));
}
