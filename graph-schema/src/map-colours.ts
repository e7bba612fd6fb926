/**
 * Colours of the network map, shared by the client's stylesheet and legend and the server's GEXF export (so a
 * graph opened in Gephi looks like the map). Institutions are coloured by sector (the cross-sector view is the
 * point of the map); other labels get muted colours of their own. The sector palette is Okabe–Ito based,
 * distinguishable with the common colour-vision deficiencies. Also the map's geographic projection.
 */
import type { Sector } from './enums.js';
import type { NodeLabel } from './labels.js';
import type { GeoPoint } from './properties.js';

export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  civil_society: '#009E73',
  administration: '#0072B2',
  business: '#E69F00',
  education: '#CC79A7',
  religion: '#8C6BB1',
  science: '#56B4E9',
};

export const LABEL_COLOURS: Readonly<Record<Exclude<NodeLabel, 'Institution'>, string>> = {
  Person: '#D55E00',
  Topic: '#7f8c8d',
  Region: '#b5a27a',
  Network: '#2c3e50',
  FundingProgramme: '#c0392b',
  Resource: '#95a5a6',
  Project: '#16a085',
};

export const UNKNOWN_COLOUR = '#bbbbbb';

/**
 * Colours of topic clusters on the map. They must not be mistaken for a sector or a label colour (the map
 * shows both at once): each is at least ΔE 25 (CIE L*a*b*) from every colour above and ΔE 20 from the others,
 * which a test checks. The old ColorBrewer set put cluster 1 next to civil society's green.
 */
export const CLUSTER_COLOURS = [
  '#4B0082',
  '#7A0019',
  '#6B8E23',
  '#FF1493',
  '#191970',
  '#9ACD32',
  '#654321',
  '#FFD92F',
  '#8B008B',
  '#4D4D00',
  '#FB8072',
  '#00FF7F',
] as const;

export function colourOf(label: NodeLabel, sector: Sector | null): string {
  if (label === 'Institution') return sector ? SECTOR_COLOURS[sector] : UNKNOWN_COLOUR;
  return LABEL_COLOURS[label];
}

/** Position on the map's geographic layout, in pixels. */
export interface MapPosition {
  readonly x: number;
  readonly y: number;
}

/** Pixels per degree of latitude on the map's geographic layout. */
export const MAP_PIXELS_PER_DEGREE = 900;

/**
 * The map's geographic layout: an equirectangular projection of WGS-84 coordinates around `centre` (longitudes
 * shrunk by the cosine of the centre's latitude, good enough at the scale of one federal state); east is +x,
 * north is -y (screen coordinates).
 */
export function projectToMap(point: GeoPoint, centre: GeoPoint): MapPosition {
  const cos = Math.cos((centre.latitude * Math.PI) / 180);
  return {
    x: (point.longitude - centre.longitude) * cos * MAP_PIXELS_PER_DEGREE,
    y: -(point.latitude - centre.latitude) * MAP_PIXELS_PER_DEGREE,
  };
}
