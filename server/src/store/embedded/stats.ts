/**
 * Counts of the embedded store for `stats`: nodes per label, relationships per type, and the persons a viewer
 * may see per visibility (only those with valid consent, as the visibility filter has it).
 */
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES, hasValidConsent } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { StoreStats } from '../port.js';
import { isVisibility, noPersons } from '../shared/person-counts.js';
import type { GraphState } from './graph-state.js';

export function storeStats(state: GraphState): StoreStats {
  const nodes = {} as Record<NodeLabel, number>;
  for (const label of NODE_LABEL_NAMES) nodes[label] = state.idsWithLabel(label).size;
  const relationships = {} as Record<RelationshipType, number>;
  for (const type of RELATIONSHIP_TYPE_NAMES) relationships[type] = state.countRelationships(type);
  const personsByVisibility = noPersons();
  for (const id of state.idsWithLabel('Person')) {
    const properties = state.nodes.get(id)?.properties ?? {};
    const visibility = properties.visibility;
    if (isVisibility(visibility) && hasValidConsent(properties)) personsByVisibility[visibility]++;
  }
  return { nodes, relationships, personsByVisibility };
}
