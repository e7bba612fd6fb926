/**
 * The GraphStore port: every operation the product needs from a graph database, bounded by design.
 * Implemented by the embedded store (default) and the Neo4j store; both are held to one contract suite
 * (contract.test.ts). Everything above this port is written once.
 */
import type {
  GeoPoint,
  IntroductionActorLabel,
  IntroductionStatus,
  NodeLabel,
  RelationshipType,
  Sector,
  Visibility,
} from '@nzr/graph-schema';
import type {
  Account,
  AccountInput,
  AccountLookup,
  AuditInput,
  AuditPage,
  AuditQuery,
  Introduction,
  IntroductionInput,
  IntroductionPage,
  IntroductionQuery,
  TieProposal,
  TieProposalInput,
  TieProposalPage,
  TieProposalQuery,
} from './system-records.js';
import type {
  Proposal,
  ProposalCount,
  ProposalInput,
  ProposalPage,
  ProposalQuery,
} from './proposal-records.js';

/** Property values as stored: strings, numbers, booleans, dates (ISO strings), points and string lists. */
export type PropertyValue = string | number | boolean | GeoPoint | string[];
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  readonly id: string;
  readonly label: NodeLabel;
  /** Starts at 1, grows by one with every update; used for optimistic concurrency. */
  readonly version: number;
  /** ISO timestamps set by the store. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly properties: Properties;
}

export interface GraphRelationship {
  readonly id: string;
  readonly type: RelationshipType;
  /** Id of the start node (for symmetric types, whichever end was given on create). */
  readonly from: string;
  readonly to: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly properties: Properties;
}

export interface Subgraph {
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
  /** True when the limit cut the result short. */
  readonly truncated: boolean;
}

/** Filters shared by search, radius and neighbourhood queries. All given filters must hold (AND). */
export interface NodeFilter {
  /** Only nodes with one of these labels. */
  readonly labels?: readonly NodeLabel[];
  /** Only nodes whose `sector` is one of these, which means only institutions. */
  readonly sectors?: readonly Sector[];
  /** Only nodes that WORK_ON one of these topics or one of their sub-topics. */
  readonly topicIds?: readonly string[];
  /** Only nodes LOCATED_IN this region or any region PART_OF it (any level). */
  readonly regionId?: string;
  /** Only members (MEMBER_OF_NETWORK) of this network. */
  readonly networkId?: string;
  /** Institutions of these kinds / resources of these kinds (the `kind` property). */
  readonly kinds?: readonly string[];
  /**
   * Persons whose visibility is not listed are invisible: not returned, not traversed, not counted.
   * Absent means no restriction (trusted internal callers only).
   */
  readonly visibilities?: readonly Visibility[];
}

export interface SearchQuery {
  /** Words to find in name and description; every word must match, the last one as a prefix. May be empty. */
  readonly text: string;
  readonly filter?: NodeFilter;
  /** Page size, 1..MAX_PAGE_SIZE. */
  readonly first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  readonly after?: string;
}

export interface SearchHit {
  readonly node: GraphNode;
  /**
   * Relevance from the hit alone (shared/search-rank.ts): 2 when every word matched in the name, 1 otherwise;
   * hits of equal score by name, then id. Empty text: 0 and ordering by name.
   */
  readonly score: number;
}

