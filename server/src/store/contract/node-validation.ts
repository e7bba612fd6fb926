/** Contract cases: validation of applyChanges and getNodes input (code VALIDATION with issue paths). */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore } from '../port.js';
import { expectIssue, expectStoreError } from './expect-error.js';

const verein = (id = 'ins-a', name = 'Verein A'): Change => ({
  op: 'createNode',
  label: 'Institution',
  id,
  properties: { name, kind: 'association', sector: 'civil_society' },
});

export function nodeValidationCases(getStore: () => GraphStore): void {
  describe('node validation', () => {
    const create = (
      properties: Record<string, unknown>,
      label = 'Institution',
      id = 'ins-v',
    ): Change[] => [{ op: 'createNode', label, id, properties } as unknown as Change];
    const ok = { name: 'V', kind: 'association', sector: 'civil_society' };
    const cases: [string, Change[], string][] = [
      ['unknown label', create(ok, 'Organisation'), 'changes[0].label'],
      [
        'missing required property',
        create({ name: 'V', kind: 'association' }),
        'changes[0].properties.sector',
      ],
      ['wrong type', create({ ...ok, name: 42 }), 'changes[0].properties.name'],
      ['bad enum', create({ ...ok, sector: 'farming' }), 'changes[0].properties.sector'],
      [
        'impossible date',
        create(
          { name: 'P', funderLevel: 'eu', deadline: '2024-02-30' },
          'FundingProgramme',
          'fun-1',
        ),
        'changes[0].properties.deadline',
      ],
      ['control characters', create({ ...ok, name: 'a\u0007b' }), 'changes[0].properties.name'],
      ['over-long string', create({ ...ok, name: 'x'.repeat(301) }), 'changes[0].properties.name'],
      ['unknown property', create({ ...ok, colour: 'green' }), 'changes[0].properties.colour'],
      ['system property', create({ ...ok, version: 7 }), 'changes[0].properties.version'],
      ['bad id', create(ok, 'Institution', ' bad id'), 'changes[0].id'],
      [
        'bad point',
        create({ ...ok, location: { latitude: 91, longitude: 0 } }),
        'changes[0].properties.location',
      ],
      ['bad url', create({ ...ok, url: 'ftp://x' }), 'changes[0].properties.url'],
    ];
    for (const [name, changes, path] of cases) {
      it(`rejects ${name} with VALIDATION at ${path}`, async () => {
        await expectIssue(getStore().applyChanges(changes), path);
        expect(await getStore().getNodes(['ins-v', 'fun-1'])).toEqual([]);
      });
    }

    it('checks update properties against the label, and required ones cannot be removed', async () => {
      const store = getStore();
      await store.applyChanges([verein()]);
      await expectIssue(
        store.applyChanges([
          { op: 'updateNode', id: 'ins-a', properties: { visibility: 'public' } },
        ]),
        'changes[0].properties.visibility',
      );
      await expectIssue(
        store.applyChanges([{ op: 'updateNode', id: 'ins-a', properties: { name: null } }]),
        'changes[0].properties.name',
      );
      await expectIssue(
        store.applyChanges([{ op: 'updateNode', id: 'ins-a', properties: { updatedAt: 'x' } }]),
        'changes[0].properties.updatedAt',
      );
    });

    it('rejects empty and over-long change lists and bad expectedVersion', async () => {
      const store = getStore();
      await expectIssue(store.applyChanges([]), 'changes');
      await expectIssue(
        store.applyChanges(Array.from({ length: 10_001 }, (_, i) => verein(`ins-${i}`))),
        'changes',
      );
      await expectIssue(
        store.applyChanges([{ op: 'deleteNode', id: 'ins-a', expectedVersion: 0 }]),
        'changes[0].expectedVersion',
      );
    });

    it('checks getNodes arguments', async () => {
      const store = getStore();
      await expectStoreError(store.getNodes(['ok', 'not ok']), 'VALIDATION');
      await expectStoreError(
        store.getNodes(Array.from({ length: 1001 }, (_, i) => `n${i}`)),
        'VALIDATION',
      );
      expect(await store.getNodes([])).toEqual([]);
    });
  });
}
