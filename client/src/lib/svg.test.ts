import { describe, expect, it } from 'vitest';
import { sceneToSvg } from './svg';

describe('sceneToSvg', () => {
  it('writes edges, shapes and escaped labels into a standalone SVG document', () => {
    const svg = sceneToSvg({
      nodes: [
        {
          x: 0,
          y: 0,
          size: 20,
          colour: '#009E73',
          shape: 'round-rectangle',
          borderColour: '#fff',
          borderWidth: 1,
          label: 'Kraft & Wärme <eG>',
          fontSize: 11,
          labelOnly: false,
        },
        {
          x: 100,
          y: 50,
          size: 16,
          colour: '#D55E00',
          shape: 'ellipse',
          borderColour: '#fff',
          borderWidth: 1,
          label: 'Anna',
          fontSize: 11,
          labelOnly: false,
        },
      ],
      edges: [{ x1: 0, y1: 0, x2: 100, y2: 50, colour: '#1f5f3f', width: 3, line: 'dashed' }],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<rect x="-10" y="-10" width="20" height="20"');
    expect(svg).toContain('<circle cx="100" cy="50" r="8"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('Kraft &amp; Wärme &lt;eG&gt;');
  });
});
