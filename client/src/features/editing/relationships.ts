import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, allowsEndpoints } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';

export interface RelationshipOption {
  readonly type: RelationshipType;
  /** Whether the current node is the start (from) of the new relationship. */
  readonly outgoing: boolean;
  /** Labels the other end may have. */
  readonly otherLabels: readonly NodeLabel[];
}

/**
 * The relationship types a node with `label` can take part in, and in which direction, with the labels the
 * other end may have (graph-schema's `allowsEndpoints`, so PART_OF links like with like).
 */
export function relationshipOptions(label: NodeLabel): RelationshipOption[] {
  const options: RelationshipOption[] = [];
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const spec = RELATIONSHIP_TYPES[type];
    const from: readonly NodeLabel[] = spec.from;
    const to: readonly NodeLabel[] = spec.to;
    if (from.includes(label)) {
      const otherLabels = to.filter((other) => allowsEndpoints(type, label, other));
      options.push({ type, outgoing: true, otherLabels });
    } else if (to.includes(label)) {
      const otherLabels = from.filter((other) => allowsEndpoints(type, other, label));
      options.push({ type, outgoing: false, otherLabels });
    }
  }
  return options;
}