export interface SearchPage {
  readonly hits: SearchHit[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export interface RadiusQuery {
  readonly center: GeoPoint;
  /** 0..MAX_RADIUS_KM; a node exactly on the circle is inside. */
  readonly radiusKm: number;
  readonly filter?: NodeFilter;
  /** 1..MAX_LIMIT; the nearest come first. */
  readonly limit: number;
}

export interface RadiusHit {
  readonly node: GraphNode;
  /** Great-circle distance (haversine, earth radius as Neo4j's point.distance uses). */
  readonly distanceKm: number;
}

export interface NeighbourhoodQuery {
  /** Start nodes (1..MAX_START_IDS); always included when they exist and pass the visibility filter. */
  readonly ids: readonly string[];
  /** 1..3 hops. */
  readonly depth: number;
  /** Relationship types to follow (both directions); absent means all. */
  readonly relationshipTypes?: readonly RelationshipType[];
  /** Filter for reached nodes (not for start nodes, except visibility). */
  readonly filter?: NodeFilter;
  /** Maximum number of nodes, 1..MAX_LIMIT; nearer hops first, ties by id. */
  readonly limit: number;
  /**
   * ISO date `YYYY-MM-DD` ("Stand am …"): only relationships in force on that day are followed and returned
   * (graph-schema RELATIONSHIP_PERIODS: begin date not after it, end date not before it, undated always).
   * A node reached only through relationships not in force is not in the result. Absent: no date filter.
   */
  readonly activeOn?: string;
}

/** What bounds a subgraph for analytics: exactly one of region, topic, network. */
export type SubgraphScope =
  { readonly regionId: string } | { readonly topicId: string } | { readonly networkId: string };

export interface SubgraphQuery {
  readonly scope: SubgraphScope;
  /** Labels of the core nodes taken from the scope; default Person and Institution. */
  readonly labels?: readonly NodeLabel[];
  /** Relationship types returned between core nodes and to attached nodes; absent means all. */
  readonly relationshipTypes?: readonly RelationshipType[];
  /** Labels of neighbours attached to the core (e.g. Topic, Region, Resource) with their relationships. */
  readonly attachLabels?: readonly NodeLabel[];
  readonly visibilities?: readonly Visibility[];
  /** Maximum number of core nodes, 1..MAX_SUBGRAPH_LIMIT; ties by id. */
  readonly limit: number;
}

/** A subgraph with the node its scope names. */
export interface ScopedSubgraph extends Subgraph {
  /**
   * The node with the scope's id as getNodes returns it (any label, no visibility filter), null when there is
   * none: a caller tells a missing scope from an empty one from the same call, without looking it up first.
   */
  readonly scopeNode: GraphNode | null;
}

/** Relationship ids are unique per relationship type (as Neo4j's relationship uniqueness constraints are). */
export interface RelationshipRef {
  readonly type: RelationshipType;
  readonly id: string;
}

/** One change in an atomic write. */
export type Change =
  | {
      readonly op: 'createNode';
      readonly label: NodeLabel;
      readonly id: string;
      readonly properties: Properties;
    }
  | {
      readonly op: 'updateNode';
      readonly id: string;
      /** Properties to set; `null` removes an optional property. */
      readonly properties: Record<string, PropertyValue | null>;
      /** When given, the update fails with CONFLICT unless the node has this version. */
      readonly expectedVersion?: number;
    }
  | { readonly op: 'deleteNode'; readonly id: string; readonly expectedVersion?: number }
  | {
      readonly op: 'createRelationship';
      readonly type: RelationshipType;
      readonly id: string;
      readonly from: string;
      readonly to: string;
      readonly properties: Properties;
    }
  | {
      readonly op: 'updateRelationship';
      readonly type: RelationshipType;
      readonly id: string;
      readonly properties: Record<string, PropertyValue | null>;
      readonly expectedVersion?: number;
    }
  | {
      readonly op: 'deleteRelationship';
      readonly type: RelationshipType;
      readonly id: string;
      readonly expectedVersion?: number;
    };

export interface ChangeResult {
  /** Nodes and relationships as they are after the write (deleted ones omitted), in change order. */
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
  readonly deletedNodeIds: string[];
  readonly deletedRelationshipIds: string[];
}

export interface UpsertBatch {
  readonly nodes: readonly { label: NodeLabel; id: string; properties: Properties }[];
  /** Endpoints must exist in the store or in this batch. */
  readonly relationships: readonly {
    type: RelationshipType;
    id: string;
    from: string;
    to: string;
    properties: Properties;
  }[];
}

export interface UpsertResult {
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly relationshipsCreated: number;
  readonly relationshipsUpdated: number;
}

export interface StoreStats {
  readonly nodes: Record<NodeLabel, number>;
  readonly relationships: Record<RelationshipType, number>;
  /** Persons per visibility, so a viewer is told how many persons they may see (every value, zeros too). */
  readonly personsByVisibility: Record<Visibility, number>;
}

export interface SchemaSetupReport {
  /** Names of the constraints and indexes in place after setup. */
  readonly items: string[];
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly store: 'embedded' | 'neo4j';
  readonly message: string;
}

/** The read operations exports and analyses gather with; a read replica answers them too. */
export type GraphReader = Pick<
  GraphStore,
  'kind' | 'getNodes' | 'search' | 'neighbourhood' | 'subgraph'
>;

/** What a store sends to its read replica (plain data; only store/embedded/replica.ts reads it). */
export type ReplicaMessage = object;

/** A running feed of a read replica (GraphStore.replicate). */
export interface Replication {
  /** Settles once the whole graph as of the start has been sent (changes keep following). */
  readonly loaded: Promise<void>;
  /** Stops the feed (also a copy still being sent). */
  stop(): void;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Applies constraints and indexes from graph-schema; idempotent. Called once at start-up. */
  setupSchema(): Promise<SchemaSetupReport>;
  /** Nodes with these ids (at most MAX_IDS), in the order asked; unknown ids are left out. */
  getNodes(ids: readonly string[]): Promise<GraphNode[]>;
  /** Relationships by type and id (ids are unique per type), in the order asked; unknown ones left out. */
  getRelationships(refs: readonly RelationshipRef[]): Promise<GraphRelationship[]>;
  search(query: SearchQuery): Promise<SearchPage>;
  withinRadius(query: RadiusQuery): Promise<RadiusHit[]>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  subgraph(query: SubgraphQuery): Promise<ScopedSubgraph>;
  /**
   * Applies all changes in one transaction: all or nothing. With `audit`, one audit entry describing the
   * changes is written in the same transaction.
   */
  applyChanges(changes: readonly Change[], audit?: AuditInput): Promise<ChangeResult>;
  /** Creates or updates by id in one transaction: all or nothing. For imports and the seed. */
  upsert(batch: UpsertBatch, audit?: AuditInput): Promise<UpsertResult>;
  /** Audit entries, newest first (first 1..MAX_PAGE_SIZE). */
  listAudit(query: AuditQuery): Promise<AuditPage>;
  getAccount(lookup: AccountLookup): Promise<Account | null>;
  /** Accounts ordered by email (first 1..MAX_PAGE_SIZE). */
  listAccounts(query: { first: number; after?: string }): Promise<{
    accounts: Account[];
    endCursor: string | null;
    hasNextPage: boolean;
  }>;
  /**
   * Creates (expectedVersion absent; DUPLICATE_ID if the id or e-mail is taken) or replaces an account
   * (CONFLICT on a stale expectedVersion, NOT_FOUND if missing). E-mail is stored lower-cased.
   */
  saveAccount(
    account: AccountInput,
    expectedVersion?: number,
    audit?: AuditInput,
  ): Promise<Account>;
  deleteAccount(id: string, audit?: AuditInput): Promise<void>;
  getIntroduction(id: string): Promise<Introduction | null>;
  listIntroductions(query: IntroductionQuery): Promise<IntroductionPage>;
  /**
   * How many introductions are in each state, optionally only those with an end in a region and only pairs
   * of one label (guests are told about institution pairs only: persons may be hidden from them).
   */
  countIntroductions(
    regionId?: string,
    actorLabel?: IntroductionActorLabel,
  ): Promise<Record<IntroductionStatus, number>>;
  /**
   * Creates (expectedVersion absent; DUPLICATE_ID if taken) or replaces an introduction (CONFLICT on a stale
   * version, NOT_FOUND if missing) together with graph `changes` (the tie of a cooperating pair) and `audit`,
   * in one transaction: all or nothing.
   */
  saveIntroduction(
    input: IntroductionInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ introduction: Introduction; result: ChangeResult }>;
  getTieProposal(id: string): Promise<TieProposal | null>;
  listTieProposals(query: TieProposalQuery): Promise<TieProposalPage>;
  /**
   * Creates (expectedVersion absent; DUPLICATE_ID if the id is taken or a pending proposal of the same type
   * joins the same two actors, either way round) or replaces a proposal (CONFLICT on a stale version,
   * NOT_FOUND if missing) together with graph `changes` (the confirmed tie) and `audit`: all or nothing.
   */
  saveTieProposal(
    input: TieProposalInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ tieProposal: TieProposal; result: ChangeResult }>;
  getProposal(id: string): Promise<Proposal | null>;
  listProposals(query: ProposalQuery): Promise<ProposalPage>;
  countProposals(count: ProposalCount): Promise<number>;
  /**
   * Creates (expectedVersion absent; DUPLICATE_ID if taken; status pending) or replaces a proposal (CONFLICT
   * on a stale version, NOT_FOUND if missing; a status change follows graph-schema PROPOSAL_TRANSITIONS)
   * together with graph `changes` (the approved entry) and `audit`, in one transaction: all or nothing.
   */
  saveProposal(
    input: ProposalInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ proposal: Proposal; result: ChangeResult }>;
  stats(): Promise<StoreStats>;
  health(): Promise<StoreHealth>;
  /**
   * Embedded store only (absent where reads do not run on the event loop, as in Neo4j): keeps a read-only copy
   * of the graph in another thread up to date. Sends the current graph in slices (a yield to the event loop
   * between them) and then every committed graph change, in commit order, to `send`; a heavy-work thread
   * rebuilds the graph from these messages (store/embedded/replica.ts) and answers its reads itself.
   */
  replicate?(send: (message: ReplicaMessage) => void): Replication;
  /** Deletes every node and relationship, and with `{ system: true }` accounts and audit too (tests). */
  clear(options?: { system?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** The request bounds every store enforces; graph-schema states them for server and client. */
export { LIMITS } from '@nzr/graph-schema';

export type {
  Account,
  AccountInput,
  AccountLookup,
  AuditEntry,
  AuditInput,
  AuditItem,
  AuditPage,
  AuditQuery,
  Introduction,
  IntroductionInput,
  IntroductionPage,
  IntroductionQuery,
  TieProposal,
  TieProposalInput,
  TieProposalPage,
  TieProposalQuery,
} from './system-records.js';
export type {
  Proposal,
  ProposalCount,
  ProposalInput,
  ProposalPage,
  ProposalQuery,
} from './proposal-records.js';
