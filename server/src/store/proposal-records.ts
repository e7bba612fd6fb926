/**
 * Types of proposals ("Eintrag vorschlagen"), system records beside the graph (part of the GraphStore port).
 * The contact e-mail and the hashed client address are personal data: they are never in the audit trail (which
 * names changed fields, not values) or an export, and the service erases the e-mail after the decision.
 */
import type {
  ProposalKind,
  ProposalPayload,
  ProposalStatus,
  ProposalTargetLabel,
} from '@nzr/graph-schema';

export interface Proposal {
  readonly id: string;
  readonly kind: ProposalKind;
  /** The entry a change is for; null for a new entry. */
  readonly targetId: string | null;
  readonly label: ProposalTargetLabel;
  /** Display name of the proposed entry (the payload's name, or the target's for a change without one). */
  readonly title: string;
  readonly payload: ProposalPayload;
  readonly status: ProposalStatus;
  /** Why it was rejected; null otherwise. */
  readonly reason: string | null;
  /** Account that proposed it; null for anonymous proposals. */
  readonly submittedBy: string | null;
  /** Optional contact of the proposer, kept only while pending: erased at the decision or when it expires. */
  readonly contactEmail: string | null;
  /** Keyed hash of the client address of an anonymous proposal (pending cap per address); never shown. */
  readonly sourceKey: string | null;
  /** The proposed region (or the target's) and every region above it: what moderation lists select on. */
  readonly regionIds: string[];
  readonly decidedBy: string | null;
  /** ISO timestamp of the decision. */
  readonly decidedAt: string | null;
  /** Ids of the nodes and relationships written on approval. */
  readonly createdIds: string[];
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ProposalInput = Omit<Proposal, 'version' | 'createdAt' | 'updatedAt'>;

export interface ProposalQuery {
  /** Only proposals with this region (any level) among their regionIds. */
  readonly regionId?: string;
  /** Only records with one of these regions (any level) among their regionIds, or with none (a coordinator's own). */
  readonly regionIds?: readonly string[];
  readonly statuses?: readonly ProposalStatus[];
  /** Only proposals of this account. */
  readonly submittedBy?: string;
  readonly first: number;
  readonly after?: string;
}

export interface ProposalPage {
  /** Newest first (by creation). */
  readonly proposals: Proposal[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** What countProposals counts: proposals in one state, optionally of one region or one client address. */
export interface ProposalCount {
  readonly status: ProposalStatus;
  readonly regionId?: string;
  /** Only records with one of these regions (any level) among their regionIds, or with none (a coordinator's own). */
  readonly regionIds?: readonly string[];
  readonly sourceKey?: string;
}
