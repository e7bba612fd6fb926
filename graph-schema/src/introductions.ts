/**
 * Introductions ("Vernetzung anstoßen"): a coordinator brings two actors together and follows the pair from
 * suggestion to cooperation. An introduction is a system record beside the graph (label Introduction, no Entity
 * label), like accounts and the audit trail: no search, traversal, analysis or export of the network reaches it.
 * Only when a pair reaches `cooperating` does the graph change: the cooperation tie is written with it.
 */
import { entries } from './enum-entries.js';

export const INTRODUCTION_LABEL = 'Introduction';

/** The states of a pair, in the order they are usually reached. */
export const INTRODUCTION_STATUSES = entries([
  ['suggested', 'Vorgeschlagen', 'Suggested'],
  ['introduced', 'Vorgestellt', 'Introduced'],
  ['in_contact', 'Im Kontakt', 'In contact'],
  ['cooperating', 'Kooperieren', 'Cooperating'],
  ['not_now', 'Derzeit nicht', 'Not now'],
]);
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number]['value'];

/**
 * Allowed moves. `cooperating` is final (the tie exists; ending it is an edit of the tie). `not_now` can be
 * reopened, because "not now" is not "never".
 */
export const INTRODUCTION_TRANSITIONS: Readonly<
  Record<IntroductionStatus, readonly IntroductionStatus[]>
> = {
  suggested: ['introduced', 'not_now'],
  introduced: ['in_contact', 'not_now'],
  in_contact: ['cooperating', 'not_now'],
  cooperating: [],
  not_now: ['suggested', 'introduced'],
};

/** States a coordinator still has to follow up ("offene Vorstellungen"). */
export const OPEN_INTRODUCTION_STATUSES: readonly IntroductionStatus[] = [
  'suggested',
  'introduced',
  'in_contact',
];

export function canMoveIntroduction(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return INTRODUCTION_TRANSITIONS[from].includes(to);
}

/** Where the idea for the pair came from. */
export const INTRODUCTION_SOURCES = entries([
  ['link_suggestion', 'Verbindungsvorschlag', 'Link suggestion'],
  ['ally', 'Verbündete in der Nähe', 'Ally nearby'],
  ['offer_need', 'Angebot und Bedarf', 'Offer and need'],
]);
export type IntroductionSource = (typeof INTRODUCTION_SOURCES)[number]['value'];

/** How the two were introduced. */
export const INTRODUCTION_CHANNELS = entries([
  ['email', 'E-Mail', 'E-mail'],
  ['phone', 'Telefon', 'Phone'],
  ['meeting', 'Treffen', 'Meeting'],
  ['event', 'Veranstaltung', 'Event'],
  ['other', 'Anderer Weg', 'Other'],
]);
export type IntroductionChannel = (typeof INTRODUCTION_CHANNELS)[number]['value'];

/** Labels an introduced actor may have; both ends share one (the tie type follows from it). */
export const INTRODUCTION_ACTOR_LABELS = ['Institution', 'Person'] as const;
export type IntroductionActorLabel = (typeof INTRODUCTION_ACTOR_LABELS)[number];

/** The tie written when a pair reaches `cooperating`, by the label of both ends. */
export const INTRODUCTION_TIE_TYPES = {
  Institution: 'COOPERATES_WITH',
  Person: 'KNOWS',
} as const satisfies Record<IntroductionActorLabel, string>;

export const INTRODUCTION_NOTE_MAX_LENGTH = 1000;
