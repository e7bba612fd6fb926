/** Command-line flags of `npm run seed`, checked with messages that say what to fix. */
import { parseArgs } from 'node:util';
import { MAX_ACTORS, MAX_SEED, MIN_ACTORS } from './generate/types.js';
import { DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE } from './load/batches.js';

export interface SeedArgs {
  readonly actors: number;
  readonly seed: number;
  readonly batchSize: number;
  readonly reset: boolean;
  readonly ifEmpty: boolean;
  readonly dryRun: boolean;
  /** Print one line per acknowledged batch (used by the crash test to know what must survive). */
  readonly logBatches: boolean;
  readonly help: boolean;
}

export const DEFAULT_ACTORS = 300;
export const DEFAULT_SEED = 42;

export const USAGE = `Demodaten für den Netzwerk Zukunft Regional Explorer erzeugen und laden.
Generate demo data for the Netzwerk Zukunft Regional Explorer and load it into the store.

Aufruf / Usage: npm run seed -- [options]

  --actors <n>      Akteur:innen / actors, ${MIN_ACTORS}..${MAX_ACTORS} (default ${DEFAULT_ACTORS})
  --seed <n>        Zufallsstartwert / random seed, 0..${MAX_SEED} (default ${DEFAULT_SEED})
  --batch-size <n>  Elemente je Schreibvorgang / items per write, 1..${MAX_BATCH_SIZE} (default ${DEFAULT_BATCH_SIZE})
  --reset           Speicher vorher leeren / clear the store first
  --if-empty        nur laden, wenn der Speicher leer ist / load only into an empty store
  --dry-run         nur erzeugen und Statistik zeigen / generate and print statistics only
  --log-batches     jeden gespeicherten Batch melden / report every committed batch
  --help            diese Hilfe / this help

Speicher wie beim Server / store as for the server: DATA_DIR (embedded, default ./data) or NEO4J_URI,
NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

function integer(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new ArgsError(
      `--${name} muss eine ganze Zahl von ${min} bis ${max} sein / must be an integer from ${min} to ${max}, got "${raw}"`,
    );
  }
  return value;
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        actors: { type: 'string' },
        seed: { type: 'string' },
        'batch-size': { type: 'string' },
        reset: { type: 'boolean', default: false },
        'if-empty': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'log-batches': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new ArgsError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.reset && values['if-empty']) {
    throw new ArgsError(
      '--reset und --if-empty schließen sich aus / --reset and --if-empty exclude each other',
    );
  }
  return {
    actors: integer('actors', values.actors, DEFAULT_ACTORS, MIN_ACTORS, MAX_ACTORS),
    seed: integer('seed', values.seed, DEFAULT_SEED, 0, MAX_SEED),
    batchSize: integer('batch-size', values['batch-size'], DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE),
    reset: values.reset,
    ifEmpty: values['if-empty'],
    dryRun: values['dry-run'],
    logBatches: values['log-batches'],
    help: values.help,
  };
}
