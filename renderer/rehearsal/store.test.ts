import { describe, expect, it, vi } from 'vitest';
import { emptyRehearsalFile, parseRehearsalFile, RehearsalRepository, type RehearsalHost } from './store.ts';
import { createLocalRehearsalStore, LOCAL_PREFIX } from './local-store.ts';

const report = { title: '测试报告', source: 'report.txt' };
const KEY = 'report-0123456789abcdef';
const NOW = new Date('2026-11-27T08:00:00Z');

function memoryHost(initial: Record<string, unknown> = {}): RehearsalHost & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    loadRehearsals: async (key) => structuredClone(data[key]),
    saveRehearsals: async (key, value) => { data[key] = structuredClone(value); },
  };
}

/** localStorage as the browser has it: string values, atomic setItem. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() { return this.map.size; }
  clear() { this.map.clear(); }
  getItem(key: string) { return this.map.get(key) ?? null; }
  key(index: number) { return [...this.map.keys()][index] ?? null; }
  removeItem(key: string) { this.map.delete(key); }
  setItem(key: string, value: string) { this.map.set(key, String(value)); }
}

const goodFile = () => ({
  ...emptyRehearsalFile(report),
  runs: [{ id: 'r1', startedAt: '2026-11-27T08:00:00.000Z', endedAt: '2026-11-27T08:50:00.000Z', slideMs: { a: 1000 }, pausedMs: 0 }],
});

describe('stored rehearsal data', () => {
  it('round-trips through validation', () => {
    const file = goodFile();
    expect(parseRehearsalFile(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });

  it.each([
    ['not an object', 42, 'not an object'],
    ['another format', { format: 'x' }, 'format'],
    ['a newer version', { ...goodFile(), version: 2 }, 'version 2'],
    ['negative durations', { ...goodFile(), runs: [{ id: 'r', startedAt: 's', slideMs: { a: -5 }, pausedMs: 0 }] }, 'runs[0].slideMs'],
    ['a broken plan', { ...goodFile(), plan: { skip: 'a', abridge: [] } }, 'plan'],
    ['a broken run in progress', { ...goodFile(), inProgress: { id: 1 } }, 'inProgress'],
  ])('rejects %s with a reason', (_name, value, reason) => {
    const parsed = parseRehearsalFile(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('loads nothing as an empty history', async () => {
    const load = await new RehearsalRepository(memoryHost(), KEY, report).load();
    expect(load).toEqual({ file: emptyRehearsalFile(report) });
  });

  it('keeps data of the wrong shape aside under a backup key, reports it, and starts empty', async () => {
    const host = memoryHost({ [KEY]: { format: 'podium-rehearsals', version: 1, runs: 'oops' } });
    const repository = new RehearsalRepository(host, KEY, report, undefined, () => NOW);
    const load = await repository.load();
    expect(load.file.runs).toEqual([]);
    expect(load.problem?.reason).toContain('report is malformed');
    expect(load.problem?.backupKey).toBe(`${KEY}-bak${NOW.getTime()}`);
    expect(host.data[`${KEY}-bak${NOW.getTime()}`]).toEqual({ format: 'podium-rehearsals', version: 1, runs: 'oops' });
  });

  it('takes the copy another view announced over a store that has not caught up; an unreadable copy reads the store', async () => {
    const host = memoryHost({ [KEY]: emptyRehearsalFile(report) });
    const repository = new RehearsalRepository(host, KEY, report);
    expect((await repository.load(structuredClone(goodFile()))).file).toEqual(goodFile());
    expect((await repository.load({ format: 'x' })).file).toEqual(emptyRehearsalFile(report));
  });

  it('reports a host that cannot read its store and still starts', async () => {
    const host = memoryHost();
    host.loadRehearsals = async () => { throw new Error('rehearsals.json is damaged; kept as rehearsals.json.bak'); };
    const load = await new RehearsalRepository(host, KEY, report).load();
    expect(load.file.runs).toEqual([]);
    expect(load.problem?.reason).toContain('kept as rehearsals.json.bak');
  });

  it('writes saves in order and reports a failed save without blocking the next', async () => {
    const host = memoryHost();
    const order: number[] = [];
    let fail = true;
    host.saveRehearsals = async (_key, value) => {
      await new Promise((r) => setTimeout(r, fail ? 20 : 1));
      if (fail) { fail = false; throw new Error('disk full'); }
      order.push((value as { runs: unknown[] }).runs.length);
    };
    const onError = vi.fn();
    const repository = new RehearsalRepository(host, KEY, report, onError);
    const first = repository.update(() => emptyRehearsalFile(report));
    const second = repository.update(() => goodFile());
    await expect(first).rejects.toThrow('disk full');
    await second;
    expect(onError).toHaveBeenCalledTimes(1);
    expect(order).toEqual([1]);
  });
});

describe('browser storage (localStorage)', () => {
  it('saves and loads through the repository', async () => {
    const storage = new MemoryStorage();
    const repository = new RehearsalRepository(createLocalRehearsalStore(storage), KEY, report);
    await repository.update(() => goodFile());
    expect((await repository.load()).file).toEqual(goodFile());
    expect(storage.getItem(LOCAL_PREFIX + KEY)).toContain('"r1"');
  });

  it('a write that fails midway (quota) leaves the previous data intact', async () => {
    const storage = new MemoryStorage();
    const store = createLocalRehearsalStore(storage);
    await store.saveRehearsals(KEY, goodFile());
    const setItem = storage.setItem.bind(storage);
    storage.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    await expect(store.saveRehearsals(KEY, { ...goodFile(), runs: [] })).rejects.toThrow('quota');
    storage.setItem = setItem;
    expect(await store.loadRehearsals(KEY)).toEqual(goodFile());
  });

  it('a corrupt item is kept aside, reported, and the app starts with an empty history', async () => {
    const storage = new MemoryStorage();
    storage.setItem(LOCAL_PREFIX + KEY, '{"format":"podium-rehearsals","runs":[{"id":');
    const repository = new RehearsalRepository(createLocalRehearsalStore(storage, () => NOW), KEY, report);
    const load = await repository.load();
    expect(load.file).toEqual(emptyRehearsalFile(report));
    expect(load.problem?.reason).toContain(`${KEY}-bak${NOW.getTime()}`);
    expect(storage.getItem(`${LOCAL_PREFIX}${KEY}-bak${NOW.getTime()}`)).toBe('{"format":"podium-rehearsals","runs":[{"id":');
    expect(storage.getItem(LOCAL_PREFIX + KEY)).toBeNull();
    // The next save writes a fresh store; the backup stays.
    await repository.update(() => goodFile());
    expect((await repository.load()).problem).toBeUndefined();
    expect(storage.getItem(`${LOCAL_PREFIX}${KEY}-bak${NOW.getTime()}`)).not.toBeNull();
  });
});
