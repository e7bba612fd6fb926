/**
 * Complete exports: the default "everything" export holds every node and relationship the viewer may see, so
 * its counts per label and per type equal what the viewer's `stats` query shows — for a guest and an admin,
 * over HTTP, on a fixture with persons of every visibility wired into every kind of relationship (the
 * visibility proof's), with funding programmes, regions, topics, networks, projects and resources. The seed
 * runs the same comparison on the demo data (seed/src/load/export-completeness.test.ts).
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportAndStats,
  exportedAsStats,
} from '../../../test-support/import-export/export-vs-stats.js';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';
import { visibilityFixture } from '../../../test-support/proof/visibility-fixture.js';

let api: TestApi;
beforeAll(async () => {
  // Every visibility, without the persons lacking consent: while any exist, stats withholds the types that
  // could touch them even from admins (stats.service.ts), and proof/visibility-leak.test.ts covers them.
  api = await startTestApi({ fixture: visibilityFixture(['public', 'members', 'coordinators']) });
});
afterAll(() => api.close());

describe('the "everything" export equals the viewer\'s stats', () => {
  it('for an admin: every label and every relationship type', async () => {
    const { exported, stats } = await exportAndStats(api.url, await api.tokenFor('admin'));
    expect(exportedAsStats(exported, stats)).toEqual(stats);
    // Stats lists every label and type for an admin, so the export holds nothing beyond them.
    expect(Object.keys(exported.nodes).every((label) => label in stats.nodes)).toBe(true);
    expect(Object.keys(exported.relationships).every((type) => type in stats.relationships)).toBe(
      true,
    );
    // The kinds the export used to miss are there.
    for (const label of ['FundingProgramme', 'Region', 'Topic', 'Network', 'Project', 'Resource'])
      expect(exported.nodes[label], label).toBeGreaterThan(0);
    for (const type of ['PART_OF', 'ELIGIBLE_IN', 'WORKS_ON', 'LOCATED_IN'])
      expect(exported.relationships[type], type).toBeGreaterThan(0);
  });

  it('for a guest: every count stats shows, and no hidden person', async () => {
    const { exported, stats } = await exportAndStats(api.url, null);
    expect(exportedAsStats(exported, stats)).toEqual(stats);
    // Stats hides person counts from guests; the export holds exactly the public persons.
    const { exported: all } = await exportAndStats(api.url, await api.tokenFor('admin'));
    const publicPersons = visibilityFixture(['public']).nodes.filter((n) => n.label === 'Person');
    expect(exported.nodes.Person).toBe(publicPersons.length);
    expect(all.nodes.Person).toBeGreaterThan(publicPersons.length);
  });

  it("a guest's relationships are the admin's minus those of hidden persons", async () => {
    const { exported } = await exportAndStats(api.url, null);
    const onlyPublic = visibilityFixture(['public']);
    const expected: Record<string, number> = {};
    for (const rel of onlyPublic.relationships) expected[rel.type] = (expected[rel.type] ?? 0) + 1;
    expect(exported.relationships).toEqual(expected);
  });
});
