/** Durability of introductions in the embedded store: journal replay after a crash, snapshots, clear(). */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../port.js';
import { introduction } from '../contract/introductions.js';
import {
  crashImage,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

async function introductionDump(store: GraphStore) {
  return (await store.listIntroductions({ first: 100 })).introductions;
}

describe('embedded store introductions durability', () => {
  it('keeps introductions after a crash (journal) and across close and reopen (snapshot)', async () => {
    for (const threshold of [undefined, 1024]) {
      const dataDir = tempDir();
      const { store } = await open(dataDir, threshold);
      const audit = { actorId: 'acc-1', action: 'introduction.record' };
      for (let i = 0; i < 12; i++) {
        await store.saveIntroduction(introduction(`int-${i}`), undefined, [], audit);
      }
      await store.saveIntroduction(introduction('int-3', { status: 'not_now' }), 1, [], audit);
      const before = await introductionDump(store);
      expect(before).toHaveLength(12);
      const { store: recovered } = await open(crashImage(dataDir));
      expect(await introductionDump(recovered)).toEqual(before);
      await recovered.close();
      await store.close();
      const { store: reopened } = await open(dataDir);
      expect(await introductionDump(reopened)).toEqual(before);
      expect(await reopened.getIntroduction('int-3')).toMatchObject({
        status: 'not_now',
        version: 2,
      });
      await reopened.close();
    }
  });

  it('makes clear() remove introductions durably, with the graph whose actors they name', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.saveIntroduction(introduction('int-1'), undefined, []);
    await store.clear();
    const image = crashImage(dataDir);
    await store.close();
    const { store: reopened } = await open(image);
    expect(await reopened.getIntroduction('int-1')).toBeNull();
    await reopened.close();
  });
});
