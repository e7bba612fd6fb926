import { describe, expect, it } from 'vitest';
import { emptyRow, filledRows } from './resources';

describe('resource rows', () => {
  it('drops empty rows and trims names', () => {
    expect(
      filledRows([{ name: ' Raum ', kind: 'rooms' }, emptyRow(), { name: '  ', kind: 'money' }]),
    ).toEqual([{ name: 'Raum', kind: 'rooms' }]);
  });
});
