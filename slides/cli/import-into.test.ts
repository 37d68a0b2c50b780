/**
 * `podium import <new draft> --into deck.md` (in-process, real files): the edited deck is updated in
 * place with a backup and a revision record, the summary is printed (and as JSON with --json);
 * `-o` onto a deck holding hand edits is refused naming --into and --force.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown } from '../core/index.ts';
import { applyEdits } from '../core/edit/index.ts';
import { readRevisionRecord } from '../core/revise/index.ts';
import { makeDocx } from '../node/fixtures/make-docx.ts';
import { makeWordPackage, para, run as wordRun } from '../node/fixtures/word-package.ts';
import { runCli } from './program.ts';

async function run(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) }, env);
  return { code, stdout, stderr };
}

const FIRST = [
  '关于本镇今年工作的报告',
  '一、过去一年的工作',
  '我们坚持发展第一要务，全镇生产总值增长百分之六。我们新建道路十二公里，改造老旧小区三个。',
  '我们持续改善民生，新增就业岗位八百个。教育、医疗、养老等事业全面进步。',
  '二、明年的工作安排',
  '我们要抓好项目建设，力争完成投资五亿元。我们要办好民生实事，让群众有更多获得感。',
];
const SECOND = [
  '关于本镇今年工作的报告',
  '一、过去一年的工作',
  '我们坚持发展第一要务，全镇生产总值增长百分之七。我们新建道路十二公里，改造老旧小区三个。',
  '我们持续改善民生，新增就业岗位八百个。教育、医疗、养老等事业全面进步。',
  '二、需要着力解决的问题',
  '发展不平衡的问题依然存在，一些群众反映的难题还没有解决好。',
  '三、明年的工作安排',
  '我们要抓好项目建设，力争完成投资五亿元。我们要办好民生实事，让群众有更多获得感。',
];

let dir: string;
let deckPath: string;
let secondDocx: string;
let hidden: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-import-into-'));
  await writeFile(join(dir, 'draft-1.txt'), FIRST.join('\n'));
  secondDocx = join(dir, '第二稿.docx');
  await writeFile(secondDocx, await makeDocx(SECOND.map((text) => ({ text }))));
  // The deck of the first draft, edited as a person would in the app: a typed title, a hidden slide.
  const deck = compileDeck({ name: 'draft-1.txt', format: 'txt', text: FIRST.join('\n') });
  const jobs = deck.slides.find((s) => s.notes.includes('就业岗位'));
  const growth = deck.slides.find((s) => s.notes.includes('生产总值'));
  if (!jobs || !growth) throw new Error('fixture slides missing');
  hidden = jobs.id;
  const edited = applyEdits(deck, [
    { type: 'retitle', slideId: jobs.id, title: '民生改善看得见' },
    { type: 'setHidden', slideId: jobs.id, hidden: true },
    { type: 'retitle', slideId: growth.id, title: '增长百分之六' },
  ]).deck;
  deckPath = join(dir, 'deck.md');
  await writeFile(deckPath, deckToMarkdown(edited));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('podium import -o onto an edited deck', () => {
  it('refuses, naming --into and --force, and leaves the deck as it was', async () => {
    const before = await readFile(deckPath, 'utf8');
    const refused = await run(['import', join(dir, 'draft-1.txt'), '-o', deckPath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds 3 edits made by hand/);
    expect(refused.stderr).toContain(`--into ${deckPath}`);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(deckPath, 'utf8')).toBe(before);
    const zh = await run(['import', join(dir, 'draft-1.txt'), '-o', deckPath], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toMatch(/手工修改/);
  });

  it('writes over an unedited deck, and over an edited one with --force', async () => {
    const plain = join(dir, 'plain.md');
    expect((await run(['import', join(dir, 'draft-1.txt'), '-o', plain])).code).toBe(0);
    expect((await run(['import', join(dir, 'draft-1.txt'), '-o', plain])).code).toBe(0);
    const copy = join(dir, 'copy.md');
    await writeFile(copy, await readFile(deckPath, 'utf8'));
    expect((await run(['import', join(dir, 'draft-1.txt'), '-o', copy, '--force'])).code).toBe(0);
    expect(await readFile(copy, 'utf8')).not.toContain('民生改善看得见');
  });

  it('counts words changed in the Markdown as hand edits', async () => {
    const typed = join(dir, 'typed.md');
    expect((await run(['import', join(dir, 'draft-1.txt'), '-o', typed])).code).toBe(0);
    await writeFile(typed, (await readFile(typed, 'utf8')).replace(/^## .*$/m, '## 我自己写的标题'));
    const refused = await run(['import', join(dir, 'draft-1.txt'), '-o', typed]);
    expect(refused.stderr).toMatch(/holds 1 edits made by hand/);
  });
});

describe('podium import <new draft> --into deck.md', () => {
  it('updates the deck in place from a .docx, keeps a backup and a record, prints the summary as JSON', async () => {
    const before = await readFile(deckPath, 'utf8');
    const result = await run(['import', secondDocx, '--into', deckPath, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['slides', 'kept', 'changed', 'added', 'removed', 'unplaced']);
    const deck = compileDeck({ name: 'deck.md', format: 'md', text: await readFile(deckPath, 'utf8') });
    expect(summary.slides).toBe(deck.slides.length);
    // The growth slide changed (六 → 七): flagged, its typed title's words gone → listed.
    const growth = deck.slides.find((s) => s.notes.includes('百分之七'));
    expect(summary.changed).toContain(growth?.id);
    expect(summary.unplaced).toEqual([{ id: growth?.id, edit: 'title: 增长百分之六' }]);
    // The hidden, retitled slide's text is unchanged: kept with its id and edits.
    const jobs = deck.slides.find((s) => s.id === hidden);
    expect(jobs).toMatchObject({ title: '民生改善看得见', hidden: true });
    // 二、 is new (its paragraph added); the old 二、 heading is now 三、 (renumbered: changed).
    expect((summary.added as string[]).length).toBe(2);
    expect(deck.slides.filter((s) => s.kind === 'section').map((s) => s.title)).toEqual(['一、过去一年的工作', '二、需要着力解决的问题', '三、明年的工作安排']);
    expect(deck.slides.map((s) => s.notes).join('\n').replace(/\s/g, '')).toBe(SECOND.join('').replace(/\s/g, ''));
    expect(await readFile(join(dir, 'deck.previous.md'), 'utf8')).toBe(before);
    const record = readRevisionRecord(await readFile(join(dir, 'deck.revision.json'), 'utf8'));
    expect(record?.summary).toEqual(summary);
    expect(record?.current).toBe('第二稿.docx');
    expect(record?.previous).toBe('draft-1.txt');
    expect(record?.slides.find((s) => s.id === growth?.id)?.before).toContain('百分之六');
  });

  it('prints a summary for a person, and writes nothing on a second run with the same draft', async () => {
    const again = await run(['import', secondDocx, '--into', deckPath]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Updated .*deck\.md from .*第二稿\.docx: \d+ slides, \d+ unchanged, 0 changed \(check them\), 0 new, 0 removed\./);
    expect(again.stdout).toContain('no file was written');
    expect(await readFile(join(dir, 'deck.revision.json'), 'utf8')).toContain('百分之六');
    const zh = await run(['import', secondDocx, '--into', deckPath], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/^已用 .*第二稿\.docx 更新 .*deck\.md：/);
  });

  it('lists changed, new and removed slides and the edits that could not stay', async () => {
    await writeFile(join(dir, 'draft-3.txt'), [...SECOND.slice(0, 3), ...SECOND.slice(4)].join('\n'));
    const result = await run(['import', join(dir, 'draft-3.txt'), '--into', deckPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Removed slides (their text is gone from the new draft):');
    expect(result.stdout).toMatch(/Hand edits that could not stay.*\n\s+s-\w+\s+title: 民生改善看得见\n\s+s-\w+\s+hidden/);
    expect(result.stdout).toContain('--format changes');
  });

  it('says on stderr what reading the draft found (tracked changes accepted), as every command does; stdout stays the JSON', async () => {
    const copy = join(dir, 'notices.md');
    await writeFile(copy, await readFile(deckPath, 'utf8'));
    const ins = `<w:ins w:id="1" w:author="办公室" w:date="2026-12-01T10:00:00Z">${wordRun('和八')}</w:ins>`;
    const del = '<w:del w:id="2" w:author="办公室"><w:r><w:delText>七</w:delText></w:r></w:del>';
    const tracked = join(dir, '第四稿.docx');
    await writeFile(tracked, await makeWordPackage({
      body: SECOND.map((text) => text.includes('百分之七')
        ? para('', { content: `${wordRun(text.slice(0, text.indexOf('七')))}${del}${wordRun('七')}${ins}${wordRun(text.slice(text.indexOf('七') + 1))}` })
        : para(text)).join(''),
    }));
    const result = await run(['import', tracked, '--into', copy, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^podium: .*第四稿\.docx: This document has 2 unaccepted revisions; the slides and notes show the text with the changes accepted/);
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(['slides', 'kept', 'changed', 'added', 'removed', 'unplaced']);
  });

  it('refuses a file that is not a deck, --json without --into, --force with --into, -o and --into together', async () => {
    const notDeck = await run(['import', secondDocx, '--into', join(dir, 'draft-1.txt')]);
    expect(notDeck.code).toBe(2);
    const report = join(dir, 'report.md');
    await writeFile(report, '# 报告\n\n这是一篇普通的报告，不是幻灯片文件。\n');
    const plain = await run(['import', secondDocx, '--into', report]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/This is not a slide deck/);
    expect(plain.stderr).toMatch(/podium import <report> -o deck\.md/);
    expect(await readFile(report, 'utf8')).toBe('# 报告\n\n这是一篇普通的报告，不是幻灯片文件。\n');
    expect((await run(['import', secondDocx, '-o', join(dir, 'x.md'), '--json'])).stderr).toMatch(/--json prints the summary of an update with --into/);
    expect((await run(['import', secondDocx, '--into', deckPath, '--force'])).stderr).toMatch(/--force is for -o/);
    expect((await run(['import', secondDocx, '--into', deckPath, '-o', join(dir, 'x.md')])).code).toBe(2);
  });
});
