/**
 * The day an introduction reached each of its states, read from its audit trail: the record keeps only its
 * current state, while every move is audited with a move note (introductions/introduction.moves.ts). The
 * first state is the one the first move left (or the current one when it never moved); it was reached when
 * the record was written. A state reached twice (after "not now") counts with its latest day.
 */
import { INTRODUCTION_STATUSES } from '@nzr/graph-schema';
import type { IntroductionStatus } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { AuditEntry, GraphStore, Introduction } from '../../store/port.js';
import { INTRODUCTION_MOVE_ACTION, parseMoveNote } from '../introductions/introduction.moves.js';

const STATUSES: readonly string[] = INTRODUCTION_STATUSES.map((entry) => entry.value);

function moveOf(entry: AuditEntry) {
  return entry.action === INTRODUCTION_MOVE_ACTION ? parseMoveNote(entry.note) : null;
}

async function auditOf(store: GraphStore, id: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listAudit({
      entityId: id,
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after !== undefined ? { after } : {}),
    });
    entries.push(...page.entries);
    if (!page.hasNextPage || page.endCursor === null) return entries;
    after = page.endCursor;
  }
}

export async function statusDays(
  store: GraphStore,
  record: Introduction,
): Promise<Record<IntroductionStatus, string | null>> {
  const days = Object.fromEntries(STATUSES.map((status) => [status, null])) as Record<
    IntroductionStatus,
    string | null
  >;
  // Oldest first, so that a later arrival in the same state overwrites an earlier one.
  const entries = (await auditOf(store, record.id)).reverse();
  const moves = entries.flatMap((entry) => {
    const move = moveOf(entry);
    return move ? [{ ...move, day: entry.at.slice(0, 10) }] : [];
  });
  days[moves[0]?.from ?? record.status] = record.createdAt.slice(0, 10);
  for (const move of moves) days[move.to] = move.day;
  return days;
}
