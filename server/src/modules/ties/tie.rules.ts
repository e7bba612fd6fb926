/**
 * Who may see and decide a tie proposal. Only the two sides (accounts acting for an end) and coordinators see
 * one; a proposal naming a person the viewer may not see is never shown to that viewer (the caller checks that
 * both ends are visible). Deciders follow graph-schema TIE_PROPOSAL_DECIDERS.
 */
import { TIE_PROPOSAL_DECIDERS, canMoveTieProposal, roleAtLeast } from '@nzr/graph-schema';
import type { TieProposalStatus } from '@nzr/graph-schema';
import { actsFor } from '../../auth/viewer.js';
import type { Viewer } from '../../auth/viewer.js';
import type { TieProposal } from '../../store/port.js';

const isCoordinator = (viewer: Viewer): boolean => roleAtLeast(viewer.role, 'coordinator');

export function isSideOf(viewer: Viewer, record: TieProposal): boolean {
  return actsFor(viewer, record.fromId) || actsFor(viewer, record.toId);
}

export function maySee(viewer: Viewer, record: TieProposal): boolean {
  return viewer.accountId !== null && (isCoordinator(viewer) || isSideOf(viewer, record));
}

export function mayDecide(viewer: Viewer, record: TieProposal, to: TieProposalStatus): boolean {
  if (to === 'pending' || !canMoveTieProposal(record.status, to)) return false;
  if (TIE_PROPOSAL_DECIDERS[to] === 'proposer') {
    return actsFor(viewer, record.fromId) || viewer.accountId === record.proposedBy;
  }
  return actsFor(viewer, record.toId) || isCoordinator(viewer);
}

export function decisionsOf(viewer: Viewer, record: TieProposal): TieProposalStatus[] {
  const all: TieProposalStatus[] = ['confirmed', 'declined', 'withdrawn'];
  return all.filter((status) => mayDecide(viewer, record, status));
}
