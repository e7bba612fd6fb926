/** The importer's CSV format for institutions, written from a generated graph. */
import type { GeneratedGraph } from '../generate/types.js';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'sector',
  'description',
  'url',
  'address',
  'latitude',
  'longitude',
  'municipality_ags',
  'topics',
];

export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The first `rows` institutions of a generated graph as an importer CSV file. */
export function institutionsCsv(graph: GeneratedGraph, rows: number): string {
  const ags = new Map<string, string>();
  const topics = new Map<string, string[]>();
  for (const rel of graph.relationships) {
    if (rel.type === 'LOCATED_IN') ags.set(rel.from, rel.to.replace(/^reg-/, ''));
    if (rel.type === 'WORKS_ON')
      topics.set(rel.from, [...(topics.get(rel.from) ?? []), rel.to.replace(/^top-/, '')]);
  }
  const lines = [COLUMNS.join(',')];
  for (const node of graph.nodes.filter((n) => n.label === 'Institution').slice(0, rows)) {
    const p = node.properties;
    const location =
      typeof p.location === 'object' && !Array.isArray(p.location) ? p.location : null;
    lines.push(
      [
        node.id,
        p.name,
        p.kind,
        p.sector,
        p.description,
        p.url,
        p.address,
        location?.latitude,
        location?.longitude,
        ags.get(node.id),
        (topics.get(node.id) ?? []).join('|'),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
