/**
 * Which themes actors work on, correlated with their kind: businesses with sustainable business and energy,
 * farms with agriculture, schools with BNE, parishes with development cooperation and fair trade,
 * municipalities with transport, energy and climate adaptation.
 */
import type { KeyTheme } from '@nzr/graph-schema';
import { KEY_THEMES, TOPIC_TREE, enumValues } from '@nzr/graph-schema';
import type { Random } from './random.js';
import type { Profile } from './world.js';

export const KEY_THEME_LIST: readonly KeyTheme[] = enumValues(KEY_THEMES);

// transport, agriculture, sustainable_business, energy_climate, development_cooperation, education_sd
const THEME_WEIGHTS: Readonly<Record<Profile, readonly number[]>> = {
  association: [2, 2, 1.5, 3, 2, 2],
  initiative: [3, 3, 2, 2.5, 1, 1],
  municipality: [5, 1, 1, 5, 1, 0.8],
  administration: [4, 2, 2, 4, 0.8, 1.5],
  business: [1, 1, 6, 4, 0.3, 0.3],
  farm: [0.2, 10, 1, 1.2, 0.2, 0.4],
  school: [0.4, 0.8, 0.3, 1, 1.2, 9],
  university: [1.5, 1.5, 2, 3, 1, 3],
  education_provider: [0.5, 1, 0.7, 1, 1.5, 8],
  parish: [0.3, 1, 0.4, 1.5, 8, 1.5],
  research_institute: [2, 2, 2, 4, 1, 1],
  media: [1.5, 1, 1, 2, 1, 2],
  professional_association: [1, 2, 5, 3, 0.3, 0.6],
  citizen: [2.5, 2, 1.5, 3, 1.5, 2],
};

/** Sub-topic a profile prefers within a theme (chosen half the time when the theme is drawn). */
const PREFERRED: Partial<Record<Profile, Partial<Record<KeyTheme, string>>>> = {
  municipality: { energy_climate: 'climate_adaptation', transport: 'public_transport' },
  administration: { energy_climate: 'climate_adaptation', transport: 'rural_mobility' },
  farm: { agriculture: 'organic_farming' },
  school: { education_sd: 'school_education' },
  education_provider: { education_sd: 'non_formal_learning' },
  parish: { development_cooperation: 'fair_trade' },
  business: { energy_climate: 'renewable_energy', sustainable_business: 'circular_economy' },
  initiative: { sustainable_business: 'repair', energy_climate: 'citizen_energy' },
};

const SUB_TOPICS = new Map<KeyTheme, string[]>(
  KEY_THEME_LIST.map((theme) => [
    theme,
    TOPIC_TREE.filter((t) => t.parent === theme).map((t) => t.key),
  ]),
);

export interface TopicChoice {
  readonly keys: string[];
  readonly themeMask: number;
}

/** One to three distinct topics (key themes or their sub-topics) for an actor of this profile. */
export function chooseTopics(random: Random, profile: Profile, count: number): TopicChoice {
  const weights = THEME_WEIGHTS[profile];
  const keys: string[] = [];
  let themeMask = 0;
  for (let attempt = 0; keys.length < count && attempt < count * 4; attempt++) {
    const index = random.weightedIndex(weights);
    const theme = KEY_THEME_LIST[index] as KeyTheme;
    const preferred = PREFERRED[profile]?.[theme];
    const roll = random.next();
    const key =
      preferred && roll < 0.5
        ? preferred
        : roll < 0.8
          ? random.pick(SUB_TOPICS.get(theme) ?? [theme])
          : theme;
    if (keys.includes(key)) continue;
    keys.push(key);
    themeMask |= 1 << index;
  }
  return { keys, themeMask };
}

/** Key theme of a topic key (itself for key themes). */
export function themeOfTopic(key: string): KeyTheme {
  const topic = TOPIC_TREE.find((t) => t.key === key);
  return (topic?.parent ?? key) as KeyTheme;
}

const TOPIC_DE = new Map(TOPIC_TREE.map((t) => [t.key, t.de]));

/** German display name of a topic key. */
export function topicName(key: string): string {
  return TOPIC_DE.get(key) ?? key;
}
