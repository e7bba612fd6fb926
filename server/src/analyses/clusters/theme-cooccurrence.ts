/**
 * Theme co-occurrence network: topics as nodes, an edge between two topics weighted by the number of actors
 * (persons and institutions) working on both. Direct WORKS_ON topics only by default, since an actor on a
 * sub-topic trivially "co-occurs" with its key theme; `level: 'key'` maps every topic to its key theme first.
 * Cost Σ_actors t_a², tiny (actors have a handful of topics).
 */
import type { Snapshot } from '../kernel/snapshot.js';

export interface ThemeNetwork {
  readonly nodes: readonly { readonly topicId: string; readonly actors: number }[];
  readonly edges: readonly { readonly a: string; readonly b: string; readonly weight: number }[];
}

export function themeCooccurrence(
  snapshot: Snapshot,
  options: { readonly level?: 'topic' | 'key' } = {},
): ThemeNetwork {
  const rootOf = (t: string): string => {
    let current = t;
    for (let i = 0; i < 8; i++) {
      const parent = snapshot.parentOf.get(current);
      if (parent === undefined) break;
      current = parent;
    }
    return current;
  };
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const actor of snapshot.actorIds) {
    const direct = snapshot.topicsOf.get(actor) ?? [];
    const topics = [...new Set(options.level === 'key' ? direct.map(rootOf) : direct)].sort();
    topics.forEach((a, i) => {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      for (const b of topics.slice(i + 1))
        pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
    });
  }
  return {
    nodes: [...counts]
      .map(([topicId, actors]) => ({ topicId, actors }))
      .sort((x, y) => y.actors - x.actors || x.topicId.localeCompare(y.topicId)),
    edges: [...pairs]
      .map(([key, weight]) => {
        const [a = '', b = ''] = key.split('|');
        return { a, b, weight };
      })
      .sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
  };
}
