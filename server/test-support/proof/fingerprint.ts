/**
 * A full dump of a small store through the port (every node, relationship, account and audit entry with its
 * version), to prove that a rejected request changed nothing and that an accepted one left the store
 * consistent. Meant for test stores of a few hundred items, not for production data.
 */
import { LIMITS } from '../../src/store/port.js';
import type { GraphStore } from '../../src/store/port.js';

export interface StoreDump {
  /** `id@version` per node, sorted, with the properties as JSON (so any change of a value shows). */
  readonly nodes: readonly string[];
  readonly relationships: readonly string[];
  readonly accounts: readonly string[];
  readonly auditIds: readonly string[];
  /** Proposals (issue 15) as `id@version:status`, sorted. */
  readonly proposals: readonly string[];
  readonly stats: string;
  /** Relationships whose start or end node is missing (always empty in a consistent store). */
  readonly dangling: readonly string[];
}

async function allNodeIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.search({
      text: '',
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after ? { after } : {}),
    });
    ids.push(...page.hits.map((hit) => hit.node.id));
    if (!page.hasNextPage || page.endCursor === null) return ids;
    after = page.endCursor;
  }
}

async function allAccounts(store: GraphStore): Promise<string[]> {
  const out: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listAccounts({
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after ? { after } : {}),
    });
    out.push(
      ...page.accounts.map(
        (a) => `${a.id}@${a.version}:${a.email}:${a.role}:${a.disabled}:${a.displayName}`,
      ),
    );
    if (!page.hasNextPage || page.endCursor === null) return out;
    after = page.endCursor;
  }
}

async function allAuditIds(store: GraphStore): Promise<string[]> {
  const out: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listAudit({
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after ? { after } : {}),
    });
    out.push(...page.entries.map((entry) => entry.id));
    if (!page.hasNextPage || page.endCursor === null) return out;
    after = page.endCursor;
  }
}

async function allProposals(store: GraphStore): Promise<string[]> {
  const all: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listProposals({ first: 100, ...(after ? { after } : {}) });
    all.push(...page.proposals.map((p) => `${p.id}@${p.version}:${p.status}`));
    if (!page.hasNextPage || !page.endCursor) return all.sort();
    after = page.endCursor;
  }
}

export async function dumpStore(store: GraphStore): Promise<StoreDump> {
  const ids = await allNodeIds(store);
  const nodes: string[] = [];
  const relationships = new Map<string, string>();
  const ends: [string, string, string][] = [];
  for (let start = 0; start < ids.length; start += LIMITS.MAX_START_IDS) {
    const chunk = ids.slice(start, start + LIMITS.MAX_START_IDS);
    for (const node of await store.getNodes(chunk)) {
      nodes.push(`${node.label}:${node.id}@${node.version}:${JSON.stringify(node.properties)}`);
    }
    const around = await store.neighbourhood({ ids: chunk, depth: 1, limit: LIMITS.MAX_LIMIT });
    for (const rel of around.relationships) {
      ends.push([`${rel.type}:${rel.id}`, rel.from, rel.to]);
      relationships.set(
        `${rel.type}:${rel.id}`,
        `${rel.type}:${rel.id}@${rel.version}:${rel.from}->${rel.to}:${JSON.stringify(rel.properties)}`,
      );
    }
  }
  const known = new Set(ids);
  return {
    dangling: ends.filter(([, from, to]) => !known.has(from) || !known.has(to)).map(([rel]) => rel),
    nodes: nodes.sort(),
    relationships: [...relationships.values()].sort(),
    accounts: (await allAccounts(store)).sort(),
    proposals: await allProposals(store),
    auditIds: await allAuditIds(store),
    stats: JSON.stringify(await store.stats()),
  };
}

/** Problems that would make the store inconsistent: dangling relationships, counts that do not add up. */
export function inconsistencies(dump: StoreDump): string[] {
  const problems = dump.dangling.map((rel) => `dangling relationship ${rel}`);
  const stats = JSON.parse(dump.stats) as {
    nodes: Record<string, number>;
    relationships: Record<string, number>;
  };
  const sum = (counts: Record<string, number>): number =>
    Object.values(counts).reduce((total, count) => total + count, 0);
  if (sum(stats.nodes) !== dump.nodes.length) {
    problems.push(`stats count ${sum(stats.nodes)} nodes, the dump ${dump.nodes.length}`);
  }
  if (sum(stats.relationships) !== dump.relationships.length) {
    problems.push(
      `stats count ${sum(stats.relationships)} relationships, the dump ${dump.relationships.length}`,
    );
  }
  return problems;
}
