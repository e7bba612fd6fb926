/**
 * Introductions ("Vernetzung anstoßen") for coordinators: record that two actors were brought together, move
 * the pair through its states (graph-schema INTRODUCTION_TRANSITIONS, checked here at the API edge), and on
 * `cooperating` write the cooperation tie in the same transaction as the record. Every write is audited; the
 * per-region summary is counts only and public.
 */
import { randomBytes } from 'node:crypto';
import {
  INTRODUCTION_ACTOR_LABELS,
  INTRODUCTION_STATUSES,
  INTRODUCTION_TIE_TYPES,
  OPEN_INTRODUCTION_STATUSES,
  canMoveIntroduction,
  isValidDate,
  roleAtLeast,
  validateId,
} from '@nzr/graph-schema';
import type { IntroductionActorLabel, ValidationIssue } from '@nzr/graph-schema';
import { myRegionScope, requireRole } from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import type {
  Change,
  GraphStore,
  Introduction,
  IntroductionInput,
  Properties,
} from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import type { MoveIntroductionInput, RecordIntroductionInput } from './introduction.input.js';
import { actorRegionIds, existingTieId } from './introduction.regions.js';
import { INTRODUCTION_MOVE_ACTION, moveNote } from './introduction.moves.js';
import type {
  IntroductionPageView,
  IntroductionSummaryView,
  IntroductionView,
} from './introduction.type.js';

