/** Funding programme nodes with topics, eligible regions and deadlines in 2026/2027. */
import { topicId } from '@nzr/graph-schema';
import { slug } from './names.js';
import type { ProgrammeTemplate } from './funding-catalogue.js';
import { PROGRAMMES } from './funding-catalogue.js';
import type { World } from './world.js';

export interface Programme {
  readonly id: string;
  readonly template: ProgrammeTemplate;
  /** District indices whose applicants may apply. */
  readonly districts: ReadonlySet<number>;
}

export function addProgrammes(world: World, stateId: string): Programme[] {
  const { random, builder, districts } = world;
  return PROGRAMMES.map((template) => {
    const id = builder.nextId('fun');
    builder.node('FundingProgramme', id, {
      name: template.name,
      funder: template.funder,
      funderLevel: template.level,
      eligibleSectors: [...template.sectors],
      deadline: random.date('2026-12-01', '2027-11-30'),
      maxAmountEur: template.maxAmountEur,
      url: `https://foerderung.example.org/${slug(template.name)}`,
      description: `${template.name} (${template.funder}). Demodaten: Frist und Betrag sind erfunden.`,
    });
    for (const key of template.topics) builder.relate('WORKS_ON', id, topicId(key));
    const eligible = districts.filter((d) =>
      template.area === 'state'
        ? true
        : template.area === 'rural'
          ? !d.urban
          : d.ags === template.area,
    );
    if (template.area === 'state') builder.relate('ELIGIBLE_IN', id, stateId);
    else for (const d of eligible) builder.relate('ELIGIBLE_IN', id, d.id);
    return { id, template, districts: new Set(eligible.map((d) => d.index)) };
  });
}
