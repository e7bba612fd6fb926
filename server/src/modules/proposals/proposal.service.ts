/**
 * Proposals ("Eintrag vorschlagen"): anyone proposes a new entry, a member a change of an entry they act for;
 * coordinators approve (optionally edited) or reject with a reason. The graph is untouched until approval,
 * which writes the entry in the same transaction as the decision and its audit entry. The contact e-mail and
 * the address key are erased with the decision. Pending proposals are shown to coordinators and to their own
 * proposer only.
 */
import { randomBytes } from 'node:crypto';
import { PROPOSAL_ABUSE_LIMITS, roleAtLeast, validateId } from '@nzr/graph-schema';
import type { ProposalPayload, ProposalStatus } from '@nzr/graph-schema';
import { ApiError } from '../../api-errors.js';
import {
  ForbiddenError,
  UnauthenticatedError,
  actsFor,
  myRegionScope,
  requireRole,
} from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import type { GraphNode, GraphStore, Proposal, ProposalInput } from '../../store/port.js';
import { regionAncestors } from '../../analyses/kernel/subgraphs.js';
import { actorRegionIds } from '../introductions/introduction.regions.js';
import type { NodeService } from '../node/node.service.js';
import { changeEntryChanges, createdIds, newEntryChanges } from './proposal.changes.js';
import type { ProposalGuard } from './proposal.guard.js';
import type {
  ApproveProposalInput,
  RejectProposalInput,
  SubmitProposalInput,
} from './proposal.input.js';
import { checkPayload, tidyPayload } from './proposal.payload.js';
import type { ProposalPageView, ProposalReceiptView, ProposalView } from './proposal.type.js';
import { proposalView } from './proposal.view.js';

const LABELS_OF_TARGETS: readonly string[] = ['Institution', 'Project'];

