import type { RelationshipType } from '@nzr/graph-schema';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RelationshipTypeEnum } from '../../graphql/enums.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('GraphEdge', { description: 'A relationship between two nodes of a graph.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Id of the relationship (unique per relationship type).' })
  id!: string;

  @Field(() => RelationshipTypeEnum, { description: 'Type of the relationship.' })
  type!: RelationshipType;

  @Field(() => Int, { description: 'Version; pass it as expectedVersion to update or delete.' })
  version!: number;

  @Field(() => ID, { description: 'Id of the start node (for symmetric types, either end).' })
  source!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  target!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Properties of the relationship (per type, see graph-schema).',
  })
  properties!: Record<string, unknown>;
}

@ObjectType('Graph', { description: 'A bounded subgraph: nodes and the edges between them.' })
export class Graph {
  @Field(() => [GraphNode], { description: 'Nodes, nearer hops first.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Edges whose both ends are in `nodes`.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the graph short.' })
  truncated!: boolean;
}
