/**
 * GET /api/export?format=csv|graphml|gexf|json — the graph the viewer may see, or one part of it:
 * regionId | topicId | networkId (the subgraph of that scope) or ids=a,b&depth=1..3 (their neighbourhood).
 * CSV comes as one file per request: part=nodes (default) or part=edges; delimiter=comma (default) or
 * semicolon. Anonymous viewers get public data only.
 */
import { validateId } from '@nzr/graph-schema';
import { Router } from 'express';
import type { Request } from 'express';
import { ApiError } from '../../api-errors.js';
import { LIMITS } from '../../store/port.js';
import { toCsv } from './export-formats/csv.js';
import { toGexf } from './export-formats/gexf.js';
import { toGraphml } from './export-formats/graphml.js';
import { toJson } from './export-formats/json.js';
import { ExportService } from './export.service.js';
import type { ExportQuery } from './export.service.js';
import type { ExportGraph } from './export-formats/columns.js';
import type { ViewerOf } from './import.router.js';
import type { GraphStore } from '../../store/port.js';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
} as const;
type Format = keyof typeof FORMATS;

const bad = (message: string): ApiError => new ApiError('BAD_REQUEST', message);

function param(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw bad(`${name} must be given once.`);
  return value;
}

function checkedId(name: string, value: string): string {
  if (validateId(value).length > 0) throw bad(`${name} is not a valid id: ${value.slice(0, 140)}`);
  return value;
}

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

function render(
  req: Request,
  format: Format,
  graph: ExportGraph,
): { body: string; suffix: string } {
  if (format === 'json') return { body: toJson(graph), suffix: '' };
  if (format === 'graphml') return { body: toGraphml(graph), suffix: '' };
  if (format === 'gexf') return { body: toGexf(graph), suffix: '' };
  const part = param(req, 'part') ?? 'nodes';
  if (part !== 'nodes' && part !== 'edges') throw bad('part must be nodes or edges.');
  const delimiter = param(req, 'delimiter') ?? 'comma';
  if (delimiter !== 'comma' && delimiter !== 'semicolon')
    throw bad('delimiter must be comma or semicolon.');
  return { body: toCsv(graph, part, delimiter === 'comma' ? ',' : ';'), suffix: `-${part}` };
}

export function exportRouter(store: GraphStore, viewerOf: ViewerOf): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const format = param(req, 'format') ?? 'json';
    if (!Object.hasOwn(FORMATS, format)) throw bad('format must be csv, graphml, gexf or json.');
    const { query, stem } = parseQuery(req);
    const viewer = await viewerOf(req);
    const graph = await new ExportService(store, viewer).graph(query);
    const { body, suffix } = render(req, format as Format, graph);
    const { type, ext } = FORMATS[format as Format];
    const date = new Date().toISOString().slice(0, 10);
    const filename = `nzr-${stem}${suffix}-${date}.${ext}`.replace(/[^A-Za-z0-9_.-]/g, '_');
    res.attachment(filename).type(type).send(body);
  });
  return router;
}
