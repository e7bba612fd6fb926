/**
 * Why two entries look like one, as locale keys with their values (German and English in messages.*.json):
 * the name, then the place, then a shared contact.
 */
export interface PairFacts {
  readonly similarity: number;
  readonly sameName: boolean;
  readonly sameMunicipality: boolean;
  readonly distanceKm?: number | null;
  readonly sharedContact?: string | null;
}

export interface ReasonText {
  readonly key: string;
  readonly values?: Record<string, number>;
}

export function pairReasons(pair: PairFacts): ReasonText[] {
  const reasons: ReasonText[] = [
    pair.sameName
      ? { key: 'duplicates.reason.sameName' }
      : {
          key: 'duplicates.reason.similarName',
          values: { percent: Math.floor(pair.similarity * 100) },
        },
  ];
  if (pair.sameMunicipality) reasons.push({ key: 'duplicates.reason.sameMunicipality' });
  else if (pair.distanceKm != null)
    reasons.push({
      key: 'duplicates.reason.distance',
      values: { km: Math.round(pair.distanceKm * 10) / 10 },
    });
  if (pair.sharedContact === 'url') reasons.push({ key: 'duplicates.reason.sameUrl' });
  if (pair.sharedContact === 'email') reasons.push({ key: 'duplicates.reason.sameEmail' });
  return reasons;
}