const today = (): string => new Date().toISOString().slice(0, 10);
const cleanNote = (note: string | null): string | null => {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

export class IntroductionService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  async record(input: RecordIntroductionInput): Promise<IntroductionView> {
    requireRole(this.nodes.viewer, 'coordinator');
    const status = input.status ?? 'introduced';
    const issues: ValidationIssue[] = [
      ...validateId(input.fromId, 'fromId'),
      ...validateId(input.toId, 'toId'),
    ];
    if (input.fromId === input.toId)
      issues.push({ path: 'toId', message: 'must differ from fromId' });
    if (status !== 'suggested' && status !== 'introduced') {
      issues.push({ path: 'status', message: 'a new introduction is suggested or introduced' });
    }
    if (input.introducedOn != null && !isValidDate(input.introducedOn)) {
      issues.push({ path: 'introducedOn', message: 'is not a date (YYYY-MM-DD)' });
    }
    if (issues.length > 0) throw validationError(issues);
    const actorLabel = await this.pairLabel(input.fromId, input.toId);
    const introduced = status === 'introduced';
    const record: IntroductionInput = {
      id: `int-${randomBytes(8).toString('hex')}`,
      fromId: input.fromId,
      toId: input.toId,
      actorLabel,
      source: input.source,
      status,
      channel: input.channel ?? null,
      note: cleanNote(input.note),
      introducedOn: introduced ? (input.introducedOn ?? today()) : null,
      introducedBy: introduced ? this.nodes.viewer.accountId : null,
      regionIds: await actorRegionIds(this.store, [input.fromId, input.toId]),
      tieId: null,
    };
    const { introduction } = await this.store.saveIntroduction(record, undefined, [], {
      actorId: this.nodes.viewer.accountId,
      action: 'introduction.record',
    });
    return this.toView(introduction);
  }

  async move(input: MoveIntroductionInput): Promise<IntroductionView> {
    requireRole(this.nodes.viewer, 'coordinator');
    const issues = validateId(input.id);
    if (issues.length > 0) throw validationError(issues);
    const before = await this.store.getIntroduction(input.id);
    if (!before) throw new StoreError('NOT_FOUND', `introduction ${input.id} does not exist`);
    if (!canMoveIntroduction(before.status, input.status)) {
      throw validationError([
        { path: 'status', message: `cannot move from ${before.status} to ${input.status}` },
      ]);
    }
    const firstIntroduced = input.status === 'introduced' && before.introducedOn === null;
    let next: IntroductionInput = {
      ...before,
      status: input.status,
      channel: input.channel ?? before.channel,
      // Absent or null: the note stays (GraphQL leaves an omitted argument undefined).
      note: input.note == null ? before.note : cleanNote(input.note),
      introducedOn: firstIntroduced ? today() : before.introducedOn,
      introducedBy: firstIntroduced ? this.nodes.viewer.accountId : before.introducedBy,
    };
    const changes: Change[] = [];
    if (input.status === 'cooperating') {
      const type = INTRODUCTION_TIE_TYPES[before.actorLabel];
      const existing = await existingTieId(this.store, type, before.fromId, before.toId);
      const tieId = existing ?? `rel-${randomBytes(8).toString('hex')}`;
      next = { ...next, tieId };
      if (existing === null) {
        const properties: Properties =
          type === 'COOPERATES_WITH'
            ? { kind: input.cooperationKind ?? 'project', from: today() }
            : { since: today() };
        changes.push({
          op: 'createRelationship',
          type,
          id: tieId,
          from: before.fromId,
          to: before.toId,
          properties,
        });
      }
    }
    const { introduction } = await this.store.saveIntroduction(
      next,
      input.expectedVersion,
      changes,
      {
        actorId: this.nodes.viewer.accountId,
        action: INTRODUCTION_MOVE_ACTION,
        note: moveNote(before.status, input.status),
      },
    );
    return this.toView(introduction);
  }

  async list(args: {
    regionId: string | null;
    /** Only the viewer's own districts (absent: false, as the GraphQL default). */
    myRegions?: boolean;
    openOnly: boolean;
    first: number;
    after: string | null;
  }): Promise<IntroductionPageView> {
    requireRole(this.nodes.viewer, 'coordinator');
    const page = await this.store.listIntroductions({
      first: args.first,
      ...(args.regionId != null ? { regionId: args.regionId } : {}),
      ...myRegionScope(this.nodes.viewer, args.myRegions ?? false),
      ...(args.openOnly ? { statuses: OPEN_INTRODUCTION_STATUSES } : {}),
      ...(args.after != null ? { after: args.after } : {}),
    });
    return {
      introductions: await Promise.all(page.introductions.map((record) => this.toView(record))),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }

  /**
   * Counts only: no actor, note or account leaves this query, so guests may ask it. Below coordinator only
   * institution pairs are counted.
   */
  async summary(regionId: string | null): Promise<IntroductionSummaryView> {
    if (regionId != null) {
      const issues = validateId(regionId, 'regionId');
      if (issues.length > 0) throw validationError(issues);
    }
    // Persons may be hidden from the viewer; counting their pairs would tell about them.
    const seesEveryone = roleAtLeast(this.nodes.viewer.role, 'coordinator');
    const counts = await this.store.countIntroductions(
      regionId ?? undefined,
      seesEveryone ? undefined : 'Institution',
    );
    const byStatus = INTRODUCTION_STATUSES.map((entry) => ({
      status: entry.value,
      count: counts[entry.value],
    }));
    return {
      total: byStatus.reduce((sum, entry) => sum + entry.count, 0),
      cooperating: counts.cooperating,
      byStatus,
    };
  }

  /** Both actors must exist and share a label that introductions connect (institutions or persons). */
  private async pairLabel(fromId: string, toId: string): Promise<IntroductionActorLabel> {
    const [from, to] = await Promise.all([
      this.nodes.visibleStored(fromId),
      this.nodes.visibleStored(toId),
    ]);
    const issues: ValidationIssue[] = [];
    if (!from) issues.push({ path: 'fromId', message: 'is not a known actor' });
    if (!to) issues.push({ path: 'toId', message: 'is not a known actor' });
    const labels: readonly string[] = INTRODUCTION_ACTOR_LABELS;
    if (from && !labels.includes(from.label)) {
      issues.push({ path: 'fromId', message: 'must be an institution or a person' });
    }
    if (from && to && from.label !== to.label) {
      issues.push({ path: 'toId', message: 'must have the same label as fromId' });
    }
    if (issues.length > 0 || !from) throw validationError(issues);
    return from.label as IntroductionActorLabel;
  }

  private async toView(record: Introduction): Promise<IntroductionView> {
    const [from, to] = await this.nodes.byIds([record.fromId, record.toId]);
    return {
      ...record,
      from: from ?? null,
      to: to ?? null,
      nextStatuses: INTRODUCTION_STATUSES.map((entry) => entry.value).filter((status) =>
        canMoveIntroduction(record.status, status),
      ),
    };
  }
}
