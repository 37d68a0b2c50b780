/**
 * Which language to speak: an explicit choice (`--lang zh|en`), else the system locale —
 * Chinese where the locale is Chinese, English otherwise. Pure: the caller hands in the
 * environment (process.env in the CLI, Electron's app.getLocale(), navigator.language).
 */
import type { UiLang } from './catalogue.ts';

/**
 * "zh_CN.UTF-8", "zh-TW", "zh" → Chinese; any other locale ("en_US.UTF-8", "de", "C") → English;
 * an empty one → undefined (the caller decides).
 */
export function langFromLocale(locale: string | undefined | null): UiLang | undefined {
  const name = (locale ?? '').trim().toLowerCase();
  if (name === '') return undefined;
  return /^zh(?:[-_.@]|$)/.test(name) ? 'zh-CN' : 'en';
}

/**
 * The language of a POSIX environment, in POSIX's order: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set decides. Chinese where that locale is Chinese, English otherwise (also for
 * "C" or no locale at all).
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): UiLang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const lang = langFromLocale(env[name]);
    if (lang) return lang;
  }
  return 'en';
}

/** The values `--lang` takes, as the user types them, and the language each means. */
export const LANG_OPTION_VALUES: Readonly<Record<string, UiLang>> = { zh: 'zh-CN', 'zh-cn': 'zh-CN', en: 'en' };

/** `--lang zh|en` (also zh-CN, any case) → a language; undefined for anything else. */
export function langFromOption(value: string): UiLang | undefined {
  return LANG_OPTION_VALUES[value.trim().toLowerCase()];
}
