import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from './test-api.js';
import type { AnalyticsApi } from './test-api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Figures {
  actors: number;
  institutions: number;
  actorsPer10k: number | null;
  ties: number;
  crossSectorTies: number;
  crossSectorShare: number | null;
  internalTies: number;
  density: number | null;
  newTies: number;
  newCrossSectorTies: number;
}
interface RegionResult {
  regionComparison: {
    actors: number;
    truncated: boolean;
    urban: Figures;
    rural: Figures;
    regions: (Figures & {
      region: { id: string };
      level: string;
      urban: boolean;
      explanationDe: string;
    })[];
  };
}
const FIGURES =
  'actors institutions actorsPer10k ties crossSectorTies crossSectorShare internalTies density newTies newCrossSectorTies';
const REGIONS = `query ($since: String, $until: String) {
  regionComparison(since: $since, until: $until) {
    actors truncated urban { ${FIGURES} } rural { ${FIGURES} }
    regions { region { id } level urban explanationDe ${FIGURES} }
  }
}`;

describe('regionComparison', () => {
  it('compares every district and municipality, urban against rural (hand-checked)', async () => {
    const r = await t.ask<RegionResult>(REGIONS, { since: '2025-01-01' });
    const { regions, rural, urban } = r.regionComparison;
    expect(regions.map((x) => x.region.id)).toEqual([
      'reg-14626',
      'reg-14713',
      'reg-14626110',
      'reg-14626610',
      'reg-14713000',
    ]);
    const goerlitz = regions[0];
    // 10 institutions + Anna (Bernd is hidden) per 250,000 inhabitants; 11 ties touch the district (c1-c10
    // and c12), 8 of them cross sectors; 10 are internal among 45 pairs; c3 and c12 are new since 2025.
    expect(goerlitz).toMatchObject({
      level: 'district',
      urban: false,
      actors: 11,
      institutions: 10,
    });
    expect(goerlitz?.actorsPer10k).toBeCloseTo(0.44, 12);
    expect(goerlitz).toMatchObject({ ties: 11, crossSectorTies: 8, internalTies: 10 });
    expect(goerlitz?.density).toBeCloseTo(10 / 45, 12);
    expect(goerlitz).toMatchObject({ newTies: 2, newCrossSectorTies: 2 });
    expect(goerlitz?.explanationDe).toBe(
      '0,4 Akteur:innen je 10.000 Einwohner:innen, 73 % sektorübergreifende Kooperationen, ' +
        'seit 1.1.2025 2 neue sektorübergreifende Kooperationen.',
    );
    expect(rural.actors).toBe(11);
    // Leipzig: Universität, Energieagentur, NABU and Emil (Dora is hidden) per 600,000.
    expect(urban.actors).toBe(4);
    expect(urban.actorsPer10k).toBeCloseTo(4 / 60, 12);
    expect(r.regionComparison).toMatchObject({ actors: 15, truncated: false });
  });

  it('counts hidden persons only for viewers who may see them', async () => {
    const r = await t.ask<RegionResult>(REGIONS, {}, 'member');
    expect(r.regionComparison.actors).toBe(17);
    expect(r.regionComparison.urban.actors).toBe(5);
  });
});

interface FundingResult {
  fundingMatches: {
    programmes: number;
    matches: {
      programme: { id: string };
      deadline: string | null;
      themeOpen: boolean;
      explanationDe: string;
    }[];
  };
}
const FUNDING = `query ($institutionId: ID, $regionId: ID, $topicIds: [ID!], $today: String) {
  fundingMatches(institutionId: $institutionId, regionId: $regionId, topicIds: $topicIds, today: $today) {
    programmes matches { programme { id } deadline themeOpen explanationDe }
  }
}`;
const programmes = (r: FundingResult): string[] =>
  r.fundingMatches.matches.map((m) => m.programme.id);

describe('fundingMatches', () => {
  it('fits an institution by sector, region, theme and future deadline', async () => {
    const r = await t.ask<FundingResult>(FUNDING, {
      institutionId: 'ins-schule',
      today: '2026-01-01',
    });
    // Left out: fp-alt (deadline passed), fp-leipzig (other region), fp-agrar (theme), fp-wirtschaft (sector).
    expect(programmes(r)).toEqual(['fp-klima', 'fp-offen']);
    expect(r.fundingMatches.programmes).toBe(6);
    expect(r.fundingMatches.matches[0]?.explanationDe).toBe(
      'Passt thematisch: Energie & Klimaschutz, offen für Bildung und Zivilgesellschaft, Frist: 31.3.2099.',
    );
    const later = await t.ask<FundingResult>(FUNDING, {
      institutionId: 'ins-schule',
      today: '2100-01-01',
    });
    expect(programmes(later)).toEqual(['fp-offen']);
  });

  it('fits a region by its actors’ themes or by given topics', async () => {
    const r = await t.ask<FundingResult>(FUNDING, { regionId: 'reg-14626', today: '2026-01-01' });
    expect(programmes(r)).toEqual(['fp-agrar', 'fp-wirtschaft', 'fp-klima', 'fp-offen']);
    const leipzig = await t.ask<FundingResult>(FUNDING, {
      regionId: 'reg-14713000',
      topicIds: ['top-energy_climate'],
      today: '2026-01-01',
    });
    expect(programmes(leipzig)).toEqual(['fp-wirtschaft', 'fp-klima', 'fp-leipzig', 'fp-offen']);
  });
});

interface NetworkResult {
  networkOfNetworks: {
    networks: { node: { id: string }; members: number; topicIds: string[] }[];
    links: {
      a: { id: string };
      b: { id: string };
      weight: number;
      sharedMemberIds: string[];
      goodPracticeProjectIds: string[];
      explanationDe: string;
    }[];
  };
}
const NETWORKS = `query ($regionId: ID) {
  networkOfNetworks(regionId: $regionId) {
    networks { node { id } members topicIds }
    links { a { id } b { id } weight sharedMemberIds goodPracticeProjectIds explanationDe }
  }
}`;

describe('networkOfNetworks', () => {
  it('links networks by shared members, themes and good practice; hidden members stay hidden', async () => {
    const r = await t.ask<NetworkResult>(NETWORKS, {});
    expect(r.networkOfNetworks.networks.map((n) => [n.node.id, n.members])).toEqual([
      ['net-bildung', 2],
      ['net-energie', 3],
      ['net-leipzig', 2],
    ]);
    const [strongest, themeOnly] = r.networkOfNetworks.links;
    // 1 shared member (the school) + 2 · 1 good-practice project; Bernd is hidden.
    expect(strongest).toMatchObject({
      a: { id: 'net-bildung' },
      b: { id: 'net-energie' },
      weight: 3,
      sharedMemberIds: ['ins-schule'],
      goodPracticeProjectIds: ['proj-solarschule'],
    });
    expect(themeOnly).toMatchObject({
      a: { id: 'net-energie' },
      b: { id: 'net-leipzig' },
      weight: 0.5,
    });
    const member = await t.ask<NetworkResult>(NETWORKS, {}, 'member');
    expect(member.networkOfNetworks.links[0]).toMatchObject({
      weight: 4,
      sharedMemberIds: ['ins-schule', 'per-bernd'],
    });
    const district = await t.ask<NetworkResult>(NETWORKS, { regionId: 'reg-14626' });
    expect(district.networkOfNetworks.networks.map((n) => n.node.id)).toEqual([
      'net-bildung',
      'net-energie',
    ]);
    expect(district.networkOfNetworks.links).toHaveLength(1);
  });
});
