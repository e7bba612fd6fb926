/** The CSV import and load-test sections of the bench report, one table row per store. */
import { ms, s, table } from './report-format.js';
import type { ImportFigures, LoadFigures } from './results.js';

export function importSection(imports: readonly ImportFigures[]): string[] {
  const first = imports[0];
  if (!first) return [];
  return [
    `## CSV import over HTTP (${first.rows} institution rows, ${(first.bytes / 1024).toFixed(0)} KiB)`,
    '',
    ...table(
      ['store', 'mode', 'time s', 'HTTP status', 'result', 'bench peak RSS MB'],
      imports.flatMap((i) =>
        i.steps.map((st) => [
          i.store,
          st.mode,
          s(st.ms),
          String(st.status),
          st.summary,
          String(i.peakRssMb),
        ]),
      ),
    ),
    '',
  ];
}

export function loadSection(loads: readonly LoadFigures[]): string[] {
  const first = loads[0];
  if (!first) return [];
  return [
    `## Load test (autocannon in a child process, ${first.connections} connections, ${first.seconds} s, ${first.actors.toLocaleString('en')} actors)`,
    '',
    `Mix: ${first.mix}`,
    '',
    ...table(
      [
        'store',
        'requests/s',
        'requests',
        'p50 ms',
        'p99 ms',
        'max ms',
        'errors',
        'timeouts',
        'non-2xx (goal 0)',
        'GraphQL errors (checked once per request shape)',
      ],
      loads.map((l) => [
        l.store,
        l.requestsPerSec.toFixed(0),
        String(l.total),
        ms(l.p50),
        ms(l.p99),
        ms(l.max),
        String(l.errors),
        String(l.timeouts),
        String(l.non2xx),
        l.graphqlErrors,
      ]),
    ),
    '',
    ...table(
      ['store', 'memory of the bench process', 'RSS MB', 'heap used MB'],
      loads.flatMap((l) =>
        l.memory.map((m) => [
          l.store,
          m.when,
          String(m.rssMb),
          Number.isNaN(m.heapMb) ? '-' : String(m.heapMb),
        ]),
      ),
    ),
    '',
  ];
}
