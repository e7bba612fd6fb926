/**
 * Ties confirmed from both sides: a member who acts for one actor proposes a cooperation (two institutions) or
 * an acquaintance (two persons) with another actor. The proposal is a system record beside the graph (label
 * TieProposal, no Entity label), so no search, traversal, analysis or export sees it. Only a confirmation by
 * the other side (or a coordinator) writes the tie, in the same transaction as the record.
 */
import { entries } from './enum-entries.js';

export const TIE_PROPOSAL_LABEL = 'TieProposal';

export const TIE_PROPOSAL_STATUSES = entries([
  ['pending', 'Offen', 'Pending'],
  ['confirmed', 'Bestätigt', 'Confirmed'],
  ['declined', 'Abgelehnt', 'Declined'],
  ['withdrawn', 'Zurückgezogen', 'Withdrawn'],
]);
export type TieProposalStatus = (typeof TIE_PROPOSAL_STATUSES)[number]['value'];

/** Every decision is final; a declined or withdrawn pair may be proposed again as a new proposal. */
export const TIE_PROPOSAL_TRANSITIONS: Readonly<
  Record<TieProposalStatus, readonly TieProposalStatus[]>
> = {
  pending: ['confirmed', 'declined', 'withdrawn'],
  confirmed: [],
  declined: [],
  withdrawn: [],
};

export function canMoveTieProposal(from: TieProposalStatus, to: TieProposalStatus): boolean {
  return TIE_PROPOSAL_TRANSITIONS[from].includes(to);
}

/**
 * Who may make a move: the proposing side withdraws, the other side confirms or declines; a coordinator may
 * confirm or decline on behalf of the other side (never withdraw in the proposer's name).
 */
export const TIE_PROPOSAL_DECIDERS: Readonly<
  Record<Exclude<TieProposalStatus, 'pending'>, 'proposer' | 'recipient'>
> = {
  confirmed: 'recipient',
  declined: 'recipient',
  withdrawn: 'proposer',
};

/** The tie a proposal asks for, by the label of both ends. */
export const TIE_PROPOSAL_TYPES = {
  Institution: 'COOPERATES_WITH',
  Person: 'KNOWS',
} as const;
export type TieProposalActorLabel = keyof typeof TIE_PROPOSAL_TYPES;
export type TieProposalType = (typeof TIE_PROPOSAL_TYPES)[TieProposalActorLabel];
export const TIE_PROPOSAL_TYPE_NAMES: readonly TieProposalType[] =
  Object.values(TIE_PROPOSAL_TYPES);

export const TIE_PROPOSAL_NOTE_MAX_LENGTH = 1000;

/**
 * Key of an open proposal: the tie type and both ends in sorted order, so that A→B and B→A collide. Set only
 * while pending; a unique constraint on it refuses a second open proposal for the same pair and type.
 */
export function tieProposalOpenKey(type: string, fromId: string, toId: string): string {
  const [a, b] = fromId < toId ? [fromId, toId] : [toId, fromId];
  return `${type}|${a}|${b}`;
}
