/**
 * `npm run bench [-- <filter>]`: every benchmark row of every area, as one table
 * (name | median | min–max | runs | target | ok), with the machine's versions.
 * Rows come from the modules in build/scripts/bench/ (see bench-entry.ts); a
 * filter runs only the rows whose name contains it; `!<filter>` all the others (e.g. `-- '!soak'`
 * leaves out the half-hour soak).
 */
import { readdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { renderTable } from '../../slides/cli/table.ts';
import type { BenchEntry, BenchModule } from './bench/bench-entry.ts';

interface Row {
  entry: BenchEntry;
  samples: number[];
  skipped?: string;
  /** A row that threw: reported in the table, the other rows still run. */
  failed?: string;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const format = (value: number, unit: string): string =>
  Number.isNaN(value) ? '–' : `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

async function measure(entry: BenchEntry): Promise<Row> {
  try {
    return await measureOrThrow(entry);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { entry, samples: [], failed: message.split('\n')[0]!.slice(0, 100) };
  }
}

async function measureOrThrow(entry: BenchEntry): Promise<Row> {
  const reason = await entry.skip?.();
  if (reason) return { entry, samples: [], skipped: reason };
  await entry.setup?.();
  try {
    if (entry.samples) return { entry, samples: await entry.samples() };
    const run = entry.run;
    if (!run) throw new Error(`bench "${entry.name}" has neither run nor samples`);
    for (let i = 0; i < (entry.warmup ?? 3); i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < (entry.runs ?? 20); i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    return { entry, samples };
  } finally {
    await entry.teardown?.();
  }
}

function tableRow({ entry, samples, skipped, failed }: Row): string[] {
  const unit = entry.unit ?? 'ms';
  const target = entry.target;
  const targetText = target ? `${target.stat} ${target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`} ${unit}` : '';
  if (skipped) return [entry.name, '–', '–', '0', targetText, `skipped: ${skipped}`];
  if (failed) return [entry.name, '–', '–', '0', targetText, `FAILED: ${failed}`];
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const held = target ? quantile(sorted, target.stat === 'p95' ? 0.95 : 0.5) : median;
  const ok = !target ? '' : (target.max === undefined || held <= target.max) && (target.min === undefined || held >= target.min) ? 'ok' : 'MISSED';
  const statText = target?.stat === 'p95' ? `${format(median, unit)} (p95 ${format(held, unit)})` : format(median, unit);
  return [entry.name, statText, `${format(sorted[0]!, unit)} – ${format(sorted.at(-1)!, unit)}`, String(samples.length), targetText, ok];
}

async function loadModules(): Promise<BenchModule[]> {
  const dir = new URL('./bench/', import.meta.url);
  const files = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'bench-entry.ts').sort();
  return Promise.all(files.map(async (name) => (await import(new URL(name, dir).href)) as BenchModule));
}

const filter = process.argv[2];
const modules = await loadModules();
const environment: Record<string, string> = {
  Node: process.version,
  Platform: `${process.platform} ${process.arch}`,
  CPU: `${cpus()[0]?.model.trim() ?? 'unknown'} × ${cpus().length}`,
};
for (const module of modules) Object.assign(environment, await module.environment?.());

const rows: Row[] = [];
for (const entry of modules.flatMap((module) => module.benches)) {
  if (filter && (filter.startsWith('!') ? entry.name.includes(filter.slice(1)) : !entry.name.includes(filter))) continue;
  rows.push(await measure(entry));
}

process.stdout.write(`${Object.entries(environment).map(([key, value]) => `${key}: ${value}`).join('\n')}\n\n`);
process.stdout.write(renderTable(
  [{ header: 'name' }, { header: 'median', align: 'right' }, { header: 'min–max', align: 'right' }, { header: 'runs', align: 'right' }, { header: 'target' }, { header: 'ok' }],
  rows.map(tableRow),
));
