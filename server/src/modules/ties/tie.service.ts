/**
 * Ties confirmed from both sides. A member who acts for an actor proposes a tie; the proposal is a record
 * beside the graph, seen only by both sides and coordinators. Confirming writes the tie in the same
 * transaction as the record (who and when stay on the record and in the audit trail). Every write is audited
 * without the note.
 */
import { randomBytes } from 'node:crypto';
import { TIE_PROPOSAL_TYPES, validateId } from '@nzr/graph-schema';
import type { TieProposalActorLabel, ValidationIssue } from '@nzr/graph-schema';
import { ApiError } from '../../api-errors.js';
import { ForbiddenError, actsFor, myRegionScope, requireRole } from '../../auth/viewer.js';
import { StoreError, isStoreError, validationError } from '../../store/errors.js';
import type { Change, GraphStore, TieProposal, TieProposalInput } from '../../store/port.js';
import { actorRegionIds, existingTieId } from '../introductions/introduction.regions.js';
import type { NodeService } from '../node/node.service.js';
import type { DecideTieInput, ProposeTieInput } from './tie.input.js';
import { decisionsOf, mayDecide, maySee } from './tie.rules.js';
import type { TieProposalPageView, TieProposalView } from './tie.type.js';

const today = (): string => new Date().toISOString().slice(0, 10);
const cleanNote = (note: string | null): string | null => {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};
const tieExists = (): ApiError => new ApiError('TIE_EXISTS');

