/**
 * The changes that merge entry `remove` into entry `keep`, as one atomic write (pure, so it is tested without a
 * store):
 * - every relationship of `remove` is re-created on `keep` (new id, same type, direction and properties),
 *   except one between the two (it would become a loop), one `keep` already has exactly (same type, same
 *   other end, same direction or either for symmetric types, same properties), and a LOCATED_IN when `keep`
 *   already lies somewhere (an entry lies in one place);
 * - `keep` gets every property it lacks from `remove`, and the properties the coordinator chose
 *   (`takeProperties`) from `remove` even when it has them;
 * - `remove` is deleted (with its old relationships), with the version the coordinator saw.
 */
import { RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import type { Change, GraphNode, GraphRelationship, PropertyValue } from '../../store/port.js';

export interface MergeInput {
  readonly keep: GraphNode;
  readonly remove: GraphNode;
  /** Every relationship that touches `keep` / `remove`. */
  readonly keepRelationships: readonly GraphRelationship[];
  readonly removeRelationships: readonly GraphRelationship[];
  readonly takeProperties: readonly string[];
  readonly newRelationshipId: () => string;
}

export interface MergePlan {
  readonly changes: Change[];
  readonly moved: number;
  /** Relationships of `remove` not moved (duplicates, the tie between the two, a second location). */
  readonly skipped: number;
  /** Names of the properties `keep` takes from `remove`. */
  readonly takenProperties: string[];
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** A relationship's identity for "exactly the same": type, ends (ordered unless symmetric), properties. */
function signature(
  type: GraphRelationship['type'],
  from: string,
  to: string,
  props: object,
): string {
  const ends = RELATIONSHIP_TYPES[type].symmetric && to < from ? [to, from] : [from, to];
  return `${type}|${ends.join('|')}|${canonical(props)}`;
}

export function planMerge(input: MergeInput): MergePlan {
  const { keep, remove } = input;
  const known = new Set(
    input.keepRelationships.map((r) => signature(r.type, r.from, r.to, r.properties)),
  );
  let located = input.keepRelationships.some((r) => r.type === 'LOCATED_IN' && r.from === keep.id);
  const creates: Change[] = [];
  let skipped = 0;
  const sorted = [...input.removeRelationships].sort(
    (a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
  );
  for (const rel of sorted) {
    const from = rel.from === remove.id ? keep.id : rel.from;
    const to = rel.to === remove.id ? keep.id : rel.to;
    const sig = signature(rel.type, from, to, rel.properties);
    const secondPlace = rel.type === 'LOCATED_IN' && from === keep.id && located;
    if (from === to || known.has(sig) || secondPlace) {
      skipped++;
      continue;
    }
    known.add(sig);
    if (rel.type === 'LOCATED_IN' && from === keep.id) located = true;
    const id = input.newRelationshipId();
    creates.push({
      op: 'createRelationship',
      type: rel.type,
      id,
      from,
      to,
      properties: rel.properties,
    });
  }
  const taken: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(remove.properties)) {
    if (!(key in keep.properties) || input.takeProperties.includes(key)) taken[key] = value;
  }
  return {
    // The two entries first: the audit entry (one item per change, in order) names them before the moves.
    changes: [
      { op: 'updateNode', id: keep.id, properties: taken, expectedVersion: keep.version },
      { op: 'deleteNode', id: remove.id, expectedVersion: remove.version },
      ...creates,
    ],
    moved: creates.length,
    skipped,
    takenProperties: Object.keys(taken).sort(),
  };
}
