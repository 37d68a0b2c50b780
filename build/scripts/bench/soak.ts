import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUNDLED_DECK_PATH } from '../../../slides/node/bundled.ts';
import { CHROMIUM_PATH } from '../../../test/support/chromium.ts';
import { p95ByTenth, runSoak, type SoakResult } from '../../../test/hardening/soak.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Soak in Chromium through the browser host (test/hardening/soak.ts): 10,000 slide changes across
 * the bundled deck and 500 live reloads, presenter and audience. Rows: the growth of both views'
 * JS heap after garbage collection (target < 10 %), key press → both views updated over the whole
 * run (target p95 ≤ 16 ms) and the worst p95 of any tenth of the run ("throughout"). One run feeds
 * all three rows; it takes tens of minutes on these machines.
 */

const CHANGES = 10_000;
const RELOADS = 500;

let result: Promise<SoakResult> | undefined;
function soak(): Promise<SoakResult> {
  result ??= runSoak({
    changes: CHANGES,
    reloads: RELOADS,
    warmup: { changes: CHANGES / 10, reloads: RELOADS / 10 },
    onProgress: (fraction, sofar) =>
      process.stderr.write(`soak: ${Math.round(fraction * 100)} %: heap ${(sofar.heapGrowth * 100).toFixed(1)} % (presenter ${mb(sofar.viewHeaps[0] ?? 0).toFixed(2)} MB, audience ${mb(sofar.viewHeaps[1] ?? 0).toFixed(2)} MB), key p95 ${sofar.p95.toFixed(1)} ms\n`),
  }).then((run) => {
    if (run.errors.length > 0 || run.foreignRequests.length > 0) {
      throw new Error(`soak: ${run.errors.length} page errors, ${run.foreignRequests.length} foreign requests: ${[...run.errors, ...run.foreignRequests].slice(0, 3).join('; ')}`);
    }
    if (run.reloadsDone !== RELOADS) throw new Error(`soak: ${run.reloadsDone} of ${RELOADS} reloads done`);
    return run;
  });
  return result;
}

const skip = (): string | undefined => (existsSync(CHROMIUM_PATH) ? (existsSync(BUNDLED_DECK_PATH) ? undefined : 'bundled deck missing') : `no Chromium at ${CHROMIUM_PATH}`);
const mb = (bytes: number): number => bytes / (1024 * 1024);

export const benches: BenchEntry[] = [
  {
    // Growth against the baseline at each tenth of the run; held at p95, i.e. about the largest.
    name: `soak: JS heap of both views after GC, growth at 10 checkpoints over ${CHANGES.toLocaleString('en')} slide changes + ${RELOADS} live reloads`,
    unit: '%',
    target: { stat: 'p95', max: 10 },
    skip,
    samples: async () => {
      const run = await soak();
      return run.heapCheckpoints.map((heap) => ((heap - run.heapBaseline) / run.heapBaseline) * 100);
    },
  },
  {
    name: 'soak: JS heap of both views after GC, at the 10 checkpoints (MB)',
    unit: 'MB',
    skip,
    samples: async () => (await soak()).heapCheckpoints.map(mb),
  },
  {
    name: `soak: key press → both views updated, all ${CHANGES.toLocaleString('en')} presses`,
    target: { stat: 'p95', max: 16 },
    skip,
    samples: async () => (await soak()).latencies,
  },
  {
    name: 'soak: key press → both views updated, p95 of each tenth of the run (held at p95: the worst tenths)',
    target: { stat: 'p95', max: 16 },
    skip,
    samples: async () => p95ByTenth((await soak()).latencies),
  },
];

/** The browser every Chromium row ran in, for the table's header. */
export function environment(): Record<string, string> {
  if (!existsSync(CHROMIUM_PATH)) return { Chromium: `not found at ${CHROMIUM_PATH}` };
  // Debian's wrapper script prints a shell warning on stderr on some machines; the version is on stdout.
  return { Chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() };
}
