/**
 * The /api/export address of the current view. The API takes at most one scope: focus ids (with depth) win,
 * then network, topic, region; without any it exports everything on the map (the state).
 */
import { LIMITS } from '@nzr/graph-schema';

export const EXPORT_FORMATS = ['csv-nodes', 'csv-edges', 'graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportScope {
  readonly focus: readonly string[];
  readonly depth: number;
  readonly regionId: string | null;
  readonly topicId: string | null;
  readonly networkId: string | null;
}

/** The API's limit of start ids. */
export const MAX_EXPORT_IDS = LIMITS.MAX_START_IDS;

export function exportUrl(scope: ExportScope, format: ExportFormat): string {
  const params = new URLSearchParams();
  params.set('format', format.startsWith('csv') ? 'csv' : format);
  if (format === 'csv-nodes') params.set('part', 'nodes');
  if (format === 'csv-edges') params.set('part', 'edges');
  if (scope.focus.length > 0) {
    params.set('ids', scope.focus.slice(0, MAX_EXPORT_IDS).join(','));
    if (scope.depth !== 1) params.set('depth', String(scope.depth));
  } else if (scope.networkId) params.set('networkId', scope.networkId);
  else if (scope.topicId) params.set('topicId', scope.topicId);
  else if (scope.regionId) params.set('regionId', scope.regionId);
  return `/api/export?${params.toString().replaceAll('%2C', ',')}`;
}

/** Stated once in lib/download.ts (the record exports' button uses it too). */
export { fileNameFrom } from '../../lib/download';
