import { describe, expect, it } from 'vitest';
import { cellColour, cellFor, classifyCell, textColour } from './heatScale';

const cell = (
  observed: number,
  expected: number,
  verdict: 'gap' | 'unremarkable' | 'insufficientData' = 'unremarkable',
) => ({
  observed,
  expected,
  ratio: expected > 0 ? observed / expected : null,
  verdict,
});

describe('classifyCell', () => {
  it('marks gaps and cells without a verdict as the API says, whatever the ratio', () => {
    expect(classifyCell(cell(8, 32, 'gap'))).toBe('under');
    expect(classifyCell(cell(0, 0.8, 'insufficientData'))).toBe('insufficient');
  });
  it('tells fewer, as many and more ties than expected apart', () => {
    expect(classifyCell(cell(5, 10))).toBe('low');
    expect(classifyCell(cell(10, 10))).toBe('expected');
    expect(classifyCell(cell(20, 10))).toBe('high');
  });
  it('has no level when nothing is expected', () => {
    expect(classifyCell(cell(0, 0))).toBe('none');
  });
});

describe('cellColour', () => {
  it('is white at chance, red below and green above, symmetric on a log scale', () => {
    expect(cellColour(1)).toBe('rgb(250, 250, 247)');
    expect(cellColour(0.25)).toBe('rgb(200, 60, 45)');
    expect(cellColour(4)).toBe('rgb(30, 110, 70)');
    expect(cellColour(0)).toBe(cellColour(0.01));
    expect(cellColour(null)).toBe('#eceeeb');
  });
  it('switches to white text on strong colours', () => {
    expect(textColour(1)).toBe('#1d2327');
    expect(textColour(0.2)).toBe('#ffffff');
  });
});

describe('cellFor', () => {
  it('finds a cell of the upper triangle from either side', () => {
    const cells = [{ sectors: ['civil_society', 'business'] }];
    expect(cellFor(cells, 'business', 'civil_society')).toBe(cells[0]);
    expect(cellFor(cells, 'business', 'science')).toBeUndefined();
  });
});
