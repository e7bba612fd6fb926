/**
 * The embedded store: the default GraphStore, in-process, durable, zero setup.
 *
 * All data lives in memory (maps by id, adjacency sets per node with lists ordered by neighbour id, a label
 * index, an inverted text index on minisearch's radix tree and an rbush spatial index), which makes bounded
 * queries cheap. Durability comes from a write-ahead journal of
 * committed transactions plus periodic snapshots (see storage.ts, journal.ts, snapshot.ts, records.ts): every
 * write is validated with the shared checks, turned into primitive ops, appended and fsynced, and only then
 * applied to memory and acknowledged. JavaScript runs one operation at a time and every operation here is
 * synchronous inside its promise, so transactions are serialised without further locking.
 */
import { SCHEMA_ITEMS, isRelationshipType } from '@nzr/graph-schema';
import type { IntroductionActorLabel, IntroductionStatus } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type {
  Account,
  AccountInput,
  AccountLookup,
  AuditInput,
  AuditPage,
  AuditQuery,
  Change,
  ChangeResult,
  GraphNode,
  GraphRelationship,
  GraphStore,
  Introduction,
  IntroductionInput,
  IntroductionPage,
  IntroductionQuery,
  NeighbourhoodQuery,
  Proposal,
  ProposalCount,
  ProposalInput,
  ProposalPage,
  ProposalQuery,
  RadiusHit,
  Replication,
  RadiusQuery,
  RelationshipRef,
  SchemaSetupReport,
  ScopedSubgraph,
  SearchPage,
  SearchQuery,
  StoreHealth,
  StoreStats,
  Subgraph,
  SubgraphQuery,
  TieProposal,
  TieProposalInput,
  TieProposalPage,
  TieProposalQuery,
  UpsertBatch,
  UpsertResult,
} from '../port.js';
import { relationshipKey } from '../shared/change-plan.js';
import { checkIds, checkRadiusQuery } from '../shared/query-checks.js';
import { checkAuditQuery } from '../shared/audit.js';
import { checkIntroductionCount, checkIntroductionId } from '../shared/introductions.js';
import { checkTieProposalId } from '../shared/tie-proposals.js';
import { getAccount, listAccounts, planDeleteAccount, planSaveAccount } from './accounts.js';
import type { GraphState, Op } from './graph-state.js';
import { countIntroductions, listIntroductions, planSaveIntroduction } from './introductions.js';
import { checkProposalCount, checkProposalId } from '../shared/proposals.js';
import { countProposals, listProposals, planSaveProposal } from './proposals.js';
import { feedReplica } from './replica.js';
import type { ReplicaMessage } from './replica.js';
import { StateReader } from './state-reader.js';
import { storeStats } from './stats.js';
import { Storage } from './storage.js';
import { listTieProposals, planSaveTieProposal } from './tie-proposals.js';
import { planChanges, planUpsert } from './writes.js';

export interface EmbeddedStoreOptions {
  readonly dataDir: string;
  /** Journal size in bytes that triggers a snapshot (default 64 MiB); tests use small values. */
  readonly snapshotThresholdBytes?: number;
  /** Receives warnings such as a repaired torn journal tail; default console.warn. */
  readonly logger?: { warn(message: string): void };
}

