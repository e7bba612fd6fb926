/** Region tree (state → districts → municipalities) and topic tree as nodes with PART_OF. */
import { TOPIC_TREE, districtAgs, regionId, topicId } from '@nzr/graph-schema';
import type { RegionsData } from '../regions/regions.js';
import type { GraphBuilder } from './builder.js';
import { distanceKm } from './geo.js';
import type { Place } from './world.js';
import { NEAR_KM } from './world.js';

export interface RegionPlaces {
  readonly stateId: string;
  readonly districts: Place[];
  readonly municipalities: Place[];
  readonly near: number[][];
}

export function addRegions(builder: GraphBuilder, data: RegionsData): RegionPlaces {
  const districts: Place[] = [];
  const municipalities: Place[] = [];
  const districtIndex = new Map<string, number>();
  let stateId = '';
  for (const region of data.regions) {
    const id = builder.node('Region', regionId(region.ags), {
      name: region.name,
      level: region.level,
      ags: region.ags,
      urban: region.urban,
      population: region.population,
      ...(region.areaKm2 === undefined ? {} : { areaKm2: region.areaKm2 }),
      location: { latitude: region.latitude, longitude: region.longitude },
    });
    if (region.parent !== null) {
      builder.relate('PART_OF', id, regionId(region.parent), {}, `part-${id}`);
    }
    if (region.level === 'state') stateId = id;
    const list = region.level === 'district' ? districts : municipalities;
    if (region.level === 'district') districtIndex.set(region.ags, districts.length);
    if (region.level === 'state') continue;
    list.push({
      index: list.length,
      id,
      ags: region.ags,
      name: region.name,
      urban: region.urban,
      population: region.population,
      point: { latitude: region.latitude, longitude: region.longitude },
      district: districtIndex.get(districtAgs(region.ags) ?? '') ?? -1,
    });
  }
  if (municipalities.some((m) => m.district < 0)) throw new Error('municipality without district');
  const near = municipalities.map((a) =>
    municipalities.filter((b) => distanceKm(a.point, b.point) <= NEAR_KM).map((b) => b.index),
  );
  return { stateId, districts, municipalities, near };
}

export function addTopics(builder: GraphBuilder): void {
  for (const topic of TOPIC_TREE) {
    const id = builder.node('Topic', topicId(topic.key), {
      name: topic.de,
      nameEn: topic.en,
      key: topic.key,
    });
    if (topic.parent) builder.relate('PART_OF', id, topicId(topic.parent), {}, `part-${id}`);
  }
}
