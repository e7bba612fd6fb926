import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { ENDPOINTS } from './fieldSpecs';

export interface RelationshipOption {
  readonly type: RelationshipType;
  /** Whether the current node is the start (from) of the new relationship. */
  readonly outgoing: boolean;
  /** Labels the other end may have. */
  readonly otherLabels: readonly NodeLabel[];
}

const includes = (labels: readonly NodeLabel[], label: NodeLabel) => labels.includes(label);

/**
 * The relationship types a node with `label` can take part in, and in which direction (graph-schema's
 * allowed endpoint labels). PART_OF links like with like (region–region, topic–topic).
 */
export function relationshipOptions(label: NodeLabel): RelationshipOption[] {
  const options: RelationshipOption[] = [];
  for (const [type, spec] of Object.entries(ENDPOINTS) as [
    RelationshipType,
    (typeof ENDPOINTS)[RelationshipType],
  ][]) {
    const from: readonly NodeLabel[] = spec.from;
    const to: readonly NodeLabel[] = spec.to;
    const same = (labels: readonly NodeLabel[]) => (type === 'PART_OF' ? [label] : labels);
    if (includes(from, label)) options.push({ type, outgoing: true, otherLabels: same(to) });
    else if (includes(to, label)) options.push({ type, outgoing: false, otherLabels: same(from) });
  }
  return options;
}
