/**
 * The reference topic tree: the six key themes and their sub-topics. Topic nodes are created from this list by
 * the seed and the importer, with ids `top-<key>`, so every installation shares the same stable topic ids.
 */
import { KEY_THEMES } from './enums.js';
import type { KeyTheme } from './enums.js';

export interface TopicDefinition {
  readonly key: string;
  readonly de: string;
  readonly en: string;
  /** Key of the key theme this sub-topic belongs to; absent for the key themes themselves. */
  readonly parent?: KeyTheme;
}

const SUB_TOPICS: readonly (readonly [KeyTheme, string, string, string])[] = [
  ['transport', 'public_transport', 'ÖPNV', 'Public transport'],
  ['transport', 'cycling', 'Radverkehr', 'Cycling'],
  ['transport', 'rural_mobility', 'Mobilität im ländlichen Raum', 'Rural mobility'],
  ['agriculture', 'organic_farming', 'Ökologischer Landbau', 'Organic farming'],
  ['agriculture', 'regional_food', 'Regionale Lebensmittel', 'Regional food'],
  [
    'agriculture',
    'community_agriculture',
    'Solidarische Landwirtschaft',
    'Community supported agriculture',
  ],
  ['sustainable_business', 'circular_economy', 'Kreislaufwirtschaft', 'Circular economy'],
  [
    'sustainable_business',
    'common_good_economy',
    'Gemeinwohl-Ökonomie',
    'Economy for the common good',
  ],
  ['sustainable_business', 'repair', 'Reparieren & Teilen', 'Repair & sharing'],
  ['energy_climate', 'renewable_energy', 'Erneuerbare Energien', 'Renewable energy'],
  ['energy_climate', 'citizen_energy', 'Bürgerenergie', 'Community energy'],
  ['energy_climate', 'climate_adaptation', 'Klimaanpassung', 'Climate adaptation'],
  ['development_cooperation', 'fair_trade', 'Fairer Handel', 'Fair trade'],
  [
    'development_cooperation',
    'municipal_partnerships',
    'Kommunale Partnerschaften',
    'Municipal partnerships',
  ],
  ['education_sd', 'school_education', 'BNE in der Schule', 'ESD in schools'],
  ['education_sd', 'non_formal_learning', 'Außerschulisches Lernen', 'Non-formal learning'],
];

export const TOPIC_TREE: readonly TopicDefinition[] = [
  ...KEY_THEMES.map(({ value, de, en }) => ({ key: value, de, en })),
  ...SUB_TOPICS.map(([parent, key, de, en]) => ({ key, de, en, parent })),
];

export function topicId(key: string): string {
  return `top-${key}`;
}
