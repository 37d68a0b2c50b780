/** A small hand-made deck for the rehearsal unit tests: every number in it is easy to check by hand. */
import { DECK_MODEL_VERSION, type DeckModel, type ReadingRate, type Slide } from '../../slides/core/model.ts';

/** Test reading time: one second per character at 60 characters per minute, scaled by the rate. */
export function charSeconds(text: string, rate: ReadingRate): number {
  const chars = [...text.replace(/\s/g, '')].length;
  return Math.round((chars / rate.cjkPerMinute) * 60);
}

export function slide(id: string, over: Partial<Slide> = {}): Slide {
  return { id, kind: 'content', sectionPath: [], title: id, points: [], notes: '', seconds: 0, ...over };
}

/**
 * title (10 s) | 一、 section s1: section slide (5 s), a (60 s), b (120 s, skippable) | 二、 section s2: section slide (5 s), c (90 s), d (30 s, priority 5) | closing (10 s)
 * Notes are made of as many characters as seconds at 60 chars/min.
 */
export function fixtureDeck(targetSeconds?: number): DeckModel {
  const text = (n: number) => '字'.repeat(n);
  const slides: Slide[] = [
    slide('t', { kind: 'title', notes: text(10), seconds: 10 }),
    slide('s1', { kind: 'section', sectionId: 'S1', notes: text(5), seconds: 5, title: '过去五年的工作回顾' }),
    slide('a', { sectionId: 'S1', notes: text(60), seconds: 60, points: ['要点一二三'] }),
    slide('b', { sectionId: 'S1', notes: text(120), seconds: 120, points: ['要点'], skippable: true }),
    slide('s2', { kind: 'section', sectionId: 'S2', notes: text(5), seconds: 5, title: '今后五年的目标任务' }),
    slide('c', { sectionId: 'S2', notes: text(90), seconds: 90, points: ['一二三四五六七八九十'] }),
    slide('d', { sectionId: 'S2', notes: text(30), seconds: 30, points: ['要点'], attributes: { 'data-priority': '5' } }),
    slide('z', { kind: 'closing', notes: text(10), seconds: 10 }),
  ];
  return {
    version: DECK_MODEL_VERSION,
    meta: {
      title: '测试报告',
      lang: 'zh',
      rate: { cjkPerMinute: 60, wordsPerMinute: 140 },
      targetSeconds,
      theme: 'official',
      aspect: '16:9',
      totalSeconds: 330,
      readingUnits: 330,
      source: { name: 'report.txt', format: 'txt' },
    },
    sections: [
      { id: 'S1', label: '一、', title: '过去五年的工作回顾', slideIds: ['s1', 'a', 'b'], seconds: 185 },
      { id: 'S2', label: '二、', title: '今后五年的目标任务', slideIds: ['s2', 'c', 'd'], seconds: 125 },
    ],
    slides,
  };
}

export const unitsOfFixture = (s: Slide): number => [...s.notes].length;