class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private readonly reader: StateReader;
  private closed = false;
  /** Read replicas' feeds, told of every commit after memory applied it. */
  private readonly followers = new Set<(ops: readonly Op[]) => void>();

  constructor(
    private readonly dataDir: string,
    private readonly storage: Storage,
    private readonly state: GraphState,
    private readonly warnings: readonly string[],
  ) {
    this.reader = new StateReader(state, () => this.open());
  }

  private open(): GraphState {
    if (this.closed) throw new StoreError('STORE_UNAVAILABLE', 'the embedded store is closed');
    return this.state;
  }

  /** Journal first, memory second: a failed journal write leaves memory untouched. */
  private commit(ops: Op[]): void {
    this.storage.commit(ops);
    this.state.apply(ops);
    for (const follower of this.followers) follower(ops);
    this.storage.maybeSnapshot(this.state);
  }

  async setupSchema(): Promise<SchemaSetupReport> {
    this.open();
    // The in-memory indexes always exist; report the schema items they stand for.
    return { items: SCHEMA_ITEMS.map((item) => item.name) };
  }

  getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    return this.reader.getNodes(ids);
  }

  async getRelationships(refs: readonly RelationshipRef[]): Promise<GraphRelationship[]> {
    checkIds(Array.isArray(refs) ? refs.map((ref) => ref?.id) : refs, LIMITS.MAX_IDS, 'refs');
    const badType = refs.findIndex((ref) => !isRelationshipType(ref.type));
    if (badType >= 0) {
      throw validationError([
        { path: `refs[${badType}].type`, message: 'is not a known relationship type' },
      ]);
    }
    const state = this.open();
    return refs.flatMap((ref) => state.relationships.get(relationshipKey(ref)) ?? []);
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.reader.search(query);
  }

  async withinRadius(query: RadiusQuery): Promise<RadiusHit[]> {
    checkRadiusQuery(query);
    this.open();
    return this.reader.queries.withinRadius(query);
  }

  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return this.reader.neighbourhood(query);
  }

  subgraph(query: SubgraphQuery): Promise<ScopedSubgraph> {
    return this.reader.subgraph(query);
  }

  replicate(send: (message: ReplicaMessage) => void): Replication {
    const state = this.open();
    const follow = (listener: (ops: readonly Op[]) => void): (() => void) => {
      this.followers.add(listener);
      return () => this.followers.delete(listener);
    };
    return feedReplica(state, follow, send);
  }

  /** The graph changes and their audit entry share one journal record: both or neither. */
  async applyChanges(changes: readonly Change[], audit?: AuditInput): Promise<ChangeResult> {
    const { ops, result } = planChanges(this.open(), changes, new Date().toISOString(), audit);
    this.commit(ops);
    return result;
  }

  async upsert(batch: UpsertBatch, audit?: AuditInput): Promise<UpsertResult> {
    const { ops, result } = planUpsert(this.open(), batch, new Date().toISOString(), audit);
    if (ops.length > 0) this.commit(ops);
    return result;
  }

  async listAudit(query: AuditQuery): Promise<AuditPage> {
    const after = checkAuditQuery(query);
    return this.open().system.listAudit(query, after);
  }

  async getAccount(lookup: AccountLookup): Promise<Account | null> {
    return getAccount(this.open().system, lookup);
  }

  async listAccounts(query: { first: number; after?: string }): Promise<{
    accounts: Account[];
    endCursor: string | null;
    hasNextPage: boolean;
  }> {
    return listAccounts(this.open().system, query);
  }

  async saveAccount(
    input: AccountInput,
    expectedVersion?: number,
    audit?: AuditInput,
  ): Promise<Account> {
    const now = new Date().toISOString();
    const { ops, account } = planSaveAccount(
      this.open().system,
      input,
      expectedVersion,
      audit,
      now,
    );
    this.commit(ops);
    return account;
  }

  async deleteAccount(id: string, audit?: AuditInput): Promise<void> {
    const now = new Date().toISOString();
    this.commit(planDeleteAccount(this.open().system, id, audit, now));
  }

  async getIntroduction(id: string): Promise<Introduction | null> {
    checkIntroductionId(id);
    return this.open().system.introductions.get(id) ?? null;
  }

  async listIntroductions(query: IntroductionQuery): Promise<IntroductionPage> {
    return listIntroductions(this.open().system, query);
  }

  async countIntroductions(
    regionId?: string,
    actorLabel?: IntroductionActorLabel,
  ): Promise<Record<IntroductionStatus, number>> {
    checkIntroductionCount(regionId, actorLabel);
    return countIntroductions(this.open().system, regionId, actorLabel);
  }

  async saveIntroduction(
    input: IntroductionInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ introduction: Introduction; result: ChangeResult }> {
    const now = new Date().toISOString();
    const plan = planSaveIntroduction(this.open(), input, expectedVersion, changes, audit, now);
    this.commit(plan.ops);
    return { introduction: plan.introduction, result: plan.result };
  }

  async getTieProposal(id: string): Promise<TieProposal | null> {
    checkTieProposalId(id);
    return this.open().system.tieProposals.get(id) ?? null;
  }

  async listTieProposals(query: TieProposalQuery): Promise<TieProposalPage> {
    return listTieProposals(this.open().system, query);
  }

  async saveTieProposal(
    input: TieProposalInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ tieProposal: TieProposal; result: ChangeResult }> {
    const now = new Date().toISOString();
    const plan = planSaveTieProposal(this.open(), input, expectedVersion, changes, audit, now);
    this.commit(plan.ops);
    return { tieProposal: plan.tieProposal, result: plan.result };
  }

  async getProposal(id: string): Promise<Proposal | null> {
    checkProposalId(id);
    return this.open().system.proposals.get(id) ?? null;
  }

  async listProposals(query: ProposalQuery): Promise<ProposalPage> {
    return listProposals(this.open().system, query);
  }

  async countProposals(count: ProposalCount): Promise<number> {
    checkProposalCount(count);
    return countProposals(this.open().system, count);
  }

  async saveProposal(
    input: ProposalInput,
    expectedVersion: number | undefined,
    changes: readonly Change[],
    audit?: AuditInput,
  ): Promise<{ proposal: Proposal; result: ChangeResult }> {
    const now = new Date().toISOString();
    const plan = planSaveProposal(this.open(), input, expectedVersion, changes, audit, now);
    this.commit(plan.ops);
    return { proposal: plan.proposal, result: plan.result };
  }

  async stats(): Promise<StoreStats> {
    return storeStats(this.open());
  }

  async health(): Promise<StoreHealth> {
    const problem = this.closed ? 'the store is closed' : this.storage.healthProblem;
    const { nodes, relationships, system } = this.state;
    const counts =
      `${nodes.size} nodes, ${relationships.size} relationships, ` +
      `${system.accounts.size} accounts, ${system.audit.length} audit entries`;
    const notes = this.warnings.length > 0 ? `; warnings: ${this.warnings.join('; ')}` : '';
    return {
      ok: problem === undefined,
      store: 'embedded',
      message: `${problem ?? 'ok'}: embedded store in ${this.dataDir} with ${counts}${notes}`,
    };
  }

  async clear(options?: { system?: boolean }): Promise<void> {
    this.open();
    this.commit([options?.system === true ? { op: 'clear', system: true } : { op: 'clear' }]);
    // A snapshot of the empty graph lets the old journal go at once.
    this.storage.snapshot(this.state);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.storage.close(this.state);
  }
}

export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<GraphStore> {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    (options.logger ?? console).warn(`[embedded store] ${message}`);
  };
  const { storage, state } = Storage.open({ ...options, warn });
  return new EmbeddedStore(options.dataDir, storage, state, warnings);
}