export class TieService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  private get viewer() {
    return this.nodes.viewer;
  }

  async propose(input: ProposeTieInput): Promise<TieProposalView> {
    requireRole(this.viewer, 'member');
    const accountId = this.viewer.accountId ?? '';
    if (!actsFor(this.viewer, input.fromId)) {
      throw new ForbiddenError('You may propose ties only for entries your account acts for.');
    }
    const actorLabel = await this.pairLabel(input.fromId, input.toId);
    const type = TIE_PROPOSAL_TYPES[actorLabel];
    if ((await existingTieId(this.store, type, input.fromId, input.toId)) !== null) {
      throw tieExists();
    }
    const record: TieProposalInput = {
      id: `tie-${randomBytes(8).toString('hex')}`,
      fromId: input.fromId,
      toId: input.toId,
      actorLabel,
      type,
      status: 'pending',
      note: cleanNote(input.note),
      proposedBy: accountId,
      decidedBy: null,
      decidedAt: null,
      regionIds: await actorRegionIds(this.store, [input.fromId, input.toId]),
      tieId: null,
    };
    try {
      const { tieProposal } = await this.store.saveTieProposal(record, undefined, [], {
        actorId: accountId,
        action: 'tie.propose',
      });
      return this.toView(tieProposal);
    } catch (error) {
      // The store's one-open-proposal rule (also under concurrent writers).
      if (isStoreError(error, 'DUPLICATE_ID')) throw tieExists();
      throw error;
    }
  }

  async decide(input: DecideTieInput): Promise<TieProposalView> {
    requireRole(this.viewer, 'member');
    const issues = validateId(input.id);
    if (issues.length > 0) throw validationError(issues);
    const before = await this.visible(await this.store.getTieProposal(input.id));
    if (!before) throw new StoreError('NOT_FOUND', `tie proposal ${input.id} does not exist`);
    if (before.status !== 'pending' || input.status === 'pending') {
      throw validationError([
        { path: 'status', message: `cannot move from ${before.status} to ${input.status}` },
      ]);
    }
    if (!mayDecide(this.viewer, before, input.status)) {
      throw new ForbiddenError(
        input.status === 'withdrawn'
          ? 'Only the proposing side may withdraw a proposal.'
          : 'Only the other side or a coordinator may confirm or decline a proposal.',
      );
    }
    const changes: Change[] = [];
    let tieId: string | null = null;
    if (input.status === 'confirmed') {
      const existing = await existingTieId(this.store, before.type, before.fromId, before.toId);
      tieId = existing ?? `rel-${randomBytes(8).toString('hex')}`;
      if (existing === null) {
        changes.push({
          op: 'createRelationship',
          type: before.type,
          id: tieId,
          from: before.fromId,
          to: before.toId,
          properties:
            before.type === 'COOPERATES_WITH'
              ? { kind: input.cooperationKind ?? 'project', from: today() }
              : { since: today() },
        });
      }
    }
    const next: TieProposalInput = {
      ...before,
      status: input.status,
      decidedBy: this.viewer.accountId,
      decidedAt: new Date().toISOString(),
      tieId,
    };
    const { tieProposal } = await this.store.saveTieProposal(next, input.expectedVersion, changes, {
      actorId: this.viewer.accountId,
      action: `tie.${input.status === 'confirmed' ? 'confirm' : input.status === 'declined' ? 'decline' : 'withdraw'}`,
      note: `pending → ${input.status}`,
    });
    return this.toView(tieProposal);
  }

  /** Proposals of the entries the account acts for (either side), newest first. */
  async mine(first: number, after: string | null): Promise<TieProposalPageView> {
    requireRole(this.viewer, 'member');
    if (this.viewer.actorIds.length === 0) {
      return { tieProposals: [], endCursor: null, hasNextPage: false };
    }
    return this.page({
      actorIds: this.viewer.actorIds,
      first,
      ...(after != null ? { after } : {}),
    });
  }

  /** A region's proposals for coordinators, optionally only the pending ones. */
  async list(args: {
    regionId: string | null;
    /** Only the viewer's own districts (absent: false, as the GraphQL default). */
    myRegions?: boolean;
    pendingOnly: boolean;
    first: number;
    after: string | null;
  }): Promise<TieProposalPageView> {
    requireRole(this.viewer, 'coordinator');
    return this.page({
      first: args.first,
      ...(args.regionId != null ? { regionId: args.regionId } : {}),
      ...myRegionScope(this.viewer, args.myRegions ?? false),
      ...(args.pendingOnly ? { statuses: ['pending' as const] } : {}),
      ...(args.after != null ? { after: args.after } : {}),
    });
  }

  private async page(query: Parameters<GraphStore['listTieProposals']>[0]) {
    const page = await this.store.listTieProposals(query);
    const views = await Promise.all(
      page.tieProposals.map((record) => this.toViewIfVisible(record)),
    );
    return {
      tieProposals: views.filter((view): view is TieProposalView => view !== null),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }

  /** The record if this viewer may see it and both of its ends. */
  private async visible(record: TieProposal | null): Promise<TieProposal | null> {
    if (!record || !maySee(this.viewer, record)) return null;
    const ends = await this.nodes.byIds([record.fromId, record.toId]);
    return ends.every((end) => end !== null) ? record : null;
  }

  private async toViewIfVisible(record: TieProposal): Promise<TieProposalView | null> {
    return (await this.visible(record)) ? this.toView(record) : null;
  }

  /** Both actors must exist, be visible, and share a label a proposal connects (institutions or persons). */
  private async pairLabel(fromId: string, toId: string): Promise<TieProposalActorLabel> {
    const issues: ValidationIssue[] = [
      ...validateId(fromId, 'fromId'),
      ...validateId(toId, 'toId'),
    ];
    if (fromId === toId) issues.push({ path: 'toId', message: 'must differ from fromId' });
    if (issues.length > 0) throw validationError(issues);
    const [from, to] = await Promise.all([
      this.nodes.visibleStored(fromId),
      this.nodes.visibleStored(toId),
    ]);
    if (!from) issues.push({ path: 'fromId', message: 'is not a known actor' });
    if (!to) issues.push({ path: 'toId', message: 'is not a known actor' });
    const labels: readonly string[] = Object.keys(TIE_PROPOSAL_TYPES);
    if (from && !labels.includes(from.label)) {
      issues.push({ path: 'fromId', message: 'must be an institution or a person' });
    }
    if (from && to && from.label !== to.label) {
      issues.push({ path: 'toId', message: 'must have the same label as fromId' });
    }
    if (issues.length > 0 || !from) throw validationError(issues);
    return from.label as TieProposalActorLabel;
  }

  private async toView(record: TieProposal): Promise<TieProposalView> {
    const [from, to] = await this.nodes.byIds([record.fromId, record.toId]);
    return {
      ...record,
      from: from ?? null,
      to: to ?? null,
      proposedAt: record.createdAt,
      decisions: decisionsOf(this.viewer, record),
    };
  }
}
