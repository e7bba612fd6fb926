import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, startAnalyticsApi } from './test-api.js';
import type { AnalyticsApi } from './test-api.js';

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
