import { INTRODUCTION_STATUSES } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { moveNote, parseMoveNote } from './introduction.moves.js';

describe('introduction move notes', () => {
  it('reads back every move it writes', () => {
    for (const { value: from } of INTRODUCTION_STATUSES) {
      for (const { value: to } of INTRODUCTION_STATUSES) {
        expect(parseMoveNote(moveNote(from, to))).toEqual({ from, to });
      }
    }
  });

  it('reads no move from other notes or unknown states', () => {
    expect(parseMoveNote(null)).toBeNull();
    expect(parseMoveNote('first admin from ADMIN_EMAIL at start-up')).toBeNull();
    expect(parseMoveNote('introduced → married')).toBeNull();
  });
});
