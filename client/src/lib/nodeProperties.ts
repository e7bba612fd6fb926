import type { NodeLabel, NodeProperties } from '@nzr/graph-schema';

/**
 * A node's `properties` with graph-schema's types for its label. The GraphQL schema types them as a JSON object
 * ("keys per label, see graph-schema", validated on every write), so the generated types say only
 * `Record<string, unknown>`; this states the label once instead of a hand-written shape per component. Any key
 * may be missing: the viewer sees only what it may see.
 */
export const propertiesOf = <L extends NodeLabel>(properties: Readonly<Record<string, unknown>>) =>
  properties as Readonly<Partial<NodeProperties<L>>>;
