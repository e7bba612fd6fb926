/**
 * Hand-made subgraphs for the analyses' unit tests: the fixture builder (../fixture-builder.ts) with the
 * relationship ids `r0`, `r1`, ... and `build()` returning the subgraph a store would have returned.
 */
import type { Subgraph } from '../../src/store/port.js';
import { FixtureBuilder } from '../fixture-builder.js';

export class SubgraphBuilder extends FixtureBuilder {
  constructor() {
    super(({ index }) => `r${index}`);
  }

  build(): Subgraph {
    return this.subgraph();
  }
}
