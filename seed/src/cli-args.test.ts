import { describe, expect, it } from 'vitest';
import { ArgsError, parseSeedArgs } from './cli-args.js';

describe('parseSeedArgs', () => {
  it('has defaults: 300 actors, seed 42, batches of 5000', () => {
    expect(parseSeedArgs([])).toEqual({
      actors: 300,
      seed: 42,
      batchSize: 5000,
      reset: false,
      ifEmpty: false,
      dryRun: false,
      logBatches: false,
      help: false,
    });
  });

  it('reads every flag', () => {
    const args = parseSeedArgs([
      '--actors',
      '100_000',
      '--seed=7',
      '--batch-size',
      '250',
      '--reset',
    ]);
    expect(args).toMatchObject({ actors: 100_000, seed: 7, batchSize: 250, reset: true });
    expect(parseSeedArgs(['--if-empty', '--dry-run', '--log-batches', '-h'])).toMatchObject({
      ifEmpty: true,
      dryRun: true,
      logBatches: true,
      help: true,
    });
  });

  it.each([
    [['--actors', '299'], /--actors .* 300 bis 100000/],
    [['--actors', '100001'], /--actors/],
    [['--actors', 'viele'], /must be an integer/],
    [['--seed', '-1'], /--seed/],
    [['--batch-size', '0'], /--batch-size/],
    [['--batch-size', '50001'], /--batch-size/],
    [['--reset', '--if-empty'], /exclude each other/],
    [['--colour'], /Unknown option/],
    [['extra'], /positional/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(ArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });
});
