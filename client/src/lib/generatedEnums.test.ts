/**
 * The generated GraphQL enums are string unions (client/codegen.ts), not a second set of values: each must be
 * exactly graph-schema's type, so results flow into code typed with graph-schema and back without casts.
 * Checked by the type checker (`npm run check`); the test body only runs the assertions.
 */
import type {
  NodeLabel,
  RelationshipType,
  ResourceKind,
  Role,
  Sector,
  Visibility,
} from '@nzr/graph-schema';
import { describe, expectTypeOf, it } from 'vitest';
import type * as Generated from '../generated/graphql';

describe('generated GraphQL enums', () => {
  it('are graph-schema’s unions', () => {
    expectTypeOf<Generated.Sector>().toEqualTypeOf<Sector>();
    expectTypeOf<Generated.NodeLabel>().toEqualTypeOf<NodeLabel>();
    expectTypeOf<Generated.RelationshipType>().toEqualTypeOf<RelationshipType>();
    expectTypeOf<Generated.ResourceKind>().toEqualTypeOf<ResourceKind>();
    expectTypeOf<Generated.Role>().toEqualTypeOf<Role>();
    expectTypeOf<Generated.Visibility>().toEqualTypeOf<Visibility>();
  });
});
