/** The host's editing: one writer, the deck file saved at once, reports first turned into a Markdown deck beside them. */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckUpdate } from '../core/model.ts';
import { DeckSession } from './deck-session.ts';

const REPORT = '一、过去五年的工作回顾\n我们秉承“量质并举、发展优先”，打造实力X。新增国家高新技术企业X家。全镇经济总量突破X亿元。\n二、今后五年的目标任务\n坚持一张蓝图绘到底。\n';
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64'));

let dir: string;
let session: DeckSession;
let updates: DeckUpdate[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-edit-'));
  session = new DeckSession({ debounceMs: 20, draftsFolder: join(dir, 'drafts') });
  updates = [];
  session.onUpdate((update) => updates.push(update));
});
afterEach(async () => {
  session.close();
  await rm(dir, { recursive: true, force: true });
});

const content = (update: DeckUpdate | undefined) => (update?.ok ? update.deck.slides.find((s) => s.kind === 'content') : undefined);

describe('editing through the deck session', () => {
  it('turns a .txt report into a Markdown deck beside it on the first edit, then saves every edit there', async () => {
    const report = join(dir, 'report.txt');
    await writeFile(report, REPORT);
    const opened = await session.open(report);
    const slide = content(opened);
    if (!slide) throw new Error('no content slide');
    const first = await session.edit([{ type: 'retitle', slideId: slide.id, title: '综合实力显著提升' }]);
    expect(first).toMatchObject({ ok: true, createdDeck: join(dir, 'report.md') });
    expect(await readFile(report, 'utf8')).toBe(REPORT);
    const saved = await readFile(join(dir, 'report.md'), 'utf8');
    expect(saved).toContain('## 综合实力显著提升');
    expect(saved).toContain('data-by-hand="title"');
    expect(updates.at(-1)).toMatchObject({ ok: true, source: { path: join(dir, 'report.md'), watched: true } });
    // The next edit goes to the same file, without making another.
    const second = await session.edit([{ type: 'setHidden', slideId: slide.id, hidden: true }]);
    expect(second).toMatchObject({ ok: true });
    expect(second.ok && second.createdDeck).toBeUndefined();
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('data-visibility="hidden"');
    expect((await readdir(dir)).sort()).toEqual(['report.md', 'report.txt']);
    // Undo with the inverses: the file is back to the first edit's state.
    if (!second.ok) throw new Error('second edit failed');
    await session.edit(second.inverses);
    const withoutSummary = (text: string): string => text.replace(/^# .*$/m, '');
    expect(withoutSummary(await readFile(join(dir, 'report.md'), 'utf8'))).toBe(withoutSummary(saved));
  });

  it('never writes over a Markdown file of the same name', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    await writeFile(join(dir, 'report.md'), '# my own notes\n');
    const slide = content(await session.open(join(dir, 'report.txt')));
    const outcome = await session.edit([{ type: 'setTarget', seconds: 600 }]);
    expect(outcome).toMatchObject({ ok: true, createdDeck: join(dir, 'report.deck.md') });
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toBe('# my own notes\n');
    expect(await readFile(join(dir, 'report.deck.md'), 'utf8')).toMatch(/^target: "?10:00"?$/m);
    expect(slide).toBeDefined();
  });

  it('writes a theme chosen in the editor into the deck file; a launch --theme no longer overrides it', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    await session.setCompileOptions({ theme: 'dark' });
    await session.open(join(dir, 'report.txt'));
    const outcome = await session.edit([{ type: 'setTheme', theme: 'moon' }]);
    expect(outcome).toMatchObject({ ok: true, deck: { meta: { theme: 'moon' } } });
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toMatch(/^theme: moon$/m);
  });

  it('saves the bundled deck\'s edits in the drafts folder', async () => {
    const opened = await session.open();
    if (!opened.ok) throw new Error('bundled deck failed');
    const outcome = await session.edit([{ type: 'setTarget', seconds: 3000 }]);
    expect(outcome).toMatchObject({ ok: true, createdDeck: join(dir, 'drafts', 'town-congress-report.md') });
  });

  it('refuses an edit that does not fit, changing nothing', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    await session.open(join(dir, 'report.txt'));
    const before = updates.length;
    const outcome = await session.edit([{ type: 'retitle', slideId: 'gone', title: 'x' }]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'EDIT' } });
    expect(updates.length).toBe(before);
    expect(await readdir(dir)).toEqual(['report.txt']);
  });

  it('does not overwrite a deck file changed in a text editor since it was read', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    const slide = content(await session.open(join(dir, 'report.txt')));
    if (!slide) throw new Error('no content slide');
    await session.edit([{ type: 'setHidden', slideId: slide.id, hidden: true }]);
    const deck = join(dir, 'report.md');
    const edited = (await readFile(deck, 'utf8')).replace('## 打造实力X', '## 手改的标题');
    session.close();
    // A fresh session that has not yet seen the change on disk.
    session = new DeckSession({ debounceMs: 60_000 });
    const reopened = await session.open(deck);
    await writeFile(deck, edited);
    const outcome = await session.edit([{ type: 'setHidden', slideId: content(reopened)?.id ?? '', hidden: false }]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'EDIT', message: expect.stringMatching(/changed outside Podium/) } });
    expect(await readFile(deck, 'utf8')).toBe(edited);
    expect(session.current?.deck.slides.some((s) => s.title === '手改的标题')).toBe(true);
  });

  it('copies a picture into the deck folder and refuses one that is not a picture', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    const slide = content(await session.open(join(dir, 'report.txt')));
    const added = await session.addPicture('工厂 照片.png', PNG);
    expect(added).toMatchObject({ ok: true, width: 2, height: 2, picture: { alt: '工厂 照片', src: expect.stringMatching(/^pictures\/工厂-照片-[0-9a-f]{10}\.png$/) } });
    if (!added.ok || !slide) throw new Error('picture refused');
    expect(await readFile(join(dir, added.picture.src))).toEqual(Buffer.from(PNG));
    const outcome = await session.edit([{ type: 'setPicture', slideId: slide.id, picture: added.picture }]);
    expect(outcome.ok).toBe(true);
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain(`![工厂 照片](${added.picture.src})`);
    const refused = await session.addPicture('notes.png', new TextEncoder().encode('just text'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'PICTURE', file: 'notes.png' } });
  });
});

