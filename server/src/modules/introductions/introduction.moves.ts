/**
 * The audit note of an introduction's move, `<from> → <to>`: written when a coordinator moves a pair on
 * (introduction.service.ts) and read back for the day each state was reached (the record keeps only its
 * current state; import-export/introduction-steps.ts). One module writes and parses it, so neither can
 * change the format alone.
 */
import { INTRODUCTION_STATUSES } from '@nzr/graph-schema';
import type { IntroductionStatus } from '@nzr/graph-schema';

export const INTRODUCTION_MOVE_ACTION = 'introduction.move';

const STATUSES: readonly string[] = INTRODUCTION_STATUSES.map((entry) => entry.value);
const MOVE = /^(\w+) → (\w+)$/;

export interface IntroductionMove {
  readonly from: IntroductionStatus;
  readonly to: IntroductionStatus;
}

export function moveNote(from: IntroductionStatus, to: IntroductionStatus): string {
  return `${from} → ${to}`;
}

/** The move a note records, or null when it is not one (another action's note, or an unknown state). */
export function parseMoveNote(note: string | null | undefined): IntroductionMove | null {
  const [, from = '', to = ''] = MOVE.exec(note ?? '') ?? [];
  return STATUSES.includes(from) && STATUSES.includes(to)
    ? { from: from as IntroductionStatus, to: to as IntroductionStatus }
    : null;
}
