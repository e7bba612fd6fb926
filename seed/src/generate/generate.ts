/**
 * The seeded generator: same seed and size give byte-identical output. Regions and topics first, then
 * institutions and persons, cooperations (with planted gaps and brokers), acquaintances, networks,
 * funding programmes, resources and projects, and last the bridges between regional networks.
 */
import { faker } from '@faker-js/faker/locale/de';
import type { RegionsData } from '../regions/regions.js';
import { loadRegions } from '../regions/regions.js';
import { GraphBuilder } from './builder.js';
import { addCooperations } from './cooperation-plan.js';
import { addProgrammes } from './funding.js';
import { addInstitution } from './institutions.js';
import { addAcquaintances } from './knows.js';
import { addNetworkBridges } from './network-bridges.js';
import { addNetworks } from './networks.js';
import { addPerson } from './persons.js';
import { placeActors } from './placement.js';
import { addProjects } from './projects.js';
import { Random } from './random.js';
import { addRegions, addTopics } from './regions-topics.js';
import type { RegionPlaces } from './regions-topics.js';
import { addDistrictResources, addResources } from './resources.js';
import type { GenerateOptions, GeneratedGraph } from './types.js';
import { MAX_ACTORS, MAX_SEED, MIN_ACTORS } from './types.js';
import type { World } from './world.js';
import { SECTOR_LIST, districtOf } from './world.js';

/** Offers and needs per actor of a district, on top of the state-wide ones (resources.ts). */
export const DISTRICT_RESOURCES_PER_ACTOR = 0.03;
/** XOR-ed into the seed for the district resources: another stream, still within 31 bits. */
const RESOURCE_SEED_MASK = 0x5eed;

/** Share of institutions among the actors (the rest are persons). */
export const INSTITUTION_SHARE = 0.55;

function createWorld(random: Random, builder: GraphBuilder, places: RegionPlaces): World {
  const { districts, municipalities, near } = places;
  return {
    random,
    builder,
    districts,
    municipalities,
    near,
    districtMunis: districts.map((d) =>
      municipalities.filter((m) => m.district === d.index).map((m) => m.index),
    ),
    allMunis: municipalities.map((m) => m.index),
    institutions: [],
    persons: [],
    instByMuniSector: municipalities.map(() => SECTOR_LIST.map(() => [])),
    instByMuniAll: municipalities.map(() => []),
    personsByMuni: municipalities.map(() => []),
  };
}

export function generate(
  options: GenerateOptions,
  regions: RegionsData = loadRegions(),
): GeneratedGraph {
  const { actors, seed } = options;
  if (!Number.isInteger(actors) || actors < MIN_ACTORS || actors > MAX_ACTORS)
    throw new RangeError(
      `actors must be an integer from ${MIN_ACTORS} to ${MAX_ACTORS}, got ${actors}`,
    );
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  faker.seed(seed);
  const random = new Random(seed);
  const builder = new GraphBuilder();
  const places = addRegions(builder, regions);
  addTopics(builder);
  const world = createWorld(random, builder, places);
  const slots = placeActors(random, actors, places.districts, places.municipalities);
  const institutionCount = Math.round(actors * INSTITUTION_SHARE);
  slots.slice(0, institutionCount).forEach((muni) => addInstitution(world, faker, muni));
  slots.slice(institutionCount).forEach((muni) => addPerson(world, faker, muni));

  const { coops, gaps, brokers } = addCooperations(world);
  addAcquaintances(world, 2);

  const perDistrict = places.districts.map(() => 0);
  for (const muni of slots)
    perDistrict[districtOf(world, muni)] = (perDistrict[districtOf(world, muni)] ?? 0) + 1;
  const networks = addNetworks(world, perDistrict, 0.15);
  const programmes = addProgrammes(world, places.stateId);
  addResources(world, Math.round(actors * 0.08), networks);
  addProjects(world, Math.round(actors * 0.04), coops, programmes, networks);
  addNetworkBridges(world, networks, seed);
  // Their own random source, last: adding them leaves every node and relationship above as it was.
  addDistrictResources(world, new Random(seed ^ RESOURCE_SEED_MASK), DISTRICT_RESOURCES_PER_ACTOR);
  return {
    nodes: builder.nodes,
    relationships: builder.relationships,
    meta: { seed, actors, gaps, brokerIds: brokers.map((b) => b.id) },
  };
}
