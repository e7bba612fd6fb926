/** The visible part of a map: cytoscape's zoom and pan, and the size of its canvas in screen pixels. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly width: number;
  readonly height: number;
}

/** A rectangle in map (model) coordinates. */
export interface FitBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Zoom and pan that show `box` centred in a canvas of `width` × `height` with `padding` pixels around it. */
export function viewportFor(
  box: FitBox,
  width: number,
  height: number,
  padding: number,
  limits: { readonly min: number; readonly max: number },
): Pick<Viewport, 'zoom' | 'pan'> {
  const boxWidth = Math.max(box.x2 - box.x1, 1);
  const boxHeight = Math.max(box.y2 - box.y1, 1);
  const fit = Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight);
  const zoom = Math.min(limits.max, Math.max(limits.min, fit));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: width / 2 - zoom * centre.x, y: height / 2 - zoom * centre.y } };
}

/** The map rectangle a viewport shows (inverse of cytoscape's model-to-rendered transform). */
export function visibleBox(viewport: Viewport): FitBox {
  const { zoom, pan, width, height } = viewport;
  return {
    x1: -pan.x / zoom,
    y1: -pan.y / zoom,
    x2: (width - pan.x) / zoom,
    y2: (height - pan.y) / zoom,
  };
}
