/** The figures a bench run collects, section by section (rendered by report.ts). */
import type { HeldOutQuality } from '@nzr/server/analyses';
import type { Environment } from './environment.js';
import type { Goal } from './goals.js';
import type { Measured } from './stats.js';

export interface Row {
  readonly store: string;
  readonly actors: number;
  readonly group: 'http' | 'compute';
  readonly operation: string;
  readonly m: Measured;
  readonly goal?: Goal;
  readonly note?: string;
}

export interface SeedRow {
  readonly store: string;
  readonly actors: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly cooperations: number;
  readonly generateMs: number;
  readonly seedMs: number;
  readonly peakRssMb: number;
  readonly openMs: number;
  readonly cached: boolean;
}

export interface SuggestionQualityRow {
  readonly actors: number;
  readonly district: string;
  readonly quality: HeldOutQuality;
  readonly ms: number;
}

export interface ImportStep {
  readonly mode: string;
  readonly ms: number;
  readonly status: number;
  readonly summary: string;
}

export type StoreKind = 'embedded' | 'neo4j';

export interface ImportFigures {
  readonly store: StoreKind;
  readonly rows: number;
  readonly bytes: number;
  readonly steps: readonly ImportStep[];
  readonly peakRssMb: number;
}

export interface LoadFigures {
  readonly store: StoreKind;
  readonly actors: number;
  readonly seconds: number;
  readonly connections: number;
  readonly mix: string;
  readonly requestsPerSec: number;
  readonly total: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly graphqlErrors: string;
  readonly memory: readonly {
    readonly when: string;
    readonly rssMb: number;
    readonly heapMb: number;
  }[];
}

export interface BenchResult {
  readonly env: Environment;
  readonly quick: boolean;
  readonly totalSeconds: number;
  readonly peakRssMb: number;
  readonly seeds: readonly SeedRow[];
  readonly rows: readonly Row[];
  readonly quality: readonly SuggestionQualityRow[] | null;
  readonly imports: readonly ImportFigures[];
  readonly load: readonly LoadFigures[];
  /** Summary lines of the client's bundle-size and browser-bench scripts. */
  readonly client: readonly string[] | null;
  /** Summary lines of the proof tests run at bench scale (PROOF_SCALE=bench). */
  readonly proof: readonly string[] | null;
  readonly notes: readonly string[];
}
