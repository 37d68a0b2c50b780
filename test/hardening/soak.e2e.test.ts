/**
 * The soak, shortened (the full 10,000 changes + 500 reloads is a benchmark row: npm run bench --
 * soak): 1,000 slide changes across the bundled deck and 50 live reloads in the browser host,
 * presenter and audience. Both views' JS heap after garbage collection ends less than 10 % above
 * the baseline taken after a warm-up pass (V8 without its JIT, so the heap holds the app's objects
 * rather than code compiled as the run warms up), no page error, no request outside the app. Key-press
 * latency is measured but not asserted here: speed is the benchmark's job.
 */
import { describe, expect, it } from 'vitest';
import { runSoak } from './soak.ts';

describe('soak (shortened)', () => {
  it('1,000 slide changes and 50 live reloads: heap after GC grows < 10 %, no errors, nothing leaves the app', async () => {
    // Retention, not compiled code: see SoakOptions.jitless.
    const run = await runSoak({ changes: 1_000, reloads: 50, jitless: true });
    expect(run.reloadsDone).toBe(50);
    expect(run.latencies.length).toBeGreaterThan(900);
    expect(run.errors).toEqual([]);
    expect(run.foreignRequests).toEqual([]);
    const growth = (heap: number): string => `${(((heap - run.heapBaseline) / run.heapBaseline) * 100).toFixed(1)} %`;
    expect(run.heapGrowth, `heap ${(run.heapBaseline / 1e6).toFixed(2)} MB → ${(run.heapFinal / 1e6).toFixed(2)} MB; checkpoints ${run.heapCheckpoints.map(growth).join(', ')}`).toBeLessThan(0.1);
  }, 30 * 60_000);
});
