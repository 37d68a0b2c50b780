import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonOrRecover, writeJsonAtomic } from './json-file.ts';
import { addRecent, RecentFilesStore, RehearsalStore, SettingsStore } from './stores.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-stores-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeJsonAtomic', () => {
  it('a write that dies before the rename leaves the previous file intact and no temp file', async () => {
    const file = path.join(dir, 'settings.json');
    await writeJsonAtomic(file, { uiLang: 'zh-CN' });
    let tempSeen = '';
    await expect(
      writeJsonAtomic(file, { uiLang: 'en' }, {
        beforeRename: async (temp) => {
          tempSeen = temp;
          // the new content is complete and durable in the temp file at this point
          expect(JSON.parse(await readFile(temp, 'utf8'))).toEqual({ uiLang: 'en' });
          throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ uiLang: 'zh-CN' });
    expect(tempSeen).not.toBe('');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses values that are not JSON without touching the file', async () => {
    const file = path.join(dir, 'x.json');
    await writeJsonAtomic(file, [1]);
    await expect(writeJsonAtomic(file, undefined)).rejects.toThrow(/not JSON/);
    await expect(writeJsonAtomic(file, { n: 1n })).rejects.toThrow();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([1]);
  });

  it('a stale temp file from a killed process does not disturb reading', async () => {
    const file = path.join(dir, 'recent.json');
    await writeJsonAtomic(file, []);
    await writeFile(path.join(dir, '.recent.json.999.deadbeef.tmp'), '[{"path": "/half');
    const { store, warnings } = await RecentFilesStore.open(file);
    expect(store.list()).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('readJsonOrRecover', () => {
  it('missing file → defaults, nothing written', async () => {
    const r = await readJsonOrRecover(path.join(dir, 'none.json'), (j) => j, () => 'defaults');
    expect(r).toEqual({ status: 'missing', value: 'defaults' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a truncated file is kept aside as .bak and defaults are used', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"uiLang": "en", "notes');
    const { store, warnings } = await SettingsStore.open(file);
    expect(store.get('uiLang')).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.backup).toBe(`${file}.bak`);
    expect(warnings[0]?.reason).toMatch(/JSON/);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('{"uiLang": "en", "notes');
    // the app goes on and can save again
    await store.set('uiLang', 'en');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ uiLang: 'en' });
  });

  it('a second damaged file does not overwrite the first backup', async () => {
    const file = path.join(dir, 'recent.json');
    await writeFile(file, 'garbage 1');
    await RecentFilesStore.open(file);
    await writeFile(file, '{"not": "an array"}');
    const { warnings } = await RecentFilesStore.open(file);
    expect(warnings[0]?.backup).toBe(`${file}.1.bak`);
    expect(warnings[0]?.reason).toMatch(/must be a JSON array/);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('garbage 1');
  });
});

describe('settings', () => {
  it('remembers values across reopen, in call order', async () => {
    const file = path.join(dir, 'settings.json');
    const { store } = await SettingsStore.open(file);
    await Promise.all([store.set('uiLang', 'en'), store.set('notes.fontSize', 30), store.set('uiLang', 'zh-CN')]);
    const reopened = (await SettingsStore.open(file)).store;
    expect(reopened.get('uiLang')).toBe('zh-CN');
    expect(reopened.get('notes.fontSize')).toBe(30);
    expect(reopened.get('toString')).toBeUndefined();
  });
});

describe('flush before quitting', () => {
  it('resolves once every save asked for has landed on disk', async () => {
    const settingsFile = path.join(dir, 'settings.json');
    const { store } = await SettingsStore.open(settingsFile);
    const rehearsals = new RehearsalStore(path.join(dir, 'rehearsals'));
    void store.set('uiLang', 'en');
    void store.set('presenter.notesSize', 32);
    void rehearsals.save('k', { runs: [1, 2, 3] });
    await Promise.all([store.flush(), rehearsals.flush()]);
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ uiLang: 'en', 'presenter.notesSize': 32 });
    expect(JSON.parse(await readFile(rehearsals.fileFor('k'), 'utf8'))).toEqual({ reportKey: 'k', data: { runs: [1, 2, 3] } });
  });
});

describe('recent files', () => {
  const at = (path: string, name = path) => ({ path, name, openedAt: '2026-11-27T00:00:00.000Z' });

  it('newest first, no duplicates, at most ten', () => {
    let list = addRecent([], at('/a'));
    list = addRecent(list, at('/b'));
    list = addRecent(list, at('/a'));
    expect(list.map((i) => i.path)).toEqual(['/a', '/b']);
    for (let i = 0; i < 20; i += 1) list = addRecent(list, at(`/f${i}`));
    expect(list).toHaveLength(10);
    expect(list[0]?.path).toBe('/f19');
  });

  it('persists and knows which paths it holds', async () => {
    const file = path.join(dir, 'recent.json');
    const { store } = await RecentFilesStore.open(file);
    await store.add('/reports/镇党代会报告.docx', new Date('2026-11-27T08:00:00Z'));
    const reopened = (await RecentFilesStore.open(file)).store;
    expect(reopened.list()).toEqual([{ path: '/reports/镇党代会报告.docx', name: '镇党代会报告.docx', openedAt: '2026-11-27T08:00:00.000Z' }]);
    expect(reopened.has('/reports/镇党代会报告.docx')).toBe(true);
    expect(reopened.has('/etc/passwd')).toBe(false);
  });
});

describe('recent files in memory (browser host without a file)', () => {
  it('keeps the list, newest first, and writes nothing', async () => {
    const store = RecentFilesStore.inMemory();
    await store.add('/reports/a.txt', new Date('2026-11-27T08:00:00Z'));
    await store.add('/reports/b.md', new Date('2026-11-27T09:00:00Z'));
    await store.add('/reports/a.txt', new Date('2026-11-27T10:00:00Z'));
    await store.flush();
    expect(store.list().map((r) => r.name)).toEqual(['a.txt', 'b.md']);
    expect(store.has('/reports/b.md')).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('rehearsal store', () => {
  it('keeps runs per report key, in a file named by hash', async () => {
    const store = new RehearsalStore(path.join(dir, 'rehearsals'));
    await store.save('镇党代会报告', { runs: [1, 2] });
    await store.save('other', { runs: [] });
    expect(await store.load('镇党代会报告')).toEqual({ runs: [1, 2] });
    expect(await store.load('never')).toBeUndefined();
    expect(path.basename(store.fileFor('../../x'))).toMatch(/^[0-9a-f]{32}\.json$/);
  });

  it('a damaged rehearsal file is kept aside and reported', async () => {
    const store = new RehearsalStore(dir);
    await writeFile(store.fileFor('k'), '{"reportKey": "k", "data": [1,');
    expect(await store.load('k')).toBeUndefined();
    expect(store.warnings).toHaveLength(1);
    expect(await readFile(`${store.fileFor('k')}.bak`, 'utf8')).toContain('"reportKey"');
  });

  it('for the renderer, a damaged file rejects once with its warning, then reads as no runs', async () => {
    const store = new RehearsalStore(dir);
    const file = store.fileFor('k');
    await writeFile(file, '{"reportKey": "k", "data": [1,');
    const rejection = store.loadOrReject('k');
    await expect(rejection).rejects.toThrow(`${file}: `);
    await expect(rejection).rejects.toThrow(/JSON/);
    await expect(rejection).rejects.toThrow(`(kept as ${file}.bak)`);
    await expect(store.loadOrReject('k')).resolves.toBeUndefined();
    await store.save('k', { runs: [3] });
    await expect(store.loadOrReject('k')).resolves.toEqual({ runs: [3] });
  });
});
