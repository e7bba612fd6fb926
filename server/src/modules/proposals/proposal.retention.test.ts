import 'reflect-metadata';
import { PROPOSAL_EXPIRED_REASON } from '@nzr/graph-schema';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';
import { createLogger } from '../../logger.js';
import { proposal } from '../../store/contract/proposals.js';
import { expireStaleProposals, startProposalRetention } from './proposal.retention.js';

// On the embedded store here and on Neo4j in the Neo4j tier (the test server switches with NEO4J_URI).
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => vi.useRealTimers());

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFromNow = (days: number) => {
  const fixed = new Date(Date.now() + days * DAY_MS);
  return () => fixed;
};
const save = async (id: string, overrides: Parameters<typeof proposal>[1] = {}) =>
  (await api.store.saveProposal(proposal(id, overrides), undefined, [])).proposal;

describe('retention of entry proposals', () => {
  it('expires a proposal pending longer than the retention days: rejected "abgelaufen", contact erased, audited as the system', async () => {
    await save('pro-stale', { contactEmail: 'anna.stale@example.org', sourceKey: 'addr-stale' });
    const early = await expireStaleProposals(api.store, {
      retentionDays: 180,
      now: daysFromNow(179),
    });
    expect(early).toBe(0);
    expect(await api.store.getProposal('pro-stale')).toMatchObject({
      status: 'pending',
      contactEmail: 'anna.stale@example.org',
    });

    const now = daysFromNow(181);
    expect(await expireStaleProposals(api.store, { retentionDays: 180, now })).toBe(1);
    const expired = await api.store.getProposal('pro-stale');
    expect(expired).toMatchObject({
      status: 'rejected',
      reason: PROPOSAL_EXPIRED_REASON,
      contactEmail: null,
      sourceKey: null,
      decidedBy: null,
      decidedAt: now().toISOString(),
      version: 2,
    });
    const audit = await api.store.listAudit({ entityId: 'pro-stale', first: 10 });
    expect(audit.entries[0]).toMatchObject({ action: 'proposal.expire', actorId: null });
    expect(JSON.stringify(audit)).not.toContain('anna.stale@example.org');
    // A second sweep finds nothing left to do.
    expect(await expireStaleProposals(api.store, { retentionDays: 180, now })).toBe(0);
  });

  it('leaves decided proposals and young pending ones alone', async () => {
    await save('pro-young', { contactEmail: 'young@example.org' });
    const decided = await save('pro-decided', { contactEmail: null, sourceKey: null });
    await api.store.saveProposal(
      {
        ...proposal('pro-decided', { contactEmail: null, sourceKey: null }),
        status: 'rejected',
        reason: 'Doppelt',
        decidedBy: api.accountIds.coordinator,
        decidedAt: new Date().toISOString(),
      },
      decided.version,
      [],
    );
    await expireStaleProposals(api.store, { retentionDays: 30, now: daysFromNow(10) });
    expect(await api.store.getProposal('pro-young')).toMatchObject({
      status: 'pending',
      contactEmail: 'young@example.org',
    });
    expect(await api.store.getProposal('pro-decided')).toMatchObject({
      status: 'rejected',
      reason: 'Doppelt',
      version: 2,
    });
  });

  it("sweeps at start and again when the (unref'd) timer fires", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await save('pro-timer-1');
    const sweep = startProposalRetention(api.store, createLogger('silent'), {
      retentionDays: 1,
      now: daysFromNow(2),
      everyMs: DAY_MS,
    });
    await sweep.latestRun();
    expect((await api.store.getProposal('pro-timer-1'))?.status).toBe('rejected');
    await save('pro-timer-2');
    vi.advanceTimersByTime(DAY_MS);
    await sweep.latestRun();
    sweep.stop();
    expect((await api.store.getProposal('pro-timer-2'))?.status).toBe('rejected');
  });
});
