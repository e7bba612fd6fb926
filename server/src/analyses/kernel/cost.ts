/**
 * Query cost of one analysis (the request limit is MAX_QUERY_COMPLEXITY = 1000): each builds a snapshot of up
 * to 20,000 actors, so a request may run a handful, never hundreds through aliases.
 */
export const ANALYSIS_COST = 100;
/** The region comparison reads the whole state. */
export const STATE_ANALYSIS_COST = 300;
