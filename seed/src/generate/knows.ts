/** Acquaintances among persons: colleagues in the same institution, neighbours, a few far away. */
import { drawScope, pickPerson } from './nearby.js';
import type { Person, World } from './world.js';

function colleague(world: World, person: Person): number {
  const institution = world.institutions[person.institutions[0] ?? -1];
  if (!institution || institution.members.length < 2) return -1;
  return world.random.pick(institution.members);
}

/** Adds about `mean` initiated KNOWS per person (at least one where possible). */
export function addAcquaintances(world: World, mean: number): void {
  const { random, builder, persons } = world;
  const n = persons.length;
  const seen = new Set<number>();
  for (const person of persons) {
    const ties = 1 + random.count(mean - 1);
    for (let i = 0; i < ties; i++) {
      const other = random.chance(0.45)
        ? colleague(world, person)
        : pickPerson(world, person.muni, drawScope(world, [55, 25, 10, 10]));
      if (other < 0 || other === person.index) continue;
      const key = person.index < other ? person.index * n + other : other * n + person.index;
      const target = persons[other];
      if (!target || seen.has(key)) continue;
      seen.add(key);
      builder.relate('KNOWS', person.id, target.id, {
        since: random.date('2010-01-01', '2026-10-31'),
      });
    }
  }
}
