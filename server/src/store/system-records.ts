/**
 * Types of the system records kept beside the graph: accounts and the audit trail (part of the GraphStore
 * port). Audit entries name ids, operations and changed property names, never property values, so that erasing
 * a person leaves no personal data behind in the trail.
 */
import type {
  AccountRole,
  IntroductionActorLabel,
  IntroductionChannel,
  IntroductionSource,
  IntroductionStatus,
  TieProposalActorLabel,
  TieProposalStatus,
  TieProposalType,
} from '@nzr/graph-schema';

export interface Account {
  readonly id: string;
  /** Lower-cased; unique. */
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  /** Encoded password hash (algorithm, parameters, salt, hash); never leaves the server. */
  readonly passwordHash: string;
  readonly disabled: boolean;
  /**
   * Graph entries (persons, institutions) this account acts for: the member may propose changes to them, and
   * confirm ties proposed to them. Ids only; an entry deleted later simply drops out where links are resolved.
   */
  readonly actorIds: readonly string[];
  /**
   * Districts a coordinator looks after: their queues (proposals, tie proposals, introductions) default to
   * these. Empty: all of Saxony. A default view, not a permission; ids only, checked at the API edge.
   */
  readonly regionIds: readonly string[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface AccountInput {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly passwordHash: string;
  readonly disabled: boolean;
  /** Absent: no linked entries. */
  readonly actorIds?: readonly string[];
  /** Absent: no regions of their own (all of Saxony). */
  readonly regionIds?: readonly string[];
}

export type AccountLookup = { readonly id: string } | { readonly email: string };

/** Who did what, attached to a write and stored in the same transaction. */
export interface AuditInput {
  /** Account id; null for system actions (seed, start-up). */
  readonly actorId: string | null;
  /** Machine-readable action, e.g. `node.update`, `import.apply`, `person.erase`. */
  readonly action: string;
  /** Short human-readable note without personal data, e.g. "CSV import institutions.csv: 120 rows". */
  readonly note?: string;
}

export interface AuditItem {
  readonly op: string;
  /** Node label or relationship type. */
  readonly kind: string;
  readonly id: string;
  /** Names of the properties set or removed (values are not kept). */
  readonly properties: string[];
}

export interface AuditEntry {
  readonly id: string;
  /** ISO timestamp of the commit. */
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly note: string | null;
  readonly items: AuditItem[];
  /** Ids of every node and relationship touched, for "history of this node". */
  readonly entityIds: string[];
}

export interface AuditQuery {
  readonly first: number;
  readonly after?: string;
  /** Only entries that touched this node or relationship id. */
  readonly entityId?: string;
  readonly actorId?: string;
}

export interface AuditPage {
  /** Newest first. */
  readonly entries: AuditEntry[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** A pair of actors a coordinator brings together, followed from suggestion to cooperation. */
export interface Introduction {
  readonly id: string;
  readonly fromId: string;
  readonly toId: string;
  /** Label of both ends; it decides the tie written on `cooperating`. */
  readonly actorLabel: IntroductionActorLabel;
  readonly source: IntroductionSource;
  readonly status: IntroductionStatus;
  readonly channel: IntroductionChannel | null;
  /** Free text of the coordinator; may name people, so it is never in the audit trail or an export. */
  readonly note: string | null;
  /** Day (YYYY-MM-DD) the pair was introduced; null while only suggested. */
  readonly introducedOn: string | null;
  /** Account that recorded the introduction. */
  readonly introducedBy: string | null;
  /** Regions of both ends and every region above them: what the per-region lists and counts select on. */
  readonly regionIds: string[];
  /** Id of the tie written when the pair reached `cooperating`. */
  readonly tieId: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type IntroductionInput = Omit<Introduction, 'version' | 'createdAt' | 'updatedAt'>;

export interface IntroductionQuery {
  /** Only pairs with an end in this region (any level). */
  readonly regionId?: string;
  /** Only records with one of these regions (any level) among their regionIds, or with none (a coordinator's own). */
  readonly regionIds?: readonly string[];
  /** Only pairs in one of these states; absent: every state. */
  readonly statuses?: readonly IntroductionStatus[];
  readonly first: number;
  readonly after?: string;
}

export interface IntroductionPage {
  /** Newest first (by creation). */
  readonly introductions: Introduction[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** A tie one side proposed; it becomes a relationship of the graph only when the other side confirms. */
export interface TieProposal {
  readonly id: string;
  /** The proposing side. */
  readonly fromId: string;
  /** The side that confirms or declines. */
  readonly toId: string;
  readonly actorLabel: TieProposalActorLabel;
  readonly type: TieProposalType;
  readonly status: TieProposalStatus;
  /** Free text of the proposer; may name people, so it is never in the audit trail or an export. */
  readonly note: string | null;
  /** Account that proposed (createdAt is when). */
  readonly proposedBy: string;
  /** Account that confirmed, declined or withdrew, and when (ISO timestamp); null while pending. */
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  /** Regions of both ends and every region above them. */
  readonly regionIds: string[];
  /** Id of the tie written (or found) on confirmation. */
  readonly tieId: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type TieProposalInput = Omit<TieProposal, 'version' | 'createdAt' | 'updatedAt'>;

export interface TieProposalQuery {
  /** Only proposals with an end in this region (any level). */
  readonly regionId?: string;
  /** Only records with one of these regions (any level) among their regionIds, or with none (a coordinator's own). */
  readonly regionIds?: readonly string[];
  /** Only proposals with one of these as either end. */
  readonly actorIds?: readonly string[];
  readonly statuses?: readonly TieProposalStatus[];
  readonly first: number;
  readonly after?: string;
}

export interface TieProposalPage {
  /** Newest first (by creation). */
  readonly tieProposals: TieProposal[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}
