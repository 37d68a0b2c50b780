/** The few words the print layouts put on paper, in the deck's language (the paper is read by the report's audience). */
import type { Lang } from '../../slides/core/model.ts';
import { CATALOGUE, t, UI_LANGS, type UiLang } from '../../slides/core/messages/catalogue.ts';

export interface PrintLabels {
  slideMark(n: number): string;
  slideName(n: number): string;
  continued: string;
  pageOf(page: number, total: number): string;
  duration(seconds: number): string;
}

export function printLabels(deckLang: Lang): PrintLabels {
  const lang: UiLang = deckLang === 'zh' ? 'zh-CN' : 'en';
  return {
    slideMark: (n) => t(lang, 'print.slideMark', { n }),
    slideName: (n) => t(lang, 'print.slideName', { n }),
    continued: t(lang, 'print.continued'),
    pageOf: (page, total) => t(lang, 'print.pageOf', { page, total }),
    duration: (seconds) => {
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      if (m === 0) return t(lang, 'print.seconds', { s });
      return s === 0 ? t(lang, 'print.minutes', { m }) : t(lang, 'print.minutesSeconds', { m, s });
    },
  };
}

/** Every character the print labels can put on paper, in either language (for font subsets). */
export function printLabelText(): string {
  return UI_LANGS.flatMap((lang) => Object.entries(CATALOGUE[lang]).filter(([key]) => key.startsWith('print.')).map(([, text]) => text)).join('');
}
