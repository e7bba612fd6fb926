/**
 * Plans an import: parses the file, maps every row, then checks what only the whole file and the store can
 * tell — duplicate ids, references to nodes in the file or the database, ids that would change their label,
 * relationships that would change their ends — and predicts what the upsert will create or update.
 */
import type { CreatedUpdated, ImportCounts, ImportKind, NodeLabel } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphStore, UpsertBatch } from '../../store/port.js';
import { parseCsv } from './csv-parse.js';
import type { RowError } from './csv-parse.js';
import { RowBuilder } from './row-builder.js';
import type { PlannedNode, PlannedRelationship, Reference } from './row-builder.js';
import { ROW_MAPPERS } from './row-mappers.js';

export type { ImportCounts };

export interface ImportPlan {
  readonly rows: number;
  readonly valid: number;
  /** Sorted by row; the header is row 1. */
  readonly errors: RowError[];
  readonly batch: UpsertBatch;
  /** What applying the batch would create or update. */
  readonly counts: ImportCounts;
}

/** Raised when the file maps to more items than one all-or-nothing upsert may hold. */
export class ImportTooLargeError extends Error {
  override readonly name = 'ImportTooLargeError';
}

const ID_COLUMN: Readonly<Record<ImportKind, string>> = {
  institutions: 'id',
  persons: 'id',
  topics: 'key',
  cooperations: 'id',
  memberships: 'person_id',
  themes: 'topics',
  nodes: 'id',
  edges: 'id',
};

const CHUNK = LIMITS.MAX_IDS;

async function loadNodes(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, GraphNode>> {
  const found = new Map<string, GraphNode>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    for (const node of await store.getNodes(ids.slice(start, start + CHUNK)))
      found.set(node.id, node);
  }
  return found;
}

async function loadRelationships(
  store: GraphStore,
  rels: readonly PlannedRelationship[],
): Promise<Map<string, { from: string; to: string }>> {
  const found = new Map<string, { from: string; to: string }>();
  for (let start = 0; start < rels.length; start += CHUNK) {
    const refs = rels.slice(start, start + CHUNK).map(({ type, id }) => ({ type, id }));
    for (const rel of await store.getRelationships(refs)) found.set(`${rel.type}:${rel.id}`, rel);
  }
  return found;
}

function referenceProblem(b: RowBuilder, ref: Reference, label: NodeLabel | undefined): void {
  if (label !== undefined) {
    if (!ref.labels.includes(label))
      b.error(ref.column, 'referenceHasOtherLabel', { id: ref.id, label, expected: ref.labels });
  } else if (ref.column === 'municipality_ags')
    b.error(ref.column, 'unknownRegion', { id: ref.id });
  else if (ref.labels.includes('Topic') && ref.labels.length === 1)
    b.error(ref.column, 'unknownTopic', { id: ref.id });
  else b.error(ref.column, 'unknownReference', { id: ref.id, expected: ref.labels });
}

function count(map: Partial<Record<string, CreatedUpdated>>, key: string, exists: boolean): void {
  const entry = (map[key] ??= { created: 0, updated: 0 });
  if (exists) entry.updated++;
  else entry.created++;
}

/** Ids twice in the file (reported on the later row); returns the labels of the file's nodes by id. */
function checkWithinFile(builders: readonly RowBuilder[], column: string): Map<string, NodeLabel> {
  const fileLabels = new Map<string, NodeLabel>();
  const firstRow = new Map<string, number>();
  for (const b of builders) {
    for (const node of b.nodes) {
      const earlier = firstRow.get(node.id);
      if (earlier !== undefined) b.error(column, 'duplicateId', { id: node.id, row: earlier });
      else firstRow.set(node.id, b.row);
      fileLabels.set(node.id, node.label);
    }
    // Relationships derived from a node row repeat exactly when the node does.
    if (b.nodes.length > 0) continue;
    for (const rel of b.relationships) {
      const key = `${rel.type}:${rel.id}`;
      const earlier = firstRow.get(key);
      if (earlier !== undefined)
        b.error(column, 'repeatsRow', { row: earlier, type: rel.type, id: rel.id });
      else firstRow.set(key, b.row);
    }
  }
  return fileLabels;
}

