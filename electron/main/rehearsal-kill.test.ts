/**
 * Rehearsal runs in Electron's store survive the process being killed mid-write: a
 * real SIGKILL between the durable temp file and the rename (not a thrown error, which
 * would run the writer's own clean-up), then a fresh store reads the previous runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RehearsalStore } from './stores.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-rehearsal-kill-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const KEY = 'report-0123456789abcdef';
const runs = (n: number) => ({
  format: 'podium-rehearsals',
  version: 1,
  report: { title: '测试报告', source: 'report.txt' },
  runs: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, startedAt: '2026-11-27T08:00:00.000Z', slideMs: { a: 1000 * (i + 1) }, pausedMs: 0 })),
  plan: { skip: [], abridge: [] },
});

it('a save killed between the temp write and the rename leaves the previous runs readable', async () => {
  await new RehearsalStore(dir).save(KEY, runs(1));
  const here = path.dirname(new URL(import.meta.url).pathname);
  const script = `
    import { writeJsonAtomic } from ${JSON.stringify(pathToFileURL(path.join(here, 'json-file.ts')).href)};
    import { RehearsalStore } from ${JSON.stringify(pathToFileURL(path.join(here, 'stores.ts')).href)};
    const store = new RehearsalStore(${JSON.stringify(dir)});
    await writeJsonAtomic(store.fileFor(${JSON.stringify(KEY)}), { reportKey: ${JSON.stringify(KEY)}, data: ${JSON.stringify(runs(2))} }, {
      beforeRename: () => { process.kill(process.pid, 'SIGKILL'); return new Promise(() => {}); },
    });
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(child.signal).toBe('SIGKILL');
  // The killed write left its temp file behind; the store file itself is the old one.
  expect((await readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(true);
  const store = new RehearsalStore(dir);
  expect(await store.load(KEY)).toEqual(runs(1));
  expect(store.warnings).toEqual([]);
  // And the next save goes through as usual.
  await store.save(KEY, runs(3));
  expect(await new RehearsalStore(dir).load(KEY)).toEqual(runs(3));
});