describe('a deck file renamed in a text editor', () => {
  it('keeps one title on the parts of a split paragraph, while the editor can still give one part its own', async () => {
    const long = `一、工作回顾\n${'我们坚持稳中求进，全面完成各项任务，经济总量突破X亿元，新增企业X家。'.repeat(12)}\n`;
    await writeFile(join(dir, 'long.txt'), long);
    const opened = await session.open(join(dir, 'long.txt'));
    const first = opened.ok ? opened.deck.slides.find((s) => s.part?.index === 1) : undefined;
    if (!first) throw new Error('no split paragraph');
    const made = await session.edit([{ type: 'setHidden', slideId: first.id, hidden: false }]);
    if (!made.ok || !made.createdDeck) throw new Error('no deck made');
    const text = await readFile(made.createdDeck, 'utf8');
    // The person renames the first part only, in a text editor.
    await writeFile(made.createdDeck, text.replace(`## ${first.title}`, '## 稳中求进成效显著'));
    await session.reload();
    const parts = session.current?.deck.slides.filter((s) => s.part) ?? [];
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((s) => s.title))).toEqual(new Set(['稳中求进成效显著']));
    const own = await session.edit([{ type: 'retitle', slideId: parts[0]?.id ?? '', title: '上半年', onlyThisPart: true }]);
    expect(own.ok && own.deck.slides.filter((s) => s.part).map((s) => s.title)[1]).toBe('稳中求进成效显著');
  });
});

