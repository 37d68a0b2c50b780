import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { podium } from './cli-test-support.ts';

const DECK = [
  '---',
  'title: 政府工作报告',
  'pronounce:',
  '  张珺: zhang1 jun4',
  '---',
  '',
  '# 一、过去一年',
  '',
  'Note:',
  '全年地区生产总值3.45万亿元，增长4.5%，提高0.3个百分点。新增国家高新技术企业X家。',
  '',
  '---',
  '',
  '# 二、今年工作',
  '',
  'Note:',
  '到2035年，张珺同志在蚌埠着力推进。',
  '',
].join('\n');

const SPAWN_TIMEOUT = 120_000;
let dir: string;
let deck: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-aids-'));
  deck = join(dir, 'deck.md');
  await writeFile(deck, DECK);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('podium aids', { timeout: SPAWN_TIMEOUT }, () => {
  it('--json prints [{slide, kind, text, reading}] in reading order, with the deck\'s own names and no masked figure', async () => {
    const result = await podium(['aids', deck, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const aids = JSON.parse(result.stdout) as Record<string, unknown>[];
    for (const aid of aids) expect(Object.keys(aid)).toEqual(['slide', 'kind', 'text', 'reading']);
    expect(aids.map(({ kind, text, reading }) => [kind, text, reading])).toEqual([
      ['number', '3.45万亿元', '三点四五万亿元'],
      ['number', '4.5%', '百分之四点五'],
      ['number', '0.3个百分点', '零点三个百分点'],
      ['number', '2035年', '二〇三五年'],
      ['pinyin', '张珺', 'zhāng jùn'],
      ['pinyin', '蚌埠', 'bèng bù'],
      ['pinyin', '着力', 'zhuó lì'],
    ]);
    const deckJson = JSON.parse((await podium(['deck', deck, '--json'])).stdout) as { slides: { id: string }[] };
    const ids = deckJson.slides.map((slide) => slide.id);
    expect(ids).toContain(aids[0]!.slide);
    expect(aids[0]!.slide).not.toBe(aids[6]!.slide);
  });

  it('without --json prints a table: slide number, kind, text, reading and why', async () => {
    const result = await podium(['aids', deck]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s*1\s+number\s+3\.45万亿元\s+三点四五万亿元\s+figure$/m);
    expect(result.stdout).toMatch(/^\s*2\s+pinyin\s+张珺\s+zhāng jùn\s+pronunciation list$/m);
    expect(result.stdout).toMatch(/^\s*2\s+pinyin\s+蚌埠\s+bèng bù\s+tricky word$/m);
    expect(result.stdout).toContain('7 aids');
  });

  it('a missing file: exit 1 with the file named', async () => {
    const result = await podium(['aids', join(dir, 'none.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('none.md');
  });
});
