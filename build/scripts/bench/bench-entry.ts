/**
 * One row of `npm run bench`. Each area (compile, present, exports, …) has its own
 * module in build/scripts/bench/ exporting `benches: BenchEntry[]` (and optionally
 * `environment()` for lines such as the Chromium version); bench.ts finds them all.
 */
export interface BenchTarget {
  /** Which statistic is held to the target. */
  stat: 'median' | 'p95';
  /** The statistic must be at most this (times) … */
  max?: number;
  /** … or at least this (frame rates). */
  min?: number;
}

export interface BenchEntry {
  name: string;
  /** Unit of the samples (default 'ms'). */
  unit?: string;
  target?: BenchTarget;
  /** Timed runs (default 20) after untimed warm-up runs (default 3). */
  runs?: number;
  warmup?: number;
  /** Why this row cannot run here (e.g. no Chromium); the row is printed as skipped. */
  skip?: () => string | undefined | Promise<string | undefined>;
  setup?: () => unknown;
  teardown?: () => unknown;
  /** One run, timed by the harness in ms… */
  run?: () => unknown;
  /** …or the entry measures itself and returns all samples (in `unit`). */
  samples?: () => Promise<number[]>;
}

export interface BenchModule {
  benches: BenchEntry[];
  environment?: () => Promise<Record<string, string>> | Record<string, string>;
}
