/**
 * `podium check` as a team runs it before printing: the bundled deck untouched (nothing to
 * check, exit 0), then edited by a script as a person would edit it in a text editor — words
 * typed into points, figures changed, phrases cut, a section heading changed — every edit found
 * (exit 1), as JSON and as a table, in both languages.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../node/bundled.ts';
import { podium } from './cli-test-support.ts';

const SPAWN_TIMEOUT = 120_000;

/** Each edit: a line of the bundled deck, what the script makes of it, and the finding it must give. */
const EDITS: readonly { from: string; to: string; kind: string; text: string; detail: string }[] = [
  // Typed words.
  { from: '- 推进医疗综合体建设', to: '- 推进医疗综合体宏伟建设', kind: 'not-in-report', text: '宏伟', detail: 'The report does not have these words.' },
  { from: '- 坚持人口集聚、城市赋能', to: '- 坚持人口集聚、城市赋能，全力建设美好家园', kind: 'not-in-report', text: '全力建设美好家园', detail: 'The report does not have these words.' },
  { from: '- 高位启动小城镇环境综合整治行动', to: '- 高位启动小城镇环境全面整治行动', kind: 'not-in-report', text: '全面', detail: 'The report has “综合” here.' },
  { from: '- 重筑百年老店X家', to: '- 庆祝大会胜利召开', kind: 'not-in-report', text: '庆祝大会胜利召开', detail: 'These words are not in the report.' },
  // Changed figures.
  { from: '- 成功办结各级矛盾纠纷X余件，办结率达X%', to: '- 成功办结各级矛盾纠纷X余件，办结率达98%', kind: 'figure', text: '98%', detail: 'The report’s figure is “X%”.' },
  { from: '- R&D经费支出五年翻三番', to: '- R&D经费支出五年翻两番', kind: 'figure', text: '两', detail: 'The report’s figure is “三”.' },
  // Cut phrases: inside a quotation, inside a fixed formulation, on a dangling word.
  { from: '- 聚焦“五县四最四个X”工作布局', to: '- 聚焦“五县四最…', kind: 'cut-phrase', text: '聚焦“五县四最…', detail: 'Cut inside “五县四最四个X”.' },
  { from: '- 积极开展新时代“枫桥经验”探索实践', to: '- 积极开展新时代“枫桥…', kind: 'cut-phrase', text: '积极开展新时代“枫桥…', detail: 'Cut inside “枫桥经验”.' },
  { from: '- 坚定信心、勇担使命、砥砺奋进', to: '- 坚持以习近平新时代中国特色…', kind: 'cut-phrase', text: '坚持以习近平新时代中国特色…', detail: 'Cut inside “习近平新时代中国特色社会主义思想”.' },
  { from: '- 吸聚X余人到集镇居住，盘活X多亩建设用地', to: '- 吸聚X余人到集镇居住，盘活X多亩建设用地和', kind: 'not-in-report', text: '和', detail: 'The report does not have these words.' },
  // A changed heading.
  { from: '# 一、过去五年的工作回顾', to: '# 一、过去五年工作回顾', kind: 'heading', text: '一、过去五年工作回顾', detail: 'Differs from the report’s heading: “一、过去五年的工作回顾”.' },
];

let dir: string;
let untouched: string;
let edited: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-check-'));
  const deck = await readFile(BUNDLED_DECK_PATH, 'utf8');
  untouched = join(dir, 'untouched.md');
  await writeFile(untouched, deck);
  let text = deck;
  for (const edit of EDITS) {
    expect(text.split(edit.from).length, edit.from).toBe(2);
    text = text.replace(edit.from, edit.to);
  }
  edited = join(dir, 'edited.md');
  await writeFile(edited, text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('podium check', { timeout: SPAWN_TIMEOUT }, () => {
  it('finds nothing on the untouched bundled deck and exits 0', async () => {
    const json = await podium(['check', untouched, '--json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const table = await podium(['check', untouched]);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe('Proofread: the words on all 52 slides are the report’s.\n');
  });

  it('finds every edit the script made, as [{slide, kind, text, detail}], and exits 1', async () => {
    const result = await podium(['check', edited, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Record<string, string>[];
    for (const finding of findings) expect(Object.keys(finding)).toEqual(['slide', 'kind', 'text', 'detail']);
    const said = findings.map((f) => ({ kind: f.kind, text: f.text, detail: f.detail }));
    expect(said).toHaveLength(EDITS.length);
    for (const edit of EDITS) expect(said, edit.to).toContainEqual({ kind: edit.kind, text: edit.text, detail: edit.detail });
    // Slide ids are the deck's: the edited heading's slide is the section slide.
    const section = findings.find((f) => f.kind === 'heading');
    const ids = await podium(['deck', edited, '--json']);
    const deck = JSON.parse(ids.stdout) as { slides: { id: string; kind: string; title: string }[] };
    expect(deck.slides.find((s) => s.id === section?.slide)?.kind).toBe('section');
  });

  it('prints a table in Chinese with each finding\'s slide number, kind and place', async () => {
    const result = await podium(['--lang', 'zh', 'check', edited]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^\s*#\s+类型\s+位置\s+幻灯片上的文字\s+问题$/);
    expect(result.stdout).toMatch(/^ 4\s+标题不符\s+标题\s+一、过去五年工作回顾\s+与报告中的标题不一致：报告是“一、过去五年的工作回顾”。$/m);
    expect(result.stdout).toMatch(/数字不符\s+要点 2\s+98%\s+报告中的数字是“X%”。/);
    expect(result.stdout).toMatch(/截断\s+要点 \d\s+聚焦“五县四最…\s+截断在“五县四最四个X”中间。/);
    expect(result.stdout).toContain(`共 ${EDITS.length} 处需要校对`);
  });

  it('is in the help, and names a deck that cannot be read', async () => {
    const help = await podium(['--help']);
    expect(help.stdout).toMatch(/^\s+check \[options\] <deck>\s+proofread/m);
    expect(help.stdout).toContain('podium check deck.md');
    const missing = await podium(['check', join(dir, 'missing.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.md');
  });
});
