/**
 * Colours of the network map, shared by the stylesheet and the legend. Institutions are coloured by sector
 * (the cross-sector view is the point of the map); other labels get muted colours of their own.
 * The sector palette is Okabe–Ito based, distinguishable with the common colour-vision deficiencies.
 */
import type { NodeLabel, Sector } from '@nzr/graph-schema';

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

const UNKNOWN = '#bbbbbb';

export function colourOf(label: NodeLabel, sector: Sector | null): string {
  if (label === 'Institution') return sector ? SECTOR_COLOURS[sector] : UNKNOWN;
  return LABEL_COLOURS[label];
}
