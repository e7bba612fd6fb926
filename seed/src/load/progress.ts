/** Progress output: a cli-progress bar on a terminal, plain periodic lines otherwise (CI, logs, pipes). */
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, phase: string): void;
  advance(items: number, phase: string): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, advance() {}, stop() {} };

export function barProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'Laden / Loading [{bar}] {percentage}% | {value}/{total} | {phase} | {eta_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, phase) => bar.start(total, 0, { phase }),
    advance: (items, phase) => bar.increment(items, { phase }),
    stop: () => bar.stop(),
  };
}

/** One line per `everyPercent` percent of the work (and at the end). */
export function lineProgress(write: (line: string) => void, everyPercent = 10): Progress {
  let total = 0;
  let done = 0;
  let nextReport = 0;
  return {
    start(all) {
      total = Math.max(1, all);
      done = 0;
      nextReport = everyPercent;
    },
    advance(items, phase) {
      done += items;
      const percent = Math.floor((done / total) * 100);
      if (percent >= nextReport || done >= total) {
        write(`  ${percent}% (${done}/${total}) ${phase}`);
        nextReport = (Math.floor(percent / everyPercent) + 1) * everyPercent;
      }
    },
    stop() {},
  };
}

export function progressFor(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(stream) : lineProgress((line) => stream.write(`${line}\n`));
}
