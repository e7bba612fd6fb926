/**
 * Type-level check that the local field table (fieldSpecs.ts) mirrors graph-schema's property specs exactly:
 * the same property names per label and relationship type, the same kinds, required flags, maximum lengths
 * and bounds. The client may import only types from graph-schema, so `typeof NODE_LABELS` is read as a type.
 */
import type {
  NODE_LABELS,
  NodeLabel,
  RELATIONSHIP_TYPES,
  RelationshipType,
} from '@nzr/graph-schema';

type Req<S> = S extends { readonly required: true }
  ? { readonly required: true }
  : { readonly required?: never };
type Bound<S, K extends string> = S extends { readonly [P in K]: infer V }
  ? { readonly [P in K]: V }
  : { readonly [P in K]?: never };
type Values<S> = S extends { readonly values: readonly (infer V)[] } ? readonly V[] : never;

/** The local spec a graph-schema property spec must be copied as. */
export type Mirror<S> = Req<S> &
  (S extends { readonly type: 'string'; readonly format: 'email'; readonly maxLength: infer M }
    ? { readonly kind: 'email'; readonly maxLength: M }
    : S extends { readonly type: 'string'; readonly format: 'url'; readonly maxLength: infer M }
      ? { readonly kind: 'url'; readonly maxLength: M }
      : S extends { readonly type: 'string'; readonly maxLength: infer M }
        ? { readonly kind: 'text' | 'textarea'; readonly maxLength: M }
        : S extends { readonly type: 'integer' | 'float' }
          ? { readonly kind: S['type'] } & Bound<S, 'min'> & Bound<S, 'max'>
          : S extends { readonly type: 'enum' }
            ? { readonly kind: 'enum'; readonly values: Values<S> }
            : S extends { readonly type: 'enum[]' }
              ? { readonly kind: 'enum[]'; readonly values: Values<S> }
              : S extends { readonly type: 'date' | 'point' | 'boolean' }
                ? { readonly kind: S['type'] }
                : never);

type MirrorAll<P> = { readonly [K in keyof P]: Mirror<P[K]> };

export type NodeFieldTable = {
  readonly [L in NodeLabel]: MirrorAll<(typeof NODE_LABELS)[L]['properties']>;
};
export type RelationshipFieldTable = {
  readonly [T in RelationshipType]: MirrorAll<(typeof RELATIONSHIP_TYPES)[T]['properties']>;
};
export type EndpointTable = {
  readonly [T in RelationshipType]: {
    readonly from: readonly (typeof RELATIONSHIP_TYPES)[T]['from'][number][];
    readonly to: readonly (typeof RELATIONSHIP_TYPES)[T]['to'][number][];
    readonly symmetric: (typeof RELATIONSHIP_TYPES)[T]['symmetric'];
  };
};

/** `true` only when every value of `All` is listed. */
export type Exhaustive<All extends string, Listed extends string> = [Exclude<All, Listed>] extends [
  never,
]
  ? true
  : { missing: Exclude<All, Listed> };
