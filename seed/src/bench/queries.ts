/** The GraphQL documents the bench sends: what the client's map and search views ask for. */

export const SEARCH = `query BenchSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    edges { score node { id label name sector location { latitude longitude } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const NEIGHBOURHOOD = `query BenchNeighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!) {
  neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
    nodes { id label name sector visibility location { latitude longitude } }
    edges { id type source target }
    truncated
  }
}`;

export const NODE = `query BenchNode($id: ID!) {
  node(id: $id) { id label name description sector visibility version location { latitude longitude } properties }
}`;

export interface NeighbourhoodData {
  readonly neighbourhood: {
    readonly nodes: readonly unknown[];
    readonly edges: readonly unknown[];
  };
}

/** Whole German words as people type them, and prefixes as search-as-you-type sends them. */
export const SEARCH_WORDS = [
  'Verein',
  'Klimaschutz',
  'Energie',
  'Leipzig',
  'Dresden',
  'Schule',
  'Naturschutz',
  'Görlitz',
  'Kirchgemeinde',
  'Landwirtschaft',
  'Bildung Chemnitz',
  'Initiative Umwelt',
];
export const SEARCH_PREFIXES = [
  'Na',
  'Kli',
  'Ener',
  'Leip',
  'Dres',
  'Sch',
  'Bio',
  'Umw',
  'Kirch',
  'Nachh',
  'Zwi',
  'Verk',
];

export const NEIGHBOURHOOD_LIMIT = 500;
/** Nodes of a 2-hop map of about 500 elements (nodes + edges) in the generated graphs. */
export const TWO_HOP_SMALL_LIMIT = 200;
