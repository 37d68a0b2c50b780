import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate } from '../core/model.ts';
import { BUNDLED_DECK_PATH } from './bundled.ts';
import { DeckSession } from './deck-session.ts';

const REPORT = '全力打造共同富裕示范区X的先行镇\n——在中共X镇第X次代表大会第一次会议上的报告\n各位代表、同志们：\n一、过去五年的工作回顾\n我们秉承“量质并举、发展优先”，打造实力X。新增国家高新技术企业X家。\n二、今后五年的目标任务\n坚持一张蓝图绘到底。\n';
const EDITED = REPORT.replace('坚持一张蓝图绘到底。', '坚持一张蓝图绘到底，一任接着一任干。');

let dir: string;
let session: DeckSession;
let updates: DeckUpdate[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-session-'));
  session = new DeckSession({ debounceMs: 20 });
  updates = [];
  session.onUpdate((update) => updates.push(update));
});
afterEach(async () => {
  session.close();
  await rm(dir, { recursive: true, force: true });
});

const allNotes = (update: DeckUpdate | undefined): string => (update?.ok ? update.deck.slides.map((s) => s.notes).join('') : '');

async function write(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('DeckSession', () => {
  it('opens the bundled deck when no path is given, unwatched', async () => {
    const update = await session.open();
    expect(update.ok).toBe(true);
    expect(update.source).toEqual({ path: BUNDLED_DECK_PATH, name: 'town-congress-report.md', watched: false });
    expect(session.current).toBe(update);
    expect(updates).toEqual([update]);
  });

  it('opens a file, then recompiles when it changes, with increasing revisions', async () => {
    const path = await write('report.txt', REPORT);
    const first = await session.open(path);
    expect(first).toMatchObject({ ok: true, revision: 1, source: { path, name: 'report.txt', watched: true } });
    await write('report.txt', EDITED);
    await vi.waitFor(() => expect(updates).toHaveLength(2));
    expect(updates[1]).toMatchObject({ ok: true, revision: 2 });
    expect(allNotes(updates[1])).toContain('一任接着一任干');
    expect(session.current).toBe(updates[1]);
  });

  it('a change that breaks the file emits an error and keeps the last good deck; fixing it recovers', async () => {
    const path = await write('report.txt', REPORT);
    const good = await session.open(path);
    await write('report.txt', '');
    await vi.waitFor(() => expect(updates.at(-1)?.ok).toBe(false));
    const broken = updates.at(-1)!;
    expect(broken).toMatchObject({ ok: false, error: { code: 'EMPTY', file: 'report.txt' }, source: { path } });
    expect(broken.revision).toBeGreaterThan(good.revision);
    expect(session.current).toBe(good);
    expect(session.latest).toBe(broken);

    await write('report.txt', iconv.encode(EDITED, 'gbk'));
    await vi.waitFor(() => expect(updates.at(-1)?.ok).toBe(true));
    expect(allNotes(session.current)).toContain('一任接着一任干');
    expect(session.current!.revision).toBeGreaterThan(broken.revision);
  });

  it('follows editors that save by writing a temporary file and renaming it over the report', async () => {
    const path = await write('report.txt', REPORT);
    await session.open(path);
    const temp = await write('.report.txt.swp', EDITED);
    await rename(temp, path);
    await vi.waitFor(() => expect(allNotes(session.current)).toContain('一任接着一任干'));
    // The watch survives the rename: a second save is seen too.
    await rename(await write('.report.txt.swp', REPORT), path);
    await vi.waitFor(() => expect(allNotes(session.current)).not.toContain('一任接着一任干'));
    expect(updates.every((u) => u.ok)).toBe(true);
  });

  it('ignores other files in the folder and saves that do not change the text', async () => {
    const path = await write('report.txt', REPORT);
    await session.open(path);
    await write('other.txt', 'unrelated');
    await write('report.txt', REPORT);
    await write('report.txt', EDITED);
    await vi.waitFor(() => expect(updates).toHaveLength(2));
    expect(allNotes(updates[1])).toContain('一任接着一任干');
  });

  it('reports a deleted file, and reloads when it comes back', async () => {
    const path = await write('report.txt', REPORT);
    const good = await session.open(path);
    await unlink(path);
    await vi.waitFor(() => expect(session.latest).toMatchObject({ ok: false, error: { code: 'READ', message: expect.stringMatching(/No such file/) } }));
    expect(session.current).toBe(good);
    await write('report.txt', EDITED);
    await vi.waitFor(() => expect(session.latest?.ok).toBe(true));
    expect(allNotes(session.current)).toContain('一任接着一任干');
  });

  it('a failed open keeps the open deck (and its watch); the first open of a broken file watches it until fixed', async () => {
    const good = await session.open(await write('report.txt', REPORT));
    const failed = await session.open(join(dir, 'missing.txt'));
    expect(failed).toMatchObject({ ok: false, error: { code: 'READ', file: 'missing.txt' } });
    expect(session.current).toBe(good);
    await write('report.txt', EDITED);
    await vi.waitFor(() => expect(allNotes(session.current)).toContain('一任接着一任干'));

    const fresh = new DeckSession({ debounceMs: 20 });
    try {
      const brokenPath = await write('broken.txt', '');
      expect((await fresh.open(brokenPath)).ok).toBe(false);
      expect(fresh.current).toBeUndefined();
      await write('broken.txt', REPORT);
      await vi.waitFor(() => expect(fresh.current?.source.path).toBe(brokenPath));
    } finally {
      fresh.close();
    }
  });

  it('openBytes compiles a dropped file without watching it, and stops watching the previous one', async () => {
    const path = await write('report.txt', REPORT);
    await session.open(path);
    const dropped = await session.openBytes('dropped.txt', new TextEncoder().encode(EDITED));
    expect(dropped).toMatchObject({ ok: true, source: { path: 'dropped.txt', name: 'dropped.txt', watched: false } });
    const count = updates.length;
    await write('report.txt', `${REPORT}三、结语\n谢谢大家。\n`);
    expect(await session.reload()).toBeUndefined(); // nothing is watched any more
    expect(updates).toHaveLength(count);
    const bad = await session.openBytes('dropped.pdf', new Uint8Array([1, 2, 3]));
    expect(bad).toMatchObject({ ok: false, error: { code: 'DECODE' } });
    expect(session.current).toBe(dropped);
  });

  it('setCompileOptions recompiles the open report with the new rate', async () => {
    await session.open(await write('report.txt', REPORT));
    const before = session.current!.deck.meta.totalSeconds;
    const update = await session.setCompileOptions({ rate: { cjkPerMinute: 110 } });
    expect(update?.ok).toBe(true);
    expect(session.current!.deck.meta.rate.cjkPerMinute).toBe(110);
    expect(session.current!.deck.meta.totalSeconds).toBeGreaterThan(before * 1.5);
    const refused = await session.setCompileOptions({ rate: { cjkPerMinute: -5 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OPTION' } });
    expect(session.options).toEqual({ rate: { cjkPerMinute: 110 } });
    expect(session.current!.deck.meta.rate.cjkPerMinute).toBe(110);
  });

  it('close() stops watching and notifying', async () => {
    const path = await write('report.txt', REPORT);
    await session.open(path);
    session.close();
    await write('report.txt', EDITED);
    await new Promise((done) => setTimeout(done, 200));
    expect(updates).toHaveLength(1);
  });
});
