import { useQuery } from '@apollo/client/react';
import { INTRODUCTION_ACTOR } from './introductions.queries';

/** Name and label of an actor to introduce, or null while unknown (skipped for guests and without an id). */
export function useIntroductionActor(
  id: string | null,
  enabled: boolean,
): { id: string; name: string; label: string } | null {
  const { data } = useQuery(INTRODUCTION_ACTOR, {
    variables: { id: id ?? '' },
    skip: !enabled || id === null,
  });
  return data?.node ?? null;
}
