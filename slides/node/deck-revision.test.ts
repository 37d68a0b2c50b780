/**
 * 文件 ▸ 导入修订稿 through the deck session (what both hosts call): a new draft's bytes brought
 * into the open deck — a report not yet a deck is first written as <report>.md, hand edits on
 * unchanged slides stay, the previous deck is kept, every view gets the update with its record.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckUpdate } from '../core/model.ts';
import { DeckSession } from './deck-session.ts';
import { makeDocx } from './fixtures/make-docx.ts';

const FIRST = [
  '一、过去一年的工作',
  '我们坚持发展第一要务，全镇生产总值增长百分之六。我们新建道路十二公里，改造老旧小区三个。',
  '我们持续改善民生，新增就业岗位八百个。教育、医疗、养老等事业全面进步。',
  '二、明年的工作安排',
  '我们要抓好项目建设，力争完成投资五亿元。我们要办好民生实事，让群众有更多获得感。',
];
const SECOND = [
  '一、过去一年的工作',
  '我们坚持发展第一要务，全镇生产总值增长百分之七。我们新建道路十二公里，改造老旧小区三个。',
  '我们持续改善民生，新增就业岗位八百个。教育、医疗、养老等事业全面进步。',
  '二、明年的工作安排',
  '我们要抓好项目建设，力争完成投资五亿元。我们要办好民生实事，让群众有更多获得感。',
  '我们要加强自身建设，建设人民满意的服务型政府。',
];
const encode = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

let dir: string;
let session: DeckSession;
let updates: DeckUpdate[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-revision-'));
  session = new DeckSession({ debounceMs: 20, draftsFolder: join(dir, 'drafts') });
  updates = [];
  session.onUpdate((update) => updates.push(update));
});
afterEach(async () => {
  session.close();
  await rm(dir, { recursive: true, force: true });
});

const slideWith = (update: DeckUpdate | undefined, words: string) => (update?.ok ? update.deck.slides.find((s) => s.notes.includes(words)) : undefined);

describe('importing a revised draft through the session', () => {
  it('writes a report first as its deck, then updates it: hand edits kept, the changed slide named, the backup and record written', async () => {
    const report = join(dir, 'report.txt');
    await writeFile(report, FIRST.join('\n'));
    const opened = await session.open(report);
    const jobs = slideWith(opened, '就业岗位');
    if (!jobs) throw new Error('no jobs slide');
    const edited = await session.edit([{ type: 'retitle', slideId: jobs.id, title: '民生改善看得见' }]);
    expect(edited).toMatchObject({ ok: true, createdDeck: join(dir, 'report.md') });

    const outcome = await session.importRevision('第二稿.docx', await makeDocx(SECOND.map((text) => ({ text }))));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome).toMatchObject({ deckFile: join(dir, 'report.md'), backupFile: join(dir, 'report.previous.md'), current: '第二稿.docx', previous: 'report.txt' });
    expect(outcome.createdDeck).toBeUndefined();
    expect(outcome.source).toMatchObject({ name: '第二稿.docx', format: 'docx', document: { revisions: 0 } });
    const { summary } = outcome;
    expect(summary.changed).toHaveLength(1);
    expect(summary.added).toHaveLength(1);
    expect(summary.removed).toEqual([]);
    expect(summary.kept).toBe(summary.slides - 2);
    expect(outcome.titles[summary.changed[0] as string]).toBeTruthy();
    expect(Object.keys(outcome.titles).sort()).toEqual([...summary.changed, ...summary.added].sort());

    // The views got the updated deck, with its record, from the deck file now watched.
    const last = updates.at(-1);
    expect(last).toMatchObject({ ok: true, source: { path: join(dir, 'report.md'), watched: true } });
    if (!last?.ok) throw new Error('no update');
    expect(last.deck.revision?.summary).toEqual(summary);
    expect(slideWith(last, '就业岗位')).toMatchObject({ id: jobs.id, title: '民生改善看得见' });
    expect(last.deck.slides.map((s) => s.notes).join('')).toContain('百分之七');
    expect(await readFile(join(dir, 'report.previous.md'), 'utf8')).toContain('百分之六');
    expect((await readdir(dir)).sort()).toEqual(['report.md', 'report.previous.md', 'report.revision.json', 'report.txt']);
    expect(await readFile(report, 'utf8')).toBe(FIRST.join('\n'));
  });

  it('makes the deck of a report never edited (<report>.md beside it) and says so', async () => {
    await writeFile(join(dir, 'report.txt'), FIRST.join('\n'));
    await session.open(join(dir, 'report.txt'));
    const outcome = await session.importRevision('第二稿.txt', encode(SECOND));
    expect(outcome).toMatchObject({ ok: true, createdDeck: join(dir, 'report.md'), deckFile: join(dir, 'report.md') });
    // Further edits go to the same deck.
    const slide = slideWith(updates.at(-1), '服务型政府');
    if (!slide) throw new Error('added slide missing');
    expect(await session.edit([{ type: 'setHidden', slideId: slide.id, hidden: true }])).toMatchObject({ ok: true });
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('data-visibility="hidden"');
  });

  it('the same draft again writes nothing and names no backup', async () => {
    await writeFile(join(dir, 'report.txt'), FIRST.join('\n'));
    await session.open(join(dir, 'report.txt'));
    await session.importRevision('第二稿.txt', encode(SECOND));
    const deck = await readFile(join(dir, 'report.md'), 'utf8');
    const again = await session.importRevision('第二稿.txt', encode(SECOND));
    expect(again).toMatchObject({ ok: true, summary: { changed: [], added: [], removed: [], unplaced: [] } });
    expect(again.ok && again.backupFile).toBeUndefined();
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toBe(deck);
  });

  it('refuses a draft it cannot read, changing nothing', async () => {
    await writeFile(join(dir, 'report.txt'), FIRST.join('\n'));
    await session.open(join(dir, 'report.txt'));
    const before = updates.length;
    const outcome = await session.importRevision('第二稿.docx', encode(['not a zip']));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.file).toBe('第二稿.docx');
    expect(updates.length).toBe(before);
    expect((await readdir(dir)).sort()).toEqual(['report.txt']);
  });

  it('refuses while the deck file is broken (the user\'s typing there would be lost)', async () => {
    await writeFile(join(dir, 'report.txt'), FIRST.join('\n'));
    await session.open(join(dir, 'report.txt'));
    await session.importRevision('第二稿.txt', encode(SECOND));
    await writeFile(join(dir, 'report.md'), '---\ntarget: nonsense\n---\n\n## a\n\nNote:\nx\n');
    await session.reload();
    expect(updates.at(-1)?.ok).toBe(false);
    const outcome = await session.importRevision('第三稿.txt', encode(FIRST));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'EDIT', file: 'report.md' } });
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain('nonsense');
  });
});
