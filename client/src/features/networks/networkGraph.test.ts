import { describe, expect, it } from 'vitest';
import { linkCounts, linksOf, networkElements } from './networkGraph';
import type { NetworkLinkData, NetworkSummaryData } from './networks.fragment';

const network = (id: string, members: number): NetworkSummaryData => ({
  members,
  topicIds: [],
  node: { id, name: `Netzwerk ${id}` },
});
const link = (a: string, b: string, weight: number, members: number): NetworkLinkData => ({
  a: { id: a, name: a },
  b: { id: b, name: b },
  weight,
  sharedMemberIds: Array.from({ length: members }, (_, i) => `per-${i}`),
  sharedTopicIds: ['top-energy'],
  goodPracticeProjectIds: [],
  explanationDe: '',
  reasons: [],
});

describe('network of networks elements', () => {
  const elements = networkElements(
    [network('net-1', 12), network('net-2', 3)],
    [link('net-1', 'net-2', 8, 2), link('net-2', 'net-1', 2, 0), link('net-1', 'net-9', 4, 1)],
    (l) => `${l.sharedMemberIds.length} M`,
  );

  it('sizes networks by members and weights links by their weight', () => {
    const data = elements.map((element) => element.data);
    expect(data[0]).toMatchObject({ id: 'net-1', size: 56 });
    expect(data[1]?.size).toBeLessThan(56);
    expect(data[2]).toMatchObject({ id: 'net-1~net-2', width: 10, label: '2 M' });
    expect(data[3]).toMatchObject({ id: 'net-2~net-1', width: 3.3 });
  });

  it('dashes links without shared members and drops links to networks not shown', () => {
    expect(elements.map((element) => element.classes)).toEqual([
      undefined,
      undefined,
      undefined,
      'no-shared-members',
    ]);
    expect(elements.some((element) => element.data.target === 'net-9')).toBe(false);
  });

  it('selects the links of one network and counts links per network', () => {
    const links = [link('net-1', 'net-2', 8, 2), link('net-2', 'net-3', 2, 0)];
    expect(linksOf(links, 'net-3')).toEqual([links[1]]);
    expect(linksOf(links, null)).toBe(links);
    expect([...linkCounts(links)]).toEqual([
      ['net-1', 1],
      ['net-2', 2],
      ['net-3', 1],
    ]);
  });
});
