/**
 * Retention of entry proposals: a proposal that nobody decides must not keep its proposer's contact e-mail
 * (and address key) forever. The sweep rejects every proposal pending longer than PROPOSAL_RETENTION_DAYS
 * with the reason PROPOSAL_EXPIRED_REASON ("abgelaufen") and erases both, as a system action in the audit
 * trail (actor null, action proposal.expire). A decision erases them already (proposal.service.ts).
 * It runs through the store port, so both stores expire alike; main.ts runs it at start and every 24 h.
 */
import { PROPOSAL_EXPIRED_REASON } from '@nzr/graph-schema';
import type { Logger } from '../../logger.js';
import { isStoreError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';
import type { GraphStore, Proposal } from '../../store/port.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  readonly retentionDays: number;
  /** The clock (tests pass a fixed time instead of waiting). */
  readonly now?: () => Date;
}

async function pendingCreatedBefore(store: GraphStore, cutoff: string): Promise<Proposal[]> {
  const stale: Proposal[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listProposals({
      statuses: ['pending'],
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after !== undefined ? { after } : {}),
    });
    stale.push(...page.proposals.filter((proposal) => proposal.createdAt < cutoff));
    if (!page.hasNextPage || page.endCursor === null) return stale;
    after = page.endCursor;
  }
}

/** Expires the stale pending proposals; returns how many. A proposal decided meanwhile is left alone. */
export async function expireStaleProposals(
  store: GraphStore,
  options: RetentionOptions,
): Promise<number> {
  const now = (options.now ?? (() => new Date()))();
  const cutoff = new Date(now.getTime() - options.retentionDays * DAY_MS).toISOString();
  let expired = 0;
  for (const proposal of await pendingCreatedBefore(store, cutoff)) {
    const { version, createdAt: _created, updatedAt: _updated, ...record } = proposal;
    try {
      await store.saveProposal(
        {
          ...record,
          status: 'rejected',
          reason: PROPOSAL_EXPIRED_REASON,
          decidedBy: null,
          decidedAt: now.toISOString(),
          contactEmail: null,
          sourceKey: null,
        },
        version,
        [],
        {
          actorId: null,
          action: 'proposal.expire',
          note: `pending for more than ${options.retentionDays} days`,
        },
      );
      expired += 1;
    } catch (error) {
      // A coordinator decided it between the listing and this write: their decision stands.
      if (!isStoreError(error, 'CONFLICT')) throw error;
    }
  }
  return expired;
}

export interface RetentionSweep {
  /** The latest run (the one at start until the timer fires), for callers that wait for it (tests). */
  latestRun(): Promise<void>;
  stop(): void;
}

/** Sweeps now and then every `everyMs` (default 24 h) on an unref'd timer; failures are logged, not thrown. */
export function startProposalRetention(
  store: GraphStore,
  logger: Logger,
  options: RetentionOptions & { readonly everyMs?: number },
): RetentionSweep {
  const sweep = async (): Promise<void> => {
    try {
      const expired = await expireStaleProposals(store, options);
      if (expired > 0) {
        logger.info(
          { expired, retentionDays: options.retentionDays },
          'Unentschiedene Vorschläge abgelaufen / undecided proposals expired',
        );
      }
    } catch (error) {
      logger.error({ err: error }, 'proposal retention sweep failed');
    }
  };
  let latest = sweep();
  const timer = setInterval(() => {
    latest = sweep();
  }, options.everyMs ?? DAY_MS);
  // The sweep never keeps the process alive: shutdown does not wait for the next day.
  timer.unref();
  return { latestRun: () => latest, stop: () => clearInterval(timer) };
}
