// cytoscape-fcose ships no types. It is registered once in lib/cytoscape.ts; `unknown` keeps this file free of
// cytoscape imports (only lib/cytoscape.ts may have them) and is still accepted by cytoscape.use().
declare module 'cytoscape-fcose' {
  const fcose: (cytoscape: unknown) => void;
  export default fcose;
}
