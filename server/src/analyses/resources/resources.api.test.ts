import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface MatchResult {
  resourceMatches: {
    truncated: boolean;
    matches: {
      need: { id: string };
      offer: { id: string };
      offerOwner: { id: string };
      kind: string;
      distanceKm: number | null;
      explanationDe: string;
    }[];
  };
}
const MATCHES = `query ($actorId: ID, $regionId: ID, $maxDistanceKm: Float) {
  resourceMatches(actorId: $actorId, regionId: $regionId, maxDistanceKm: $maxDistanceKm) {
    truncated matches { need { id } offer { id } offerOwner { id } kind distanceKm explanationDe }
  }
}`;

describe('resourceMatches', () => {
  it('matches an actor’s needs to nearby offers of the same kind and theme', async () => {
    const r = await t.ask<MatchResult>(MATCHES, { actorId: 'per-anna' });
    expect(r.resourceMatches.matches.map((m) => [m.need.id, m.offer.id, m.kind])).toEqual([
      ['res-raum', 'res-saal', 'rooms'],
    ]);
    expect(r.resourceMatches.matches[0]?.explanationDe).toBe(
      'Bietet Räume an, was gebraucht wird, passt thematisch: Energie & Klimaschutz, 0,2 km entfernt.',
    );
    // Members also see Bernd's room.
    const member = await t.ask<MatchResult>(MATCHES, { actorId: 'per-anna' }, 'member');
    expect(member.resourceMatches.matches.map((m) => m.offerOwner.id).sort()).toEqual([
      'ins-stadt',
      'per-bernd',
    ]);
  });

  it('matches every need of a region and honours the distance bound', async () => {
    const r = await t.ask<MatchResult>(MATCHES, { regionId: 'reg-14626' });
    expect(r.resourceMatches.matches.map((m) => `${m.need.id}>${m.offer.id}`)).toEqual([
      'res-raum>res-saal',
      'res-material-bedarf>res-traktor',
    ]);
    const near = await t.ask<MatchResult>(MATCHES, { regionId: 'reg-14626', maxDistanceKm: 1 });
    expect(near.resourceMatches.matches.map((m) => m.offer.id)).toEqual(['res-saal']);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_RESOURCES = `query ($actorId: ID, $regionId: ID, $maxDistanceKm: Float) {
  resourceMatches(actorId: $actorId, regionId: $regionId, maxDistanceKm: $maxDistanceKm) { truncated } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['neither', {}, 'BAD_USER_INPUT'],
    ['both', { actorId: 'per-anna', regionId: 'reg-14626' }, 'BAD_USER_INPUT'],
    ['distance over 100', { actorId: 'per-anna', maxDistanceKm: 500 }, 'BAD_USER_INPUT'],
    ['unknown actor', { actorId: 'per-nobody' }, 'NOT_FOUND'],
  ])('resourceMatches: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_RESOURCES, variables)).toBe(code);
  });
});
