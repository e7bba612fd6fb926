/** Durability of tie proposals in the embedded store (format version 4): journal replay, snapshots, clear(). */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../port.js';
import { proposal } from '../contract/tie-proposals.js';
import {
  crashImage,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

async function dump(store: GraphStore) {
  return (await store.listTieProposals({ first: 100 })).tieProposals;
}

describe('embedded store tie proposal durability', () => {
  it('keeps proposals after a crash (journal) and across close and reopen (snapshot)', async () => {
    for (const threshold of [undefined, 1024]) {
      const dataDir = tempDir();
      const { store } = await open(dataDir, threshold);
      for (let i = 0; i < 12; i++) {
        await store.saveTieProposal(proposal(`tie-${i}`, { toId: `ins-${i}` }), undefined, []);
      }
      const withdrawn = {
        toId: 'ins-3',
        status: 'withdrawn' as const,
        decidedBy: 'acc-1',
        decidedAt: '2026-12-07T06:00:00.000Z',
      };
      await store.saveTieProposal(proposal('tie-3', withdrawn), 1, []);
      const before = await dump(store);
      expect(before).toHaveLength(12);
      const { store: recovered } = await open(crashImage(dataDir));
      expect(await dump(recovered)).toEqual(before);
      await recovered.close();
      await store.close();
      const { store: reopened } = await open(dataDir);
      expect(await dump(reopened)).toEqual(before);
      expect(await reopened.getTieProposal('tie-3')).toMatchObject({
        status: 'withdrawn',
        version: 2,
      });
      await reopened.close();
    }
  });

  it('makes clear() remove proposals durably', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.saveTieProposal(proposal('tie-1'), undefined, []);
    await store.clear();
    const image = crashImage(dataDir);
    await store.close();
    const { store: reopened } = await open(image);
    expect(await reopened.getTieProposal('tie-1')).toBeNull();
    await reopened.close();
  });
});