describe('an edit reaches the views before the file is written', () => {
  it('shows the applied deck at once, the same deck the saved file reads back as, and only once', async () => {
    await writeFile(join(dir, 'report.txt'), REPORT);
    const slide = content(await session.open(join(dir, 'report.txt')));
    if (!slide) throw new Error('no content slide');
    const made = await session.edit([{ type: 'retitle', slideId: slide.id, title: '第一稿' }]);
    if (!made.ok || !made.createdDeck) throw new Error('first edit failed');
    const deckFile = made.createdDeck;
    const onDiskWhenShown: string[] = [];
    session.onUpdate(() => onDiskWhenShown.push(readFileSync(deckFile, 'utf8')));
    const before = updates.length;
    const outcome = await session.edit([{ type: 'retitle', slideId: slide.id, title: '第二稿' }, { type: 'setHidden', slideId: slide.id, hidden: true }]);
    if (!outcome.ok) throw new Error('edit refused');
    expect(updates.length).toBe(before + 1);
    // When the views heard of it, the file still held the first draft.
    expect(onDiskWhenShown).toHaveLength(1);
    expect(onDiskWhenShown[0]).toContain('## 第一稿');
    const saved = await readFile(deckFile, 'utf8');
    expect(saved).toContain('## 第二稿');
    // What the views were given is what reading the file gives.
    const reread = new DeckSession();
    const fromFile = await reread.open(deckFile);
    reread.close();
    const shown = updates.at(-1);
    if (!fromFile.ok || !shown?.ok) throw new Error('no deck');
    expect(shown.deck.slides.map(({ attributes: _a, ...rest }) => rest)).toEqual(fromFile.deck.slides.map(({ attributes: _a, ...rest }) => rest));
    expect(shown.deck.meta.totalSeconds).toBe(fromFile.deck.meta.totalSeconds);
    // Our own write comes back as a file event: no second update for it.
    await new Promise((done) => setTimeout(done, 200));
    await session.reload();
    expect(updates.length).toBe(before + 1);
  });
});

describe('a save that fails', () => {
  it('keeps the edit in every view, says the file is behind, and writes it once the folder can be written again', async () => {
    // File events are not what this is about: the folder games below would reload the file mid-test.
    session.close();
    session = new DeckSession({ debounceMs: 60_000, draftsFolder: join(dir, 'drafts') });
    updates = [];
    session.onUpdate((update) => updates.push(update));
    await writeFile(join(dir, 'report.txt'), REPORT);
    const slide = content(await session.open(join(dir, 'report.txt')));
    if (!slide) throw new Error('no content slide');
    const first = await session.edit([{ type: 'retitle', slideId: slide.id, title: '第一稿' }]);
    if (!first.ok || !first.createdDeck) throw new Error('first edit failed');
    const deckFile = first.createdDeck;
    const saved = await readFile(deckFile, 'utf8');
    // The deck file turns into a folder with something in it: no file can be renamed over it.
    await rm(deckFile);
    await mkdir(join(deckFile, 'inside'), { recursive: true });
    const failed = await session.edit([{ type: 'retitle', slideId: slide.id, title: '第二稿' }]);
    expect(failed).toMatchObject({ ok: true, unsaved: { code: 'EDIT', message: expect.stringMatching(/not yet written to the deck file report\.md/) } });
    if (!failed.ok) throw new Error('edit refused');
    expect(failed.inverses).toHaveLength(1);
    const last = updates.at(-1);
    expect(last?.ok && last.deck.slides.find((s) => s.id === slide.id)?.title).toBe('第二稿');
    expect(session.current?.deck.slides.find((s) => s.id === slide.id)?.title).toBe('第二稿');
    // Still failing: said again, nothing lost.
    expect(await session.edit([])).toMatchObject({ ok: true, unsaved: { code: 'EDIT' } });
    // The folder is a file's place again: "save again" writes the kept edit, without a new update.
    await rm(deckFile, { recursive: true });
    await writeFile(deckFile, saved);
    const count = updates.length;
    expect(await session.edit([])).toEqual(expect.not.objectContaining({ unsaved: expect.anything() }));
    expect(await readFile(deckFile, 'utf8')).toContain('## 第二稿');
    expect(updates.length).toBe(count);
  });

  it('makes no deck file, and gives the views the deck back, when the first edit cannot be written', async () => {
    // The drafts folder the bundled deck's edits would go to cannot be made: a file has its name.
    const notFolder = join(dir, 'drafts-is-a-file');
    await writeFile(notFolder, 'a file where the drafts folder should be');
    const inLocked = new DeckSession({ draftsFolder: notFolder });
    const opened = await inLocked.open();
    if (!opened.ok) throw new Error('bundled deck failed');
    const seen: DeckUpdate[] = [];
    inLocked.onUpdate((update) => seen.push(update));
    const target = opened.deck.slides.find((s) => s.kind === 'content');
    const outcome = await inLocked.edit([{ type: 'retitle', slideId: target?.id ?? '', title: '改不了' }]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'EDIT', message: expect.stringMatching(/could not be saved/) } });
    const last = seen.at(-1);
    expect(last?.ok && last.deck.slides.some((s) => s.title === '改不了')).toBe(false);
    inLocked.close();
  });
});
