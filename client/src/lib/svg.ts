/**
 * A minimal SVG writer for a drawn network: lines for edges, shapes for nodes, text for labels. Pure, so the
 * export is testable without a browser; lib/cytoscape.ts builds the scene from the rendered graph.
 */
export interface SvgNode {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly colour: string;
  readonly shape: string;
  readonly borderColour: string;
  readonly borderWidth: number;
  readonly label: string;
  readonly fontSize: number;
  readonly labelOnly: boolean;
}

export interface SvgEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly colour: string;
  readonly width: number;
  readonly line: string;
}

export interface SvgScene {
  readonly nodes: readonly SvgNode[];
  readonly edges: readonly SvgEdge[];
}

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
const n = (value: number) => Math.round(value * 10) / 10;

function shapeOf(node: SvgNode): string {
  const r = node.size / 2;
  const paint = `fill="${escape(node.colour)}" stroke="${escape(node.borderColour)}" stroke-width="${n(node.borderWidth)}"`;
  if (node.shape === 'ellipse' || node.shape === 'hexagon' || node.shape === 'star') {
    return `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(r)}" ${paint}/>`;
  }
  if (node.shape === 'diamond' || node.shape === 'triangle') {
    const points = [
      [node.x, node.y - r],
      [node.x + r, node.y],
      [node.x, node.y + r],
      [node.x - r, node.y],
    ];
    return `<polygon points="${points.map(([x, y]) => `${n(x ?? 0)},${n(y ?? 0)}`).join(' ')}" ${paint}/>`;
  }
  return `<rect x="${n(node.x - r)}" y="${n(node.y - r)}" width="${n(node.size)}" height="${n(node.size)}" rx="4" ${paint}/>`;
}

export function sceneToSvg(scene: SvgScene, padding = 40): string {
  const xs = scene.nodes.flatMap((node) => [node.x - node.size, node.x + node.size]);
  const ys = scene.nodes.flatMap((node) => [node.y - node.size, node.y + node.size + 16]);
  const minX = Math.min(0, ...xs) - padding;
  const minY = Math.min(0, ...ys) - padding;
  const width = Math.max(0, ...xs) - minX + padding;
  const height = Math.max(0, ...ys) - minY + padding;
  const dash = (line: string) =>
    line === 'dashed'
      ? ' stroke-dasharray="6 4"'
      : line === 'dotted'
        ? ' stroke-dasharray="1 3"'
        : '';
  const edges = scene.edges.map(
    (e) =>
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${escape(e.colour)}" stroke-width="${n(e.width)}"${dash(e.line)}/>`,
  );
  const nodes = scene.nodes.map((node) => {
    const text = `<text x="${n(node.x)}" y="${n(node.labelOnly ? node.y : node.y + node.size / 2 + node.fontSize + 2)}" font-size="${n(node.fontSize)}" text-anchor="middle">${escape(node.label)}</text>`;
    return node.labelOnly ? text : `${shapeOf(node)}${text}`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(minX)} ${n(minY)} ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-family="system-ui, sans-serif">`,
    `<rect x="${n(minX)}" y="${n(minY)}" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes" fill="#1d2327">${nodes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
