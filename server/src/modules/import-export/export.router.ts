/**
 * GET /api/export?format=csv|graphml|gexf|json — the graph the viewer may see, or one part of it:
 * regionId | topicId | networkId (the subgraph of that scope) or ids=a,b&depth=1..3 (their neighbourhood).
 * CSV comes as one file per request: part=nodes (default) or part=edges; delimiter=comma (default) or
 * semicolon. Anonymous viewers get public data only.
 *
 * Exports are heavy work (heavy/heavy-work.ts): admitted by the gate (503 SERVER_BUSY or 429
 * TOO_MANY_HEAVY_REQUESTS with Retry-After when they do not fit), rendered on a worker thread and streamed to
 * the client chunk by chunk as it reads them.
 */
import { Router } from 'express';
import type { Request } from 'express';
import { LIMITS } from '../../store/port.js';
import { heavyClient } from '../../heavy/heavy-gate.js';
import type { HeavyWork } from '../../heavy/heavy-work.js';
import type { ExportFormat } from '../../heavy/export-task.js';
import { clientAddress } from '../../auth/request-viewer.js';
import type { ExportQuery } from './export.service.js';
import type { ViewerOf } from './import.router.js';
import type { GraphStore } from '../../store/port.js';
import { bad, checkedId, delimiterParam, param } from './query-params.js';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
} as const;
type Format = keyof typeof FORMATS;

/** The export query and a file name stem describing it. */
export function parseQuery(req: Request): { query: ExportQuery; stem: string } {
  const scopes = (['regionId', 'topicId', 'networkId', 'ids'] as const).filter(
    (name) => param(req, name) !== undefined,
  );
  if (scopes.length > 1) throw bad('Give at most one of regionId, topicId, networkId and ids.');
  const depthText = param(req, 'depth');
  const depth = depthText === undefined ? 1 : Number(depthText);
  if (!Number.isInteger(depth) || depth < 1 || depth > LIMITS.MAX_DEPTH) {
    throw bad(`depth must be a whole number from 1 to ${LIMITS.MAX_DEPTH}.`);
  }
  const [scope] = scopes;
  if (scope === undefined) return { query: { all: true }, stem: 'all' };
  const value = param(req, scope) ?? '';
  if (scope !== 'ids') {
    const id = checkedId(scope, value);
    const scoped =
      scope === 'regionId'
        ? { regionId: id }
        : scope === 'topicId'
          ? { topicId: id }
          : { networkId: id };
    return { query: { scope: scoped }, stem: id };
  }
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (ids.length === 0 || ids.length > LIMITS.MAX_START_IDS) {
    throw bad(`ids must list 1 to ${LIMITS.MAX_START_IDS} ids separated by commas.`);
  }
  ids.forEach((id) => checkedId('ids', id));
  return {
    query: { ids, depth },
    stem: ids.length === 1 ? `${ids[0]}-depth${depth}` : `selection-depth${depth}`,
  };
}

/** The format to render and the file name suffix (CSV: which part). Checked before any work is admitted. */
function formatOf(req: Request, format: Format): { format: ExportFormat; suffix: string } {
  if (format !== 'csv') return { format: { format }, suffix: '' };
  const part = param(req, 'part') ?? 'nodes';
  if (part !== 'nodes' && part !== 'edges') throw bad('part must be nodes or edges.');
  return {
    format: { format, part, delimiter: delimiterParam(req) },
    suffix: `-${part}`,
  };
}

export function exportRouter(store: GraphStore, viewerOf: ViewerOf, heavy: HeavyWork): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const format = param(req, 'format') ?? 'json';
    if (!Object.hasOwn(FORMATS, format)) throw bad('format must be csv, graphml, gexf or json.');
    const rendered = formatOf(req, format as Format);
    const { query, stem } = parseQuery(req);
    const viewer = await viewerOf(req);
    await heavy.admit(heavyClient(viewer, clientAddress(req)), async () => {
      const { type, ext } = FORMATS[format as Format];
      const date = new Date().toISOString().slice(0, 10);
      const filename = `nzr-${stem}${rendered.suffix}-${date}.${ext}`.replace(
        /[^A-Za-z0-9_.-]/g,
        '_',
      );
      // The headers go out once the thread has gathered the graph: a too large export is still a 413.
      const begin = (): void => void res.attachment(filename).type(type);
      try {
        await heavy.exportTo(res, { query, viewer }, rendered.format, begin);
      } catch (error) {
        // Part of the file may be out already: cut the connection so the client sees an incomplete download.
        if (res.headersSent) res.destroy();
        throw error;
      }
      res.end();
    });
  });
  return router;
}
