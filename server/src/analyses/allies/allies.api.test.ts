import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Ally {
  node: { id: string };
  distanceKm: number;
  score: number;
  hops: number | null;
  via: string[];
  explanationDe: string;
  offers: { offer: { id: string }; offerOwner: { id: string } }[];
  reasons: { kind: string }[];
}
interface AlliesResult {
  alliesNearby: {
    center: { latitude: number; longitude: number };
    radiusKm: number;
    candidates: number;
    truncated: boolean;
    allies: Ally[];
  };
}
const ALLIES = `query ($actorId: ID, $regionId: ID, $point: CoordinateInput, $radiusKm: Float!, $topicIds: [ID!], $limit: Int) {
  alliesNearby(actorId: $actorId, regionId: $regionId, point: $point, radiusKm: $radiusKm, topicIds: $topicIds, limit: $limit) {
    center { latitude longitude } radiusKm candidates truncated
    allies { node { id } distanceKm score hops via explanationDe offers { offer { id } offerOwner { id } } ${REASONS} }
  }
}`;
const ids = (r: AlliesResult): string[] => r.alliesNearby.allies.map((a) => a.node.id);

describe('alliesNearby', () => {
  it('finds allies within the radius only, friends of friends and matching offers first', async () => {
    const r = await t.ask<AlliesResult>(ALLIES, { actorId: 'per-anna', radiusKm: 10 });
    expect(r.alliesNearby.center).toEqual({ latitude: 51.151, longitude: 14.986 });
    expect(r.alliesNearby.allies.length).toBeGreaterThan(0);
    expect(r.alliesNearby.allies.every((a) => a.distanceKm <= 10)).toBe(true);
    // Zittau is ~30 km away; the direct contact Energieverein is already an ally; Anna is not her own.
    expect(ids(r)).not.toContain('ins-schule');
    expect(ids(r)).not.toContain('ins-verein-a');
    expect(ids(r)).not.toContain('per-anna');
    const [first] = r.alliesNearby.allies;
    expect(first).toMatchObject({ node: { id: 'ins-stadt' }, hops: 2, via: ['ins-verein-a'] });
    expect(first?.offers.map((o) => o.offer.id)).toEqual(['res-saal']);
    expect(first?.explanationDe).toContain('Kontakt über Energieverein Görlitz');
    const wider = await t.ask<AlliesResult>(ALLIES, { actorId: 'per-anna', radiusKm: 40 });
    expect(ids(wider)).toContain('ins-schule');
  });

  it('works around a municipality or a coordinate, filtered by topics', async () => {
    const r = await t.ask<AlliesResult>(ALLIES, {
      regionId: 'reg-14626610',
      radiusKm: 5,
      topicIds: ['top-agriculture'],
    });
    expect(ids(r).sort()).toEqual(['ins-hof', 'ins-verein-b']);
    expect(r.alliesNearby.allies.every((a) => a.hops === null)).toBe(true);
    const point = await t.ask<AlliesResult>(ALLIES, {
      point: { latitude: 51.34, longitude: 12.374 },
      radiusKm: 2,
    });
    expect(ids(point).sort()).toEqual(['ins-agentur', 'ins-nabu', 'ins-uni', 'per-emil']);
  });

  it('never lets a members-only person influence an anonymous viewer’s allies', async () => {
    const anonymous = await t.ask<AlliesResult>(ALLIES, { actorId: 'per-anna', radiusKm: 10 });
    const member = await t.ask<AlliesResult>(
      ALLIES,
      { actorId: 'per-anna', radiusKm: 10 },
      'member',
    );
    // Bernd (members) is within 1 km: a candidate for members, absent for anonymous viewers.
    expect(member.alliesNearby.candidates).toBe(anonymous.alliesNearby.candidates + 1);
    const leipzig = await t.ask<AlliesResult>(ALLIES, { actorId: 'per-emil', radiusKm: 2 });
    expect(ids(leipzig)).not.toContain('per-dora');
    expect(JSON.stringify(leipzig)).not.toContain('dora');
    // Members see Dora, three hops from Emil (Emil – Universität – Energieagentur – Dora).
    const leipzigMember = await t.ask<AlliesResult>(
      ALLIES,
      { actorId: 'per-emil', radiusKm: 2 },
      'member',
    );
    const dora = leipzigMember.alliesNearby.allies.find((a) => a.node.id === 'per-dora');
    expect(dora).toMatchObject({ hops: 3, via: ['ins-uni', 'ins-agentur'] });
  });
});

/** The selections the argument checks ask for. */
const CHECKED_ALLIES = `query ($actorId: ID, $regionId: ID, $point: CoordinateInput, $radiusKm: Float!, $limit: Int) {
  alliesNearby(actorId: $actorId, regionId: $regionId, point: $point, radiusKm: $radiusKm, limit: $limit) { candidates } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['no centre', { radiusKm: 10 }, 'BAD_USER_INPUT'],
    ['two centres', { actorId: 'per-anna', regionId: 'reg-14626', radiusKm: 10 }, 'BAD_USER_INPUT'],
    ['radius over 100', { actorId: 'per-anna', radiusKm: 150 }, 'BAD_USER_INPUT'],
    ['radius 0', { actorId: 'per-anna', radiusKm: 0 }, 'BAD_USER_INPUT'],
    ['latitude 95', { point: { latitude: 95, longitude: 13 }, radiusKm: 5 }, 'BAD_USER_INPUT'],
    ['limit 0', { actorId: 'per-anna', radiusKm: 5, limit: 0 }, 'BAD_USER_INPUT'],
    ['hidden person', { actorId: 'per-bernd', radiusKm: 5 }, 'NOT_FOUND'],
    ['unknown region', { regionId: 'reg-99999', radiusKm: 5 }, 'NOT_FOUND'],
  ])('alliesNearby: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_ALLIES, variables)).toBe(code);
  });

  it('says which arguments are missing or wrong', async () => {
    const radius = await t.api.gql(CHECKED_ALLIES, { actorId: 'per-anna', radiusKm: 150 });
    expect(radius.errors?.[0]?.message).toBe('radiusKm must be between 0 and 100 (got 150)');
  });
});
