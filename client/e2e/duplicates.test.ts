/**
 * Possible duplicates in the browser (issue 12, item 5): the demo data holds "Eine-Welt-Verein Leipzig e.V."
 * twice (the second entry spelled without "e.V."); a coordinator sees the flag in the details panel and the
 * pair under Datenpflege, merges it, and the relations of the removed entry now belong to the kept one; the
 * admin's audit log shows the merge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './api';
import { screenshot } from './harness';
import type { Explorer } from './harness';
import { signIn, waitForView } from './views';
import { ADMIN, startWithCoordinator } from './with-coordinator';

const COORDINATOR = {
  email: 'datenpflege@example.org',
  password: 'coordinator pw 123',
  displayName: 'Dana Datenpflege',
};
const KEEP = 'ins-000034';
const REMOVE = 'ins-000045';

let explorer: Explorer;
let token: string;
beforeAll(async () => {
  ({ explorer, coordinatorToken: token } = await startWithCoordinator(COORDINATOR));
});
afterAll(async () => {
  await explorer?.close();
});

/** "TYPE other-id" of every relation of the node, as a coordinator reads them. */
async function relationsOf(id: string): Promise<string[]> {
  const data = await graphql<{
    neighbourhood: { edges: { type: string; source: string; target: string }[] };
  }>(
    explorer.url,
    'query($id: ID!) { neighbourhood(ids: [$id], depth: 1, limit: 500) { edges { type source target } } }',
    { id },
    token,
  );
  return data.neighbourhood.edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => `${e.type} ${e.source === id ? e.target : e.source}`)
    .sort();
}

describe('Datenpflege: mögliche Doppeleinträge', () => {
  it('flags the pair, merges it, moves the relations and records it in the audit log', async () => {
    const removedBefore = await relationsOf(REMOVE);
    const keptBefore = await relationsOf(KEEP);
    expect(removedBefore.length).toBeGreaterThan(1);

    const page = await explorer.newPage();
    await page.goto(`${explorer.url}/?focus=${REMOVE}&sel=${REMOVE}`);
    await page.locator('.details h2').waitFor();
    await signIn(page, COORDINATOR);
    const flag = page.locator('.duplicate-flag');
    await flag.waitFor();
    expect(await flag.textContent()).toContain('Möglicher Doppeleintrag:');
    expect(await flag.textContent()).toContain('Eine-Welt-Verein Leipzig e.V.');
    expect(await flag.textContent()).toContain('gleicher Name');
    await screenshot(page, 'duplicate-flag');

    await page.getByRole('link', { name: 'Datenpflege' }).click();
    await page.getByLabel('Landkreis / kreisfreie Stadt').selectOption({ label: 'Leipzig' });
    await waitForView(page);
    const row = page.locator('.duplicate-list li', { hasText: 'Eine-Welt-Verein Leipzig e.V.' });
    expect(await row.textContent()).toContain('im selben Ort');
    await row.getByRole('button', { name: 'Zusammenführen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Einträge zusammenführen' });
    await dialog
      .getByRole('radio', { name: `Eine-Welt-Verein Leipzig e.V. (Kennung ${KEEP})` })
      .check();
    // The names differ: the kept entry keeps its own unless the coordinator picks the other.
    expect(await dialog.locator('.merge-properties').textContent()).toContain('Name');
    await screenshot(page, 'duplicate-merge-dialog');
    await dialog.getByRole('button', { name: 'Jetzt zusammenführen' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Zusammengeführt' });
    await done.waitFor();
    expect(await done.textContent()).toContain('Eine-Welt-Verein Leipzig e.V.');
    await page.locator('.duplicate-list li', { hasText: 'Eine-Welt-Verein Leipzig e.V.' }).waitFor({
      state: 'detached',
    });
    await screenshot(page, 'duplicate-merged');
    await page.close();

    // Every relation of the removed entry is now one of the kept entry (the tie between them excepted).
    const keptAfter = await relationsOf(KEEP);
    const moved = removedBefore
      .filter((r) => !r.endsWith(` ${KEEP}`))
      .map((r) => r.replace(` ${REMOVE}`, ` ${KEEP}`));
    for (const relation of [...keptBefore.filter((r) => !r.endsWith(` ${REMOVE}`)), ...moved])
      expect(keptAfter).toContain(relation);
    expect(await relationsOf(REMOVE)).toEqual([]);

    const admin = await explorer.newPage();
    await admin.goto(`${explorer.url}/admin`);
    await signIn(admin, ADMIN);
    await admin.getByLabel('Nach Kennung filtern').fill(REMOVE);
    await admin.getByRole('button', { name: 'Filtern' }).click();
    const entry = admin.locator('table tr', { hasText: 'node.merge' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(KEEP);
    await screenshot(admin, 'duplicate-audit');
    await admin.close();
  });
});
