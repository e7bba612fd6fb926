/** How each relation kind is drawn; shared by the stylesheet, the legend and the SVG export. */
import type { RelationshipType } from '@nzr/graph-schema';

export interface EdgeStyle {
  readonly colour: string;
  readonly width: number;
  readonly line: 'solid' | 'dashed' | 'dotted';
  /** Directed relations get an arrow; symmetric ones (cooperation, acquaintance) do not. */
  readonly arrow: boolean;
}

export const EDGE_STYLES: Readonly<Record<RelationshipType, EdgeStyle>> = {
  COOPERATES_WITH: { colour: '#1f5f3f', width: 3, line: 'solid', arrow: false },
  KNOWS: { colour: '#b54a00', width: 1.5, line: 'dotted', arrow: false },
  MEMBER_OF: { colour: '#5b6770', width: 1.5, line: 'solid', arrow: true },
  MEMBER_OF_NETWORK: { colour: '#2c3e50', width: 1.5, line: 'dashed', arrow: true },
  WORKS_ON: { colour: '#9aa5a8', width: 1, line: 'dashed', arrow: true },
  OFFERS: { colour: '#007a5a', width: 2, line: 'solid', arrow: true },
  NEEDS: { colour: '#b03a2e', width: 2, line: 'dashed', arrow: true },
  RUNS: { colour: '#117864', width: 1.5, line: 'solid', arrow: true },
  FUNDED_BY: { colour: '#9a7400', width: 1.5, line: 'solid', arrow: true },
  LOCATED_IN: { colour: '#b9ae92', width: 1, line: 'dotted', arrow: true },
  PART_OF: { colour: '#a39267', width: 1, line: 'solid', arrow: true },
  ELIGIBLE_IN: { colour: '#c49a9a', width: 1, line: 'dotted', arrow: true },
};
