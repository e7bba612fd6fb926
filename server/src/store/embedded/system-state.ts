/**
 * System records of the embedded store, beside the graph: accounts (by id and by lower-cased e-mail) and the
 * audit trail. Like the graph they change only through ops (graph-state.ts), so live writes and journal replay
 * run the same code. The trail is kept in memory, sorted oldest first (appends are the normal case), with
 * per-entity and per-actor lists for filtered paging: about 1 KB per typical entry plus its items (an upsert
 * of 50,000 items yields one entry of a few MB), retained until clear({ system: true }).
 */
import type {
  Account,
  AuditEntry,
  AuditPage,
  AuditQuery,
  Introduction,
  TieProposal,
  Proposal,
} from '../port.js';
import { compareAuditEntries } from '../shared/audit.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Inserts into a list sorted oldest first; an entry newer than the last one is a plain append. */
function insertSorted(list: AuditEntry[], entry: AuditEntry): void {
  const last = list.at(-1);
  if (!last || compareAuditEntries(entry, last) < 0) {
    list.push(entry);
    return;
  }
  // Rare: the clock stepped back. Insert before the first entry that is newer.
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareAuditEntries(list[mid] as AuditEntry, entry) > 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, entry);
}

/** How many entries of a list sorted oldest first are older than the position (they form a prefix). */
function olderThan(list: readonly AuditEntry[], position: { at: string; id: string }): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    // compare > 0: list[mid] comes after the position in newest-first order, i.e. is older.
    if (compareAuditEntries(list[mid] as AuditEntry, position) > 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class SystemState {
  readonly accounts = new Map<string, Account>();
  /** Lower-cased e-mail → account id. */
  readonly accountIdsByEmail = new Map<string, string>();
  /** Every audit entry, oldest first. */
  readonly audit: AuditEntry[] = [];
  private readonly auditByEntity = new Map<string, AuditEntry[]>();
  private readonly auditByActor = new Map<string, AuditEntry[]>();
  /** Introductions by id; listing sorts per call (a region's open pairs number in the dozens). */
  readonly introductions = new Map<string, Introduction>();

  putIntroduction(introduction: Introduction): void {
    this.introductions.set(introduction.id, deepFreeze(introduction));
  }

  /** Tie proposals by id; listing filters and sorts per call (like introductions). */
  readonly tieProposals = new Map<string, TieProposal>();

  putTieProposal(tieProposal: TieProposal): void {
    this.tieProposals.set(tieProposal.id, deepFreeze(tieProposal));
  }

  /** Proposals by id; listing filters and sorts per call (a region's queue holds dozens, not thousands). */
  readonly proposals = new Map<string, Proposal>();

  putProposal(proposal: Proposal): void {
    this.proposals.set(proposal.id, deepFreeze(proposal));
  }

  putAccount(stored: Account): void {
    // Accounts written before entries could be linked, or regions chosen, have no actorIds or regionIds.
    const account = deepFreeze({
      ...stored,
      actorIds: stored.actorIds ?? [],
      regionIds: stored.regionIds ?? [],
    });
    const before = this.accounts.get(account.id);
    if (before) this.accountIdsByEmail.delete(before.email);
    this.accounts.set(account.id, account);
    this.accountIdsByEmail.set(account.email, account.id);
  }

  deleteAccount(id: string): void {
    const before = this.accounts.get(id);
    if (!before) return;
    this.accountIdsByEmail.delete(before.email);
    this.accounts.delete(id);
  }

  addAudit(entry: AuditEntry): void {
    deepFreeze(entry);
    // Ops are applied once, but an entry must never appear twice even if one were replayed.
    if (this.audit[olderThan(this.audit, entry)]?.id === entry.id) return;
    insertSorted(this.audit, entry);
    for (const id of entry.entityIds) insertSorted(this.listOf(this.auditByEntity, id), entry);
    if (entry.actorId !== null) insertSorted(this.listOf(this.auditByActor, entry.actorId), entry);
  }

  /** Bulk load from a snapshot (entries in any order). */
  load(
    accounts: readonly Account[],
    audit: readonly AuditEntry[],
    introductions: readonly Introduction[] = [],
    tieProposals: readonly TieProposal[] = [],
    proposals: readonly Proposal[] = [],
  ): void {
    for (const tieProposal of tieProposals) this.putTieProposal(tieProposal);
    for (const proposal of proposals) this.putProposal(proposal);
    for (const account of accounts) this.putAccount(account);
    for (const introduction of introductions) this.putIntroduction(introduction);
    for (const entry of [...audit].sort((a, b) => compareAuditEntries(b, a))) this.addAudit(entry);
  }

  clear(): void {
    this.accounts.clear();
    this.accountIdsByEmail.clear();
    this.audit.length = 0;
    this.auditByEntity.clear();
    this.auditByActor.clear();
    this.introductions.clear();
    this.tieProposals.clear();
    this.proposals.clear();
  }

  listAudit(query: AuditQuery, after: { at: string; id: string } | undefined): AuditPage {
    const byEntity =
      query.entityId === undefined ? undefined : (this.auditByEntity.get(query.entityId) ?? []);
    const byActor =
      query.actorId === undefined ? undefined : (this.auditByActor.get(query.actorId) ?? []);
    // Walk the shortest list backwards (newest first) and test the other filter on each entry.
    const list = [byEntity, byActor].reduce<AuditEntry[]>(
      (best, next) => (next && next.length < best.length ? next : best),
      this.audit,
    );
    const entries: AuditEntry[] = [];
    let index = (after ? olderThan(list, after) : list.length) - 1;
    for (; index >= 0 && entries.length <= query.first; index--) {
      const entry = list[index] as AuditEntry;
      if (byEntity && list !== byEntity && !entry.entityIds.includes(query.entityId ?? ''))
        continue;
      if (byActor && list !== byActor && entry.actorId !== query.actorId) continue;
      entries.push(entry);
    }
    const hasNextPage = entries.length > query.first;
    const page = entries.slice(0, query.first);
    const last = page.at(-1);
    return {
      entries: page,
      endCursor: last ? encodeKeyCursor([last.at, last.id]) : null,
      hasNextPage,
    };
  }

  private listOf(map: Map<string, AuditEntry[]>, key: string): AuditEntry[] {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  }
}