interface Stored {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly relationships: ReadonlyMap<string, { from: string; to: string }>;
  readonly fileLabels: ReadonlyMap<string, NodeLabel>;
}

/** Label clashes, unresolved references and moved relationship ends, reported on their rows. */
function checkAgainstStore(builders: readonly RowBuilder[], column: string, stored: Stored): void {
  for (const b of builders) {
    for (const node of b.nodes) {
      const before = stored.nodes.get(node.id);
      if (before && before.label !== node.label)
        b.error(column, 'idHasOtherLabel', { id: node.id, label: before.label });
    }
    for (const ref of b.references) {
      referenceProblem(b, ref, stored.fileLabels.get(ref.id) ?? stored.nodes.get(ref.id)?.label);
    }
    for (const rel of b.relationships) {
      const before = stored.relationships.get(`${rel.type}:${rel.id}`);
      if (before && (before.from !== rel.from || before.to !== rel.to))
        b.error(column, 'endsChange', { type: rel.type, id: rel.id });
    }
  }
}

/**
 * What the rows without errors would create and update, each node and relationship once: the counts a dry
 * run promises must not include rows that the report lists as wrong.
 */
function countValidRows(
  builders: readonly RowBuilder[],
  badRows: ReadonlySet<number>,
  stored: Stored,
): ImportCounts {
  const counts: ImportCounts = { nodes: {}, relationships: {} };
  const counted = new Set<string>();
  for (const b of builders) {
    if (badRows.has(b.row)) continue;
    for (const node of b.nodes) {
      if (counted.has(node.id)) continue;
      counted.add(node.id);
      count(counts.nodes, node.label, stored.nodes.has(node.id));
    }
    for (const rel of b.relationships) {
      const key = `${rel.type}:${rel.id}`;
      if (counted.has(key)) continue;
      counted.add(key);
      count(counts.relationships, rel.type, stored.relationships.has(key));
    }
  }
  return counts;
}

export async function planImport(
  store: GraphStore,
  kind: ImportKind,
  text: string,
): Promise<ImportPlan> {
  const parsed = parseCsv(kind, text);
  const headerBroken = parsed.errors.some((error) => error.row === 1);
  const builders = headerBroken ? [] : parsed.rows.map((row) => new RowBuilder(row));
  for (const builder of builders) ROW_MAPPERS[kind](builder);

  const nodes: PlannedNode[] = builders.flatMap((b) => b.nodes);
  const rels: PlannedRelationship[] = builders.flatMap((b) => b.relationships);
  if (nodes.length + rels.length > LIMITS.MAX_UPSERT_ITEMS) {
    throw new ImportTooLargeError(
      `This file would write ${nodes.length + rels.length} nodes and relationships; one import writes at most ` +
        `${LIMITS.MAX_UPSERT_ITEMS} in one all-or-nothing step. Split the file into smaller files.`,
    );
  }

  const fileLabels = checkWithinFile(builders, ID_COLUMN[kind]);
  const references = builders.flatMap((b) => b.references.filter((ref) => !fileLabels.has(ref.id)));
  const lookup = [...new Set([...fileLabels.keys(), ...references.map((ref) => ref.id)])];
  const stored: Stored = {
    nodes: await loadNodes(store, lookup),
    relationships: await loadRelationships(store, rels),
    fileLabels,
  };
  checkAgainstStore(builders, ID_COLUMN[kind], stored);

  const errors = [...parsed.errors, ...builders.flatMap((b) => b.errors)].sort(
    (a, b) => a.row - b.row,
  );
  const badRows = new Set(errors.map((error) => error.row));
  const counts = countValidRows(builders, badRows, stored);
  const rows = parsed.rows.length;
  const valid = headerBroken ? 0 : parsed.rows.filter((row) => !badRows.has(row.row)).length;
  return { rows, valid, errors, batch: { nodes, relationships: rels }, counts };
}
