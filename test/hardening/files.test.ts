/**
 * Files that change while being read, vanish, turn into something else, cannot be read, or a disk
 * that fills on save. Each gives a clear message (which file, what is wrong, what to do), keeps the
 * last good state (the deck on screen, the file on disk) and leaves nothing half-written.
 *
 * Real conditions where they can be made: a FIFO (mkfifo), a folder in place of the file, a full
 * tmpfs for ENOSPC. These tests run as root, which every permission bit lets through, so an
 * unreadable file is simulated by stubbing node:fs/promises' readFile with the EACCES Node gives.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, unlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckUpdate } from '../../slides/core/model.ts';
import { DeckSession } from '../../slides/node/deck-session.ts';
import { readReport } from '../../slides/node/read-report.ts';
import { JsonFileQueue } from '../../electron/main/json-file.ts';
import { writeFileAtomic } from '../../slides/node/write-atomic.ts';
import { podium } from '../../slides/cli/cli-test-support.ts';
import { mountSmallDisk, smallDiskUnavailable, type SmallDisk } from './small-disk.ts';

const REPORT = '全力打造先行镇\n——在代表大会上的报告\n各位代表、同志们：\n一、过去五年的工作回顾\n我们秉承“量质并举、发展优先”，打造实力X。新增国家高新技术企业X家。\n二、今后五年的目标任务\n坚持一张蓝图绘到底，一任接着一任干。\n';
const EDITED = REPORT.replace('一任接着一任干', '一任接着一任干，久久为功');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-files-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const notesOf = (update: DeckUpdate | undefined): string => (update?.ok ? update.deck.slides.map((s) => s.notes).join('\n') : '');
const leftovers = async (folder: string): Promise<string[]> => (await readdir(folder)).filter((name) => name.endsWith('.tmp'));

describe('reading a report that is not a plain readable file', () => {
  it('a FIFO named like a report is refused at once, without blocking on it', async () => {
    const fifo = join(dir, 'report.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readReport(fifo)).rejects.toMatchObject({ details: { code: 'READ', file: fifo, message: expect.stringMatching(/not a regular file/) } });
  });

  it('a folder in place of the file says it is a folder', async () => {
    const folder = join(dir, 'report.txt');
    await mkdir(folder);
    await expect(readReport(folder)).rejects.toMatchObject({ details: { code: 'READ', message: expect.stringMatching(/folder/) } });
  });

  it('a file that cannot be read (EACCES, stubbed: root reads anything) says permission denied and what to do', async () => {
    const path = join(dir, 'report.txt');
    await writeFile(path, REPORT);
    const fs = await import('node:fs/promises');
    vi.resetModules();
    vi.doMock('node:fs/promises', () => ({ ...fs, readFile: () => Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' })) }));
    const { readReport: readWithStub } = await import('../../slides/node/read-report.ts');
    await expect(readWithStub(path)).rejects.toMatchObject({ details: { code: 'READ', file: path, message: expect.stringMatching(/Permission denied/), hint: expect.stringMatching(/permissions/) } });
    vi.doUnmock('node:fs/promises');
    vi.resetModules();
  });
});

describe('a watched report that changes under the app', () => {
  let session: DeckSession;
  let updates: DeckUpdate[];
  beforeEach(() => {
    session = new DeckSession({ debounceMs: 30, maxBytes: 64 * 1024 });
    updates = [];
    session.onUpdate((update) => updates.push(update));
  });
  afterEach(() => session.close());

  it('written slowly in pieces (an editor without atomic saves): every update is a deck or a DeckError, and the end state is the whole file', async () => {
    const path = join(dir, 'report.txt');
    await writeFile(path, REPORT);
    await session.open(path);
    await truncate(path, 0);
    for (let i = 0; i < EDITED.length; i += 7) {
      await appendFile(path, EDITED.slice(i, i + 7));
      await new Promise((done) => setTimeout(done, 5));
    }
    await vi.waitFor(() => expect(notesOf(session.current)).toContain('久久为功'), { timeout: 10_000 });
    for (const update of updates) if (!update.ok) expect(update.error).toMatchObject({ file: 'report.txt', message: expect.any(String), hint: expect.any(String) });
    expect(notesOf(session.current).replace(/\s/g, '')).toBe(EDITED.replace(/\s/g, ''));
  });

  it('vanishes: the error names the file, the last good deck stays; it comes back: the deck follows', async () => {
    const path = join(dir, 'report.txt');
    await writeFile(path, REPORT);
    const good = await session.open(path);
    await unlink(path);
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'READ', file: 'report.txt', message: 'No such file.' } }), { timeout: 10_000 });
    expect(session.current).toBe(good);
    await writeFile(path, EDITED);
    await vi.waitFor(() => expect(notesOf(session.current)).toContain('久久为功'), { timeout: 10_000 });
  });

  it('is replaced by a folder, then by a FIFO, then grows past the size limit: an error each time, the last good deck kept, no hang', async () => {
    const path = join(dir, 'report.txt');
    await writeFile(path, REPORT);
    const good = await session.open(path);
    await unlink(path);
    await mkdir(path);
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'READ', message: expect.stringMatching(/folder/) } }), { timeout: 10_000 });
    await rm(path, { recursive: true });
    execFileSync('mkfifo', [path]);
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'READ', message: expect.stringMatching(/not a regular file/) } }), { timeout: 10_000 });
    await rm(path);
    await writeFile(path, REPORT.repeat(600));
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', file: 'report.txt' } }), { timeout: 10_000 });
    expect(session.current).toBe(good);
  });

  it('becomes undecodable or binary mid-show: the error says so, the last good deck stays', async () => {
    const path = join(dir, 'report.txt');
    await writeFile(path, REPORT);
    const good = await session.open(path);
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'BINARY', file: 'report.txt' } }), { timeout: 10_000 });
    await writeFile(path, Buffer.from([0xb0, 0xa1, 0xff, 0xfe, 0x80, 0x80, 0xc0]));
    await vi.waitFor(() => expect(updates.at(-1)).toMatchObject({ ok: false, error: { code: 'DECODE' } }), { timeout: 10_000 });
    expect(session.current).toBe(good);
  });
});

if (smallDiskUnavailable) console.warn(`files.test.ts: the full-disk tests are skipped: ${smallDiskUnavailable}`);
describe.skipIf(smallDiskUnavailable !== undefined)(`saving on a full disk${smallDiskUnavailable ? ` (skipped: ${smallDiskUnavailable})` : ''}`, () => {
  let disk: SmallDisk;
  beforeEach(() => {
    disk = mountSmallDisk(64);
  });
  afterEach(() => disk.unmount());

  it('the atomic writer (CLI outputs, app exports and stores) fails with ENOSPC, keeps the old file whole and leaves no temporary file', async () => {
    const privateFile = (target: string, data: string): Promise<void> => writeFileAtomic(target, data, { mode: 0o600 });
    for (const write of [writeFileAtomic, privateFile]) {
      const target = join(disk.dir, 'deck.md');
      await writeFile(target, 'the previous deck\n');
      disk.fill();
      await expect(write(target, 'x'.repeat(256 * 1024))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readFile(target, 'utf8')).toBe('the previous deck\n');
      expect(await leftovers(disk.dir)).toEqual([]);
      await rm(join(disk.dir, 'filler'));
    }
  });

  it('the app\'s store queue: a save that hits a full disk rejects, the file keeps the last saved value, the next save after space is freed lands', async () => {
    const file = join(disk.dir, 'settings.json');
    const queue = new JsonFileQueue(file);
    await queue.save({ lang: 'zh-CN', notesSize: 28 });
    disk.fill();
    await expect(queue.save({ lang: 'en', notesSize: 32, padding: 'x'.repeat(128 * 1024) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lang: 'zh-CN', notesSize: 28 });
    await rm(join(disk.dir, 'filler'));
    await queue.save({ lang: 'en', notesSize: 32 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lang: 'en', notesSize: 32 });
    expect(await leftovers(disk.dir)).toEqual([]);
  });

  // (export html and build need the renderer built, which npm test does after the unit tests.)
  it('podium import and export on a full disk: "The disk is full", exit 1, the previous output untouched', async () => {
    const report = join(dir, 'report.txt');
    await writeFile(report, REPORT.repeat(20));
    await writeFile(join(disk.dir, 'deck.md'), 'the previous deck\n');
    disk.fill();
    const runs = [
      ['import', report, '-o', join(disk.dir, 'deck.md')],
      ['export', report, '--format', 'pptx', '-o', join(disk.dir, 'deck.pptx')],
    ];
    const results = await Promise.all(runs.map((args) => podium(args)));
    for (const [i, result] of results.entries()) {
      expect(result.code, runs[i]?.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/^podium: .+: The disk is full\./m);
      expect(result.stderr).toMatch(/nothing was changed/);
    }
    expect(await readFile(join(disk.dir, 'deck.md'), 'utf8')).toBe('the previous deck\n');
    expect((await readdir(disk.dir)).sort()).toEqual(['deck.md', 'filler']);
  }, 120_000);
});
