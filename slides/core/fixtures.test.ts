/** Every fixture through the compiler: structure checks per fixture, and the invariants on all of them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown, type DeckModel, type SourceFormat } from './index.ts';
import { invariantViolations, roundTripViolations } from './invariants.ts';
import { stripInline } from './inline.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const compile = (name: string, format: SourceFormat = 'txt'): DeckModel => compileDeck({ name, format, text: fixture(name) });
const titles = (deck: DeckModel): string[] => deck.slides.map((s) => s.title);

function expectInvariants(deck: DeckModel, plain: string): void {
  expect(invariantViolations(deck, plain)).toEqual([]);
  const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
  expect(roundTripViolations(deck, reread)).toEqual([]);
}

describe('heading styles', () => {
  const deck = compile('heading-styles.txt');
  it('ranks 第X部分 > 一、 > （一） > 1. > （1）', () => {
    expect(deck.sections.map((s) => [s.label, s.title])).toEqual([['第一部分', '总体情况'], ['第二部分', '下步打算']]);
    const paths = deck.slides.map((s) => s.sectionPath.join(''));
    expect(paths).toContain('第一部分一、（一）1.（1）');
    expect(paths).toContain('第一部分一、（一）2.');
  });
  it('makes section slides with their sub-headings as an agenda', () => {
    const section = deck.slides.find((s) => s.kind === 'section');
    expect(section?.title).toBe('第一部分 总体情况');
    expect(section?.points).toEqual(['一、经济运行总体平稳']);
  });
  it('uses a heading followed by text as that slide\'s title, a heading over headings as its own slide', () => {
    const newMaterials = deck.slides.find((s) => s.title === '新材料产业');
    expect(newMaterials?.notes.startsWith('1.新材料产业\n新材料产业产值')).toBe(true);
    const leaders = deck.slides.find((s) => s.title === '龙头企业带动明显');
    expect(leaders?.notes).toBe('（1）龙头企业带动明显\n三家龙头企业合计贡献产值X亿元。');
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('heading-styles.txt')));
});

describe('title block', () => {
  const deck = compile('title-block.txt');
  const title = deck.slides[0];
  it('reads slogan, title, subtitle, byline and salutation', () => {
    expect(title?.kind).toBe('title');
    expect(title?.overline).toBe('凝心聚力 奋勇争先');
    expect(title?.title).toBe('奋力谱写高质量发展新篇章');
    expect(title?.subtitle).toBe('——在县委全会上的讲话');
    expect(title?.points).toEqual(['（2024年1月5日）', '县委书记 XXX']);
    expect(title?.notes.split('\n')).toEqual(['凝心聚力 奋勇争先', '奋力谱写高质量发展新篇章', '——在县委全会上的讲话', '（2024年1月5日）', '县委书记 XXX', '同志们：']);
    expect(deck.meta).toMatchObject({ title: '奋力谱写高质量发展新篇章', subtitle: '——在县委全会上的讲话', byline: ['（2024年1月5日）', '县委书记 XXX'] });
  });
  it('starts the text after the salutation', () => expect(deck.slides[1]?.notes).toMatch(/^这次全会的主要任务是/));
  it('keeps the invariants', () => expectInvariants(deck, fixture('title-block.txt')));
});

describe('enumerations', () => {
  const deck = compile('enumerations.txt');
  const byLead = (lead: string) => deck.slides.find((s) => s.notes.startsWith(lead));
  it('takes 一是/二是/三是 items as the points', () => {
    expect(byLead('今年的重点工作')?.points).toEqual(['抓项目建设', '抓产业升级', '抓民生改善']);
  });
  it('takes 第一，/第二，/第三， items as the points', () => {
    expect(byLead('我们要把握好')?.points).toEqual(['坚持稳中求进', '坚持改革创新', '坚持底线思维，守住安全底线']);
  });
  it('takes 首先/其次/最后 items as the points', () => {
    expect(byLead('推进工作')?.points).toEqual(['要统一思想', '要压实责任', '要强化督查，确保落地见效']);
  });
  it('ignores 一是一，二是二 inside a sentence', () => {
    expect(byLead('一是一')?.points).not.toContain('一');
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('enumerations.txt')));
});

describe('closing', () => {
  const deck = compile('closing.txt');
  it('makes the final appeal and the thanks a closing slide outside the sections', () => {
    const last = deck.slides[deck.slides.length - 1];
    expect(last?.kind).toBe('closing');
    expect(last?.notes).toBe('各位代表，新征程催人奋进，新使命重任在肩。让我们团结一心，奋力开创高质量发展新局面！\n谢谢大家！');
    expect(last?.title).toBe('新征程催人奋进，新使命重任在肩');
    expect(last?.sectionId).toBeUndefined();
    expect(deck.sections[1]?.slideIds).not.toContain(last?.id);
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('closing.txt')));
});

describe('English script', () => {
  const deck = compile('english-script.txt');
  it('finds the title, the salutation and title-case headings', () => {
    expect(deck.meta.lang).toBe('en');
    expect(deck.slides[0]).toMatchObject({ kind: 'title', title: 'Building a Greener City', notes: 'Building a Greener City\nGood evening, everyone.' });
    expect(deck.sections.map((s) => s.title)).toEqual(['Where We Stand', 'The Road Ahead']);
  });
  it('gives paragraphs short titles and points from their sentences', () => {
    const stand = deck.slides.find((s) => s.notes.startsWith('When we started'));
    expect(stand?.title).toBe('only 12% of our buses ran on clean power');
    expect(stand?.points).toContain('Today that figure is 64%');
    const road = deck.slides.find((s) => s.notes.startsWith('First, we will'));
    // A paragraph that opens with its enumeration takes the first item as title, the others as points.
    expect(road?.title).toBe('we will retrofit 10,000 homes with insulation and heat…');
    expect(road?.points).toEqual(['we will open a one-stop advice centre for residents…', 'we will publish our progress every quarter']);
  });
  it('times English in words per minute', () => {
    const words = fixture('english-script.txt').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
    expect(Math.abs(deck.meta.totalSeconds - (words * 60) / 140)).toBeLessThan(deck.slides.length);
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('english-script.txt')));
});

describe('Markdown report', () => {
  const deck = compile('markdown-report.md', 'md');
  it('reads # headings, lists, quotes and tables, and drops the markup from the notes', () => {
    expect(deck.slides[0]).toMatchObject({ kind: 'title', title: '2024年工作总结' });
    expect(deck.sections.map((s) => s.label)).toEqual(['一、', '二、']);
    expect(deck.slides.map((s) => s.notes).join('\n')).not.toMatch(/[*`[\]|#]|<!--/);
  });
  it('gives back the report without its markup', () => {
    expect(invariantViolations(deck, fixture('markdown-report.expected.txt'))).toEqual([]);
    expect(stripInline('**粗体**、*斜体*、`代码`、[链接](http://x)、snake_case、3~5、\\*')).toBe('粗体、斜体、代码、链接、snake_case、3~5、*');
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('markdown-report.expected.txt')));
});

describe('titles', () => {
  it('lists the slide titles of each fixture without cut-off words', () => {
    for (const name of ['heading-styles.txt', 'enumerations.txt', 'closing.txt']) {
      for (const title of titles(compile(name))) expect(title.length).toBeGreaterThan(1);
    }
  });
});

describe('salutation without a title block', () => {
  const text = '同志们：\n今天我们召开全县经济工作会议，主要任务是总结工作。\n一、总结\n过去一年成绩显著。\n同志们：\n让我们共同奋斗！';
  const deck = compileDeck({ name: 'speech.txt', format: 'txt', text });
  it('opens the first paragraph with it instead of making a title slide of it', () => {
    expect(deck.slides[0]).toMatchObject({ kind: 'content', title: '今天我们召开全县经济工作会议', notes: '同志们：\n今天我们召开全县经济工作会议，主要任务是总结工作。' });
    expect(deck.slides.some((s) => s.points.includes('同志们'))).toBe(false);
    expect(deck.meta.title).toBe('speech');
  });
  it('keeps the invariants', () => expectInvariants(deck, text));
});

describe('English script in Markdown', () => {
  const deck = compile('english-script.md', 'md');
  it('takes # as the title, ## as sections, and the greeting into the title slide', () => {
    expect(deck.slides[0]).toMatchObject({ kind: 'title', title: 'The State of Our Schools', notes: 'The State of Our Schools\nGood morning.' });
    expect(deck.sections.map((s) => s.title)).toEqual(['Where we are', 'What comes next']);
  });
  it('joins hard-wrapped lines and picks points that say something (not a bare year or "71% do")', () => {
    const first = deck.slides.find((s) => s.title === 'Our schools have come a long way');
    expect(first?.points).toEqual(['fewer than half of our students read at grade level', 'That did not happen by accident']);
  });
  it('keeps the invariants', () => expectInvariants(deck, fixture('english-script.expected.txt')));
});

describe('fuzz regressions', () => {
  it('joins title lines only when they follow one another (the title stays report text)', () => {
    const text = '甲乙丙丁\n（十）\n戊己庚辛\n正文第一句话说明情况，内容较多，需要一张幻灯片。';
    const deck = compileDeck({ name: 't.txt', format: 'txt', text });
    expect(deck.slides[0]).toMatchObject({ kind: 'title', title: '甲乙丙丁', points: ['（十）', '戊己庚辛'] });
    expect(invariantViolations(deck, text)).toEqual([]);
  });
  it('keeps a long paragraph\'s parts within the limit when its quotation marks fall at part boundaries', () => {
    const sentence = '坚持“发发发、发发发发发发X亿元”。”';
    const text = sentence.repeat(40);
    const deck = compileDeck({ name: 'q.txt', format: 'txt', text });
    expect(deck.slides.length).toBeGreaterThan(1);
    expect(invariantViolations(deck, text)).toEqual([]);
  });
});