export class ProposalService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
    private readonly guard: ProposalGuard,
    private readonly clientAddress: string,
  ) {}

  formToken(): string {
    return this.guard.formToken();
  }

  async submit(input: SubmitProposalInput): Promise<ProposalReceiptView> {
    const viewer = this.nodes.viewer;
    this.guard.checkForm(input.formToken, input.website);
    const payload = tidyPayload(input.payload);
    const target = input.targetId == null ? null : await this.changeTarget(input.targetId, payload);
    const region = await checkPayload(this.store, payload, target ? 'update' : 'create');
    const anonymous = viewer.accountId === null;
    const sourceKey = anonymous ? this.guard.sourceKey(this.clientAddress) : null;
    if (sourceKey !== null) {
      const pending = await this.store.countProposals({ status: 'pending', sourceKey });
      if (pending >= PROPOSAL_ABUSE_LIMITS.PENDING) {
        throw new ApiError('TOO_MANY_PENDING_PROPOSALS', undefined, { pending });
      }
      await this.guard.consume(this.clientAddress);
    }
    const contact = input.contactEmail?.trim() ?? '';
    const record: ProposalInput = {
      id: `pro-${randomBytes(8).toString('hex')}`,
      kind: target ? 'change' : 'new',
      targetId: target?.id ?? null,
      label: payload.label,
      title: String(payload.properties.name ?? target?.properties.name ?? ''),
      payload,
      status: 'pending',
      reason: null,
      submittedBy: viewer.accountId,
      contactEmail: contact === '' ? null : contact,
      sourceKey,
      regionIds: await this.regionIds(region, target),
      decidedBy: null,
      decidedAt: null,
      createdIds: [],
    };
    const { proposal } = await this.store.saveProposal(record, undefined, [], {
      actorId: viewer.accountId,
      action: 'proposal.submit',
    });
    return { id: proposal.id, status: proposal.status };
  }

  async approve(input: ApproveProposalInput): Promise<ProposalView> {
    const before = await this.pendingForDecision(input.id);
    const payload = input.payload ? tidyPayload(input.payload) : before.payload;
    const target = before.targetId ? await this.store.getNodes([before.targetId]) : [];
    if (before.kind === 'change' && !target[0]) {
      throw new StoreError('NOT_FOUND', `the entry ${before.targetId} no longer exists`);
    }
    const region = await checkPayload(this.store, payload, target[0] ? 'update' : 'create');
    const changes = target[0]
      ? await changeEntryChanges(this.store, target[0], payload, region)
      : newEntryChanges(payload, region);
    const next: ProposalInput = {
      ...this.decided(before, 'approved'),
      payload,
      title: String(payload.properties.name ?? before.title),
      regionIds: input.payload ? await this.regionIds(region, target[0] ?? null) : before.regionIds,
      createdIds: createdIds(changes),
    };
    const { proposal, result } = await this.store.saveProposal(
      next,
      input.expectedVersion,
      changes,
      {
        actorId: this.nodes.viewer.accountId,
        action: 'proposal.approve',
      },
    );
    this.nodes.refresh(result.nodes, result.deletedNodeIds);
    return this.toView(proposal);
  }

  async reject(input: RejectProposalInput): Promise<ProposalView> {
    const before = await this.pendingForDecision(input.id);
    const next = { ...this.decided(before, 'rejected'), reason: input.reason.trim() };
    const { proposal } = await this.store.saveProposal(next, input.expectedVersion, [], {
      actorId: this.nodes.viewer.accountId,
      action: 'proposal.reject',
    });
    return this.toView(proposal);
  }

  /** Coordinators: every proposal (of a region, in a state); members: their own only. */
  async list(args: {
    regionId: string | null;
    /** Only the viewer's own districts (absent: false, as the GraphQL default). */
    myRegions?: boolean;
    status: ProposalStatus | null;
    first: number;
    after: string | null;
  }): Promise<ProposalPageView> {
    const viewer = this.nodes.viewer;
    if (viewer.accountId === null) throw new UnauthenticatedError('Please sign in to do this.');
    const coordinator = roleAtLeast(viewer.role, 'coordinator');
    const page = await this.store.listProposals({
      first: args.first,
      ...(args.regionId != null ? { regionId: args.regionId } : {}),
      ...myRegionScope(viewer, args.myRegions ?? false),
      ...(args.status != null ? { statuses: [args.status] } : {}),
      ...(coordinator ? {} : { submittedBy: viewer.accountId }),
      ...(args.after != null ? { after: args.after } : {}),
    });
    return {
      proposals: await Promise.all(page.proposals.map((record) => this.toView(record))),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }

  async pendingCount(regionId: string | null, myRegions = false): Promise<number> {
    requireRole(this.nodes.viewer, 'coordinator');
    return this.store.countProposals({
      status: 'pending',
      ...(regionId != null ? { regionId } : {}),
      ...myRegionScope(this.nodes.viewer, myRegions),
    });
  }

  private toView(record: Proposal): Promise<ProposalView> {
    return proposalView(this.store, this.nodes, record);
  }

  /** A member may propose changes only to an entry they act for, with the entry's own label. */
  private async changeTarget(targetId: string, payload: ProposalPayload): Promise<GraphNode> {
    const viewer = this.nodes.viewer;
    requireRole(viewer, 'member');
    const issues = validateId(targetId, 'targetId');
    if (issues.length > 0) throw validationError(issues);
    if (!actsFor(viewer, targetId)) {
      throw new ForbiddenError('You may propose changes only to entries you act for.');
    }
    const [target] = await this.store.getNodes([targetId]);
    if (!target || !LABELS_OF_TARGETS.includes(target.label)) {
      throw new StoreError('NOT_FOUND', `entry ${targetId} does not exist`);
    }
    if (target.label !== payload.label) {
      throw validationError([{ path: 'payload.label', message: `must be ${target.label}` }]);
    }
    return target;
  }

  private async pendingForDecision(id: string): Promise<Proposal> {
    requireRole(this.nodes.viewer, 'coordinator');
    const issues = validateId(id);
    if (issues.length > 0) throw validationError(issues);
    const before = await this.store.getProposal(id);
    if (!before) throw new StoreError('NOT_FOUND', `proposal ${id} does not exist`);
    if (before.status !== 'pending') {
      throw validationError([{ path: 'id', message: `the proposal is already ${before.status}` }]);
    }
    return before;
  }

  /** The decision; the personal data kept for moderation (contact, address key) goes with it. */
  private decided(before: Proposal, status: 'approved' | 'rejected'): ProposalInput {
    return {
      ...before,
      status,
      decidedBy: this.nodes.viewer.accountId,
      decidedAt: new Date().toISOString(),
      contactEmail: null,
      sourceKey: null,
    };
  }

  private async regionIds(region: GraphNode | null, target: GraphNode | null): Promise<string[]> {
    if (region) return (await regionAncestors(this.store, region.id)).nodes.map((n) => n.id).sort();
    return target ? actorRegionIds(this.store, [target.id]) : [];
  }
}
