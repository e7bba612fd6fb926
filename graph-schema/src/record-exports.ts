/**
 * CSV exports of the follow-up records (GET /api/export/introductions and /api/export/tie-proposals,
 * coordinators only): the columns, in file order. Notes are never a column: they are free text that may
 * name people. Entry proposals are not exported at all (they may hold a contact e-mail).
 */

/** One row per introduction; `*On` columns are the day (YYYY-MM-DD) the pair last reached that state. */
export const INTRODUCTION_EXPORT_COLUMNS = [
  'id',
  'fromId',
  'fromName',
  'toId',
  'toName',
  'actorLabel',
  'regionIds',
  'source',
  'status',
  'channel',
  'introducedById',
  'introducedByName',
  'suggestedOn',
  'introducedOn',
  'inContactOn',
  'cooperatingOn',
  'notNowOn',
  'tieId',
  'createdAt',
  'updatedAt',
] as const;

/** One row per tie proposal: who proposed it and when, who confirmed, declined or withdrew it and when. */
export const TIE_PROPOSAL_EXPORT_COLUMNS = [
  'id',
  'fromId',
  'fromName',
  'toId',
  'toName',
  'actorLabel',
  'type',
  'regionIds',
  'status',
  'proposedAt',
  'proposedById',
  'proposedByName',
  'decidedAt',
  'decidedById',
  'decidedByName',
  'tieId',
] as const;

export type IntroductionExportColumn = (typeof INTRODUCTION_EXPORT_COLUMNS)[number];
export type TieProposalExportColumn = (typeof TIE_PROPOSAL_EXPORT_COLUMNS)[number];

/** The record exports by path segment: /api/export/<part>. */
export const RECORD_EXPORT_PARTS = ['introductions', 'tie-proposals'] as const;
export type RecordExportPart = (typeof RECORD_EXPORT_PARTS)[number];
