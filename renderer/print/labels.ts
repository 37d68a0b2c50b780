/** The few words the print layouts put on paper, in the deck's language. */
import type { Lang } from '../../slides/core/model.ts';

export interface PrintLabels {
  slideMark(n: number): string;
  slideName(n: number): string;
  continued: string;
  pageOf(page: number, total: number): string;
  duration(seconds: number): string;
}

const zh: PrintLabels = {
  slideMark: (n) => `【第 ${n} 页】`,
  slideName: (n) => `第 ${n} 页`,
  continued: '（续）',
  pageOf: (page, total) => `${page} / ${total}`,
  duration: (seconds) => (seconds >= 60 ? `${Math.floor(seconds / 60)} 分${seconds % 60 ? ` ${seconds % 60} 秒` : '钟'}` : `${seconds} 秒`),
};

const en: PrintLabels = {
  slideMark: (n) => `[Slide ${n}]`,
  slideName: (n) => `Slide ${n}`,
  continued: ' (continued)',
  pageOf: (page, total) => `${page} / ${total}`,
  duration: (seconds) => (seconds >= 60 ? `${Math.floor(seconds / 60)} min${seconds % 60 ? ` ${seconds % 60} s` : ''}` : `${seconds} s`),
};

export function printLabels(lang: Lang): PrintLabels {
  return lang === 'zh' ? zh : en;
}
