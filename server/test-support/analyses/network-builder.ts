/** Collects nodes and relationships of the analytics test network (ids of relationships are generated). */
import type { UpsertBatch } from '../../src/store/port.js';

export type Node = UpsertBatch['nodes'][number];
export type Rel = UpsertBatch['relationships'][number];
export type Props = Node['properties'];

export const at = (latitude: number, longitude: number) => ({ location: { latitude, longitude } });

export const nodes: Node[] = [];
export const relationships: Rel[] = [];
export const node = (label: Node['label'], id: string, properties: Props): void => {
  nodes.push({ label, id, properties });
};
let next = 0;
export const rel = (type: Rel['type'], from: string, to: string, properties: Props = {}): void => {
  relationships.push({ type, id: `t-${type.toLowerCase()}-${next++}`, from, to, properties });
};
