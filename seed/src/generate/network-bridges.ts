/**
 * Bridges between regional networks. Active organisations (an energy agency, a university institute, an
 * Eine-Welt-Laden) also join the network of a neighbouring district that works on their theme, and some
 * good-practice projects are carried by members of two networks together. Without these the network of
 * networks would be linked by shared themes only. Runs last, on its own random stream derived from the
 * seed, so that adding it changed no earlier part of the generated data.
 */
import { topicId } from '@nzr/graph-schema';
import { distanceKm, jitter } from './geo.js';
import type { NetworkInfo } from './networks.js';
import { Random, addDays } from './random.js';
import { KEY_THEME_LIST, topicName } from './themes.js';
import type { Institution, World } from './world.js';

/** Networks whose seats are at most this far apart are neighbours that may share members. */
export const BRIDGE_KM = 80;
/** Share of neighbouring network pairs that share members, and of those that also run a joint project. */
const BRIDGED_SHARE = 0.6;
const JOINT_PROJECT_SHARE = 0.5;
/** Offsets the stream from the main generator's, which starts from the plain seed. */
const STREAM = 0x6e6574;

function membersOf(world: World, network: NetworkInfo): Institution[] {
  return network.memberInstitutions
    .map((i) => world.institutions[i])
    .filter((inst): inst is Institution => inst !== undefined);
}

/** Members of `from` not yet in `to`, those working on `to`'s theme first. */
function bridgeCandidates(world: World, from: NetworkInfo, to: NetworkInfo): Institution[] {
  const bit = 1 << to.themeIndex;
  const outside = membersOf(world, from).filter((inst) => !to.memberIds.has(inst.id));
  const onTheme = outside.filter((inst) => inst.themeMask & bit);
  return onTheme.length > 0 ? onTheme : outside;
}

function join(world: World, random: Random, inst: Institution, network: NetworkInfo): void {
  world.builder.relate('MEMBER_OF_NETWORK', inst.id, network.id, {
    role: 'member',
    since: random.date('2014-01-01', '2026-10-31'),
  });
  (network.memberIds as Set<string>).add(inst.id);
}

/** A good-practice project led by a member of `a` with a member of `b`, on `a`'s theme. */
function jointProject(world: World, random: Random, a: NetworkInfo, b: NetworkInfo): void {
  const { builder } = world;
  const leads = membersOf(world, a);
  if (leads.length === 0) return;
  const lead = random.pick(leads);
  const partners = membersOf(world, b).filter((inst) => inst.id !== lead.id);
  if (partners.length === 0) return;
  const partner = random.pick(partners);
  const place = world.municipalities[lead.muni];
  const other = world.municipalities[partner.muni];
  if (!place || !other) return;
  const theme = KEY_THEME_LIST[a.themeIndex] ?? 'education_sd';
  const themeName = topicName(theme);
  const start = random.date('2016-01-01', '2026-06-30');
  const id = builder.nextId('prj');
  builder.node('Project', id, {
    name: `Regionen verbinden: ${themeName} (${place.name} & ${other.name})`,
    description: `Gemeinsames Projekt zweier regionaler Netzwerke, Thema: ${themeName}. Good-Practice-Beispiel.`,
    location: jitter(random, lead.point, 1),
    goodPractice: true,
    startDate: start,
    endDate: addDays(start, random.int(365, 1095)),
    cooperationKind: 'project',
  });
  builder.relate('RUNS', lead.id, id, { role: 'lead' });
  builder.relate('RUNS', partner.id, id, { role: 'partner' });
  builder.relate('LOCATED_IN', id, place.id);
  builder.relate('WORKS_ON', id, topicId(theme));
}

export function addNetworkBridges(world: World, networks: readonly NetworkInfo[], seed: number) {
  const random = new Random(seed ^ STREAM);
  for (const [i, a] of networks.entries()) {
    for (const b of networks.slice(i + 1)) {
      if (distanceKm(a.point, b.point) > BRIDGE_KM || !random.chance(BRIDGED_SHARE)) continue;
      const fromA = bridgeCandidates(world, a, b);
      const fromB = bridgeCandidates(world, b, a);
      const movers = [
        ...(fromA.length > 0 ? [{ inst: random.pick(fromA), to: b }] : []),
        ...(fromB.length > 0 && random.chance(0.5) ? [{ inst: random.pick(fromB), to: a }] : []),
      ];
      for (const { inst, to } of movers) join(world, random, inst, to);
      if (random.chance(JOINT_PROJECT_SHARE)) jointProject(world, random, a, b);
    }
  }
}
