/**
 * The whole-graph export next to the `stats` query, as one viewer sees both over HTTP: node counts per label
 * and relationship counts per type of `GET /api/export?format=json`, and the counts `stats` shows that viewer
 * (for viewers who may not see every person, stats leaves out Person and every type that can touch a person).
 * Used by the completeness tests of the server (a fixture with hidden persons) and the seed (the demo data).
 */
export interface Counts {
  readonly nodes: Record<string, number>;
  readonly relationships: Record<string, number>;
}

interface StatsAnswer {
  readonly data?: {
    stats: {
      nodes: { label: string; count: number }[];
      relationships: { type: string; count: number }[];
    };
  };
}

interface JsonExport {
  readonly nodes: { label: string }[];
  readonly relationships: { type: string }[];
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export async function exportAndStats(
  url: string,
  token: string | null,
): Promise<{ exported: Counts; stats: Counts }> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const exportResponse = await fetch(`${url}/api/export?format=json`, { headers });
  if (exportResponse.status !== 200) {
    throw new Error(`export answered ${exportResponse.status}: ${await exportResponse.text()}`);
  }
  const graph = (await exportResponse.json()) as JsonExport;
  const statsResponse = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ stats { nodes { label count } relationships { type count } } }',
    }),
  });
  const answer = (await statsResponse.json()) as StatsAnswer;
  if (!answer.data) throw new Error(`stats failed: ${JSON.stringify(answer)}`);
  return {
    exported: {
      nodes: countBy(graph.nodes.map((node) => node.label)),
      relationships: countBy(graph.relationships.map((rel) => rel.type)),
    },
    stats: {
      nodes: Object.fromEntries(answer.data.stats.nodes.map((n) => [n.label, n.count])),
      relationships: Object.fromEntries(
        answer.data.stats.relationships.map((r) => [r.type, r.count]),
      ),
    },
  };
}

/** The exported counts of exactly the labels and types stats shows (0 where the export has none). */
export function exportedAsStats(exported: Counts, stats: Counts): Counts {
  const pick = (from: Record<string, number>, keys: Record<string, number>) =>
    Object.fromEntries(Object.keys(keys).map((key) => [key, from[key] ?? 0]));
  return {
    nodes: pick(exported.nodes, stats.nodes),
    relationships: pick(exported.relationships, stats.relationships),
  };
}
