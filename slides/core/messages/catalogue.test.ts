import { describe, expect, it } from 'vitest';
import { AREAS, CATALOGUE, isMessageKey, say, t, UI_LANGS } from './catalogue.ts';
import { langFromEnv, langFromLocale, langFromOption } from './locale.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
/** Chinese characters and Chinese punctuation (full-width brackets, 、。；). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * Chinese messages that rightly hold no Chinese character: symbols, numbers and names the same in
 * both languages, and the language switch, which names the other language in that language.
 */
const SAME_IN_BOTH = new Set([
  'presenter.fontBigger', 'presenter.fontSmaller', 'presenter.source',
  'presenter.language', 'presenter.language.title', 'print.pageOf', 'export.pdfFilter',
]);

describe('the message catalogue', () => {
  it('has every key in both languages, with text, and the same placeholders', () => {
    const zh = CATALOGUE['zh-CN'];
    const en = CATALOGUE.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), `zh ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(zh[key]), `placeholders of ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it('says Chinese messages in Chinese (no English text left untranslated)', () => {
    const untranslated = Object.entries(CATALOGUE['zh-CN'])
      .filter(([key, text]) => !SAME_IN_BOTH.has(key) && !CJK.test(text.replace(/\{\w+\}/g, '')))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('says English messages in English, except the Chinese names kept on purpose', () => {
    const withChinese = Object.entries(CATALOGUE.en).filter(([, text]) => CJK.test(text)).map(([key]) => key);
    // The app's own name, the 讲话稿 layout, examples of Chinese text a user would type (or a report's heading labels), the switch to Chinese,
    // and the Chinese names of the official copy's faces (仿宋, 黑体, 楷体, 方正小标宋) as they are installed.
    const faces = ['export.faces.wanted.title', 'export.faces.wanted.body', 'export.faces.wanted.heading1', 'export.faces.wanted.heading2'];
    expect(withChinese.sort()).toEqual(['cli.description', 'cli.export.description', 'cli.export.watermark', 'error.fm.notMap.hint', 'error.fm.pronounce.hint', 'error.fm.title.hint', 'notice.mdAsText', 'presenter.language', 'presenter.language.title', 'source.lost.numbering', ...faces].sort());
  });

  it('keeps each area to its own keys (no area overrides another)', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages.zh)) {
        expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
      expect(Object.keys(messages.en).sort(), area).toEqual(Object.keys(messages.zh).sort());
    }
    expect(seen.size).toBe(Object.keys(CATALOGUE.en).length);
  });

  it('fills placeholders, also with messages in the same language', () => {
    expect(t('en', 'cli.wrote', { file: 'a.md', n: 3, time: '1:00' })).toBe('Wrote a.md: 3 slides, 1:00.');
    expect(t('zh-CN', 'cli.wrote', { file: 'a.md', n: 3, time: '1:00' })).toBe('已写入 a.md：3 张幻灯片，1:00。');
    const ref = { key: 'error.binary', values: { what: { key: 'sniff.pdf' } } } as const;
    expect(say('en', ref)).toBe('This is a PDF document, not a text report.');
    expect(say('zh-CN', ref)).toBe('这是一个 PDF 文档，不是文本报告。');
    // A placeholder nobody filled stays visible, so the mistake shows.
    expect(t('en', 'cli.wrote', { file: 'a.md' })).toBe('Wrote a.md: {n} slides, {time}.');
    expect(isMessageKey('no.such.key')).toBe(false);
    expect(say('en', { key: 'no.such.key' as never })).toBe('no.such.key');
    expect(UI_LANGS).toEqual(['zh-CN', 'en']);
  });
});

describe('choosing the language from the system', () => {
  it('is Chinese for a Chinese locale and English for any other', () => {
    for (const locale of ['zh_CN.UTF-8', 'zh_CN.GB18030', 'zh-CN', 'zh_TW', 'zh', 'ZH_cn.utf8', 'zh_CN@pinyin']) expect(langFromLocale(locale), locale).toBe('zh-CN');
    for (const locale of ['en_US.UTF-8', 'en-GB', 'de_DE', 'C', 'C.UTF-8', 'POSIX', 'zu_ZA']) expect(langFromLocale(locale), locale).toBe('en');
    expect(langFromLocale('')).toBeUndefined();
    expect(langFromLocale(undefined)).toBeUndefined();
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG, as POSIX does', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: '' })).toBe('zh-CN');
    expect(langFromEnv({})).toBe('en');
  });

  it('takes --lang zh|en', () => {
    expect(langFromOption('zh')).toBe('zh-CN');
    expect(langFromOption('ZH-CN')).toBe('zh-CN');
    expect(langFromOption('en')).toBe('en');
    expect(langFromOption('fr')).toBeUndefined();
  });
});
