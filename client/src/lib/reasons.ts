/**
 * The analytics API explains every result twice: `explanationDe` (one German sentence) and `reasons`
 * (machine-readable, a kind plus fields). Both are worded by graph-schema's reasons module; here is only the
 * selection every analytics item spreads to fetch its reasons.
 */
import { gql } from '@apollo/client';

/** A reason as the API sends it (graph-schema's wire form). */
export type { ReasonFields as Reason } from '@nzr/graph-schema';

/** Every field a reason may carry; spread into each analytics item's selection. */
export const EXPLANATION_REASON = gql`
  fragment Explanation_reason on Reason {
    kind
    actors
    actorsPer10k
    averageCount
    count
    counts
    crossSectorShare
    date
    expected
    ids
    km
    observed
    openPairs
    projectIds
    resourceIds
    resourceKind
    sectors
    topicIds
    topicShares
    via
  }
`;
