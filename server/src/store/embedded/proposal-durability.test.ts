/** Durability of proposals in the embedded store: journal replay after a crash, snapshots, clear(). */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../port.js';
import { proposal } from '../contract/proposals.js';
import {
  crashImage,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

async function proposalDump(store: GraphStore) {
  return (await store.listProposals({ first: 100 })).proposals;
}

describe('embedded store proposals durability', () => {
  it('keeps proposals after a crash (journal) and across close and reopen (snapshot)', async () => {
    for (const threshold of [undefined, 1024]) {
      const dataDir = tempDir();
      const { store } = await open(dataDir, threshold);
      const audit = { actorId: null, action: 'proposal.submit' };
      for (let i = 0; i < 8; i++) {
        await store.saveProposal(proposal(`pro-${i}`), undefined, [], audit);
      }
      const rejected = proposal('pro-3', { status: 'rejected', reason: 'Doppelt' });
      await store.saveProposal(rejected, 1, [], audit);
      const before = await proposalDump(store);
      expect(before).toHaveLength(8);
      const { store: recovered } = await open(crashImage(dataDir));
      expect(await proposalDump(recovered)).toEqual(before);
      await recovered.close();
      await store.close();
      const { store: reopened } = await open(dataDir);
      expect(await proposalDump(reopened)).toEqual(before);
      expect(await reopened.getProposal('pro-3')).toMatchObject({ status: 'rejected', version: 2 });
      await reopened.close();
    }
  });

  it('makes clear() remove proposals durably, with the graph whose entries they name', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.saveProposal(proposal('pro-1'), undefined, []);
    await store.clear();
    const image = crashImage(dataDir);
    await store.close();
    const { store: reopened } = await open(image);
    expect(await reopened.getProposal('pro-1')).toBeNull();
    await reopened.close();
  });
});
