import type { TFunction } from 'i18next';

/** Display name of an enum value, from the shared locale groups (`sector.*`, `enum.<group>.*`). */
export function enumLabel(t: TFunction, field: string, value: string, context?: string): string {
  if (field === 'sector' || field === 'eligibleSectors') return t(`sector.${value}`);
  const group = context === 'COOPERATES_WITH' && field === 'kind' ? 'cooperationKind' : field;
  return t(`enum.${group}.${value}`, { defaultValue: value });
}
