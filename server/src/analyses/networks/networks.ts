/**
 * Network of networks: regional networks (Network nodes) linked through
 *   shared members   actors with MEMBER_OF_NETWORK to both;
 *   shared themes    WORKS_ON topics of both networks (incl. key themes; a key theme implied by a shared
 *                    sub-topic is not counted again);
 *   good practice    Projects with goodPractice = true RUN by a member of (or by) each of the two networks.
 *   weight = |shared members| + 0.5 · |shared themes| + 2 · |good-practice projects|
 * A project links networks because it is evidence of working together; a theme alone links loosely.
 * Cost: pairs are generated from the inverted indices (member → networks, topic → networks, project →
 * networks), never from all network pairs.
 */
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import type { Snapshot } from '../kernel/snapshot.js';

export interface NetworkLink {
  readonly ids: readonly [string, string];
  readonly weight: number;
  readonly sharedMemberIds: readonly string[];
  readonly sharedTopicIds: readonly string[];
  readonly goodPracticeProjectIds: readonly string[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface NetworkOfNetworks {
  readonly networks: readonly {
    readonly id: string;
    readonly members: number;
    readonly topicIds: readonly string[];
  }[];
  readonly links: readonly NetworkLink[];
}

type Bag = Map<string, { members: Set<string>; topics: Set<string>; projects: Set<string> }>;

function add(index: Map<string, Set<string>>, key: string, value: string): void {
  const set = index.get(key) ?? new Set<string>();
  set.add(value);
  index.set(key, set);
}

export function networkOfNetworks(snapshot: Snapshot): NetworkOfNetworks {
  const networkIds = [...snapshot.nodes.values()]
    .filter((n) => n.label === 'Network')
    .map((n) => n.id)
    .sort();
  const isNetwork = new Set(networkIds);
  const networksOf = new Map<string, Set<string>>();
  const membersOf = new Map<string, Set<string>>();
  for (const rel of snapshot.byType.get('MEMBER_OF_NETWORK') ?? []) {
    add(networksOf, rel.from, rel.to);
    add(membersOf, rel.to, rel.from);
  }
  const pairs: Bag = new Map();
  const bag = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let entry = pairs.get(key);
    if (!entry)
      pairs.set(key, (entry = { members: new Set(), topics: new Set(), projects: new Set() }));
    return entry;
  };
  const forPairs = (group: Iterable<string>, visit: (a: string, b: string) => void) => {
    const list = [...group].sort();
    list.forEach((a, i) => list.slice(i + 1).forEach((b) => visit(a, b)));
  };
  for (const [member, nets] of networksOf) forPairs(nets, (a, b) => bag(a, b).members.add(member));
  const byTopic = new Map<string, Set<string>>();
  for (const id of networkIds) {
    const themes = snapshot.themesOf.get(id) ?? [];
    const implied = new Set(themes.map((t) => snapshot.parentOf.get(t)));
    for (const t of themes) if (!implied.has(t)) add(byTopic, t, id);
  }
  for (const [topic, nets] of byTopic) forPairs(nets, (a, b) => bag(a, b).topics.add(topic));
  const byProject = new Map<string, Set<string>>();
  for (const rel of snapshot.byType.get('RUNS') ?? []) {
    if (snapshot.nodes.get(rel.to)?.properties['goodPractice'] !== true) continue;
    for (const net of networksOf.get(rel.from) ?? []) add(byProject, rel.to, net);
    if (isNetwork.has(rel.from)) add(byProject, rel.to, rel.from);
  }
  for (const [project, nets] of byProject)
    forPairs(nets, (a, b) => bag(a, b).projects.add(project));

  const links = [...pairs].map(([key, entry]): NetworkLink => {
    const [a = '', b = ''] = key.split('\u0000');
    const sharedMemberIds = [...entry.members].sort();
    const sharedTopicIds = [...entry.topics].sort();
    const goodPracticeProjectIds = [...entry.projects].sort();
    const reasons: Reason[] = [];
    if (sharedMemberIds.length > 0) reasons.push({ kind: 'sharedMembers', ids: sharedMemberIds });
    if (sharedTopicIds.length > 0) reasons.push({ kind: 'sharedTopics', topicIds: sharedTopicIds });
    if (goodPracticeProjectIds.length > 0)
      reasons.push({ kind: 'goodPractice', projectIds: goodPracticeProjectIds });
    return {
      ids: [a, b],
      weight:
        sharedMemberIds.length + 0.5 * sharedTopicIds.length + 2 * goodPracticeProjectIds.length,
      sharedMemberIds,
      sharedTopicIds,
      goodPracticeProjectIds,
      reasons,
      explanationDe: explainDe(snapshot, reasons),
    };
  });
  return {
    networks: networkIds.map((id) => ({
      id,
      members: membersOf.get(id)?.size ?? 0,
      topicIds: snapshot.topicsOf.get(id) ?? [],
    })),
    links: links.sort((x, y) => y.weight - x.weight || x.ids.join().localeCompare(y.ids.join())),
  };
}
