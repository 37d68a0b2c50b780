/**
 * The views' current UI language: the user's choice remembered by the host, else the
 * system's locale (navigator.language, which Electron takes from app.getLocale() and Chromium
 * from LANG/LC_ALL or --lang): Chinese where it is Chinese, English otherwise. Switched by
 * the user or by the host's menu, applied to elements that carry `data-i18n` (text),
 * `data-i18n-title` (tooltip) or `data-i18n-placeholder`, and to code via `tr`. The text
 * comes from the one catalogue, slides/core/messages.
 */
import type { Host, UiLang } from '../../electron/common/contract.ts';
import { isMessageKey, isUiLang, t, type MessageKey, type MessageValues } from '../../slides/core/messages/catalogue.ts';
import { langFromLocale, langFromOption } from '../../slides/core/messages/locale.ts';

export const UI_LANG_SETTING = 'uiLang';

/** The language the system asks for, before the user chose one. */
export function systemLang(): UiLang {
  return langFromLocale(navigator.language) ?? 'en';
}

let lang: UiLang = systemLang();
const listeners = new Set<(lang: UiLang) => void>();

export function currentLang(): UiLang {
  return lang;
}

export function tr(key: MessageKey, values?: MessageValues): string {
  return t(lang, key, values);
}

export function applyTranslations(root: ParentNode = document): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    const key = node.dataset['i18n'];
    if (isMessageKey(key)) node.textContent = tr(key);
  }
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-title]'))) {
    const key = node.dataset['i18nTitle'];
    if (isMessageKey(key)) node.title = tr(key);
  }
  for (const node of Array.from(root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) {
    const key = node.dataset['i18nPlaceholder'];
    if (isMessageKey(key)) node.placeholder = tr(key);
  }
  document.documentElement.lang = lang;
}

export function onLangChange(listener: (lang: UiLang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function use(next: UiLang): void {
  if (next === lang) return;
  lang = next;
  applyTranslations();
  for (const listener of listeners) listener(lang);
}

/**
 * Loads the language: one asked for in the page's address (`?lang=zh|en`, from `npm start -- --lang`),
 * remembered as the user's choice; else the remembered one; else the system's. Then follows the
 * host's language commands.
 */
export async function initLang(host: Host): Promise<void> {
  const asked = langFromOption(new URLSearchParams(location.search).get('lang') ?? '');
  if (asked) await host.setSetting(UI_LANG_SETTING, asked).catch(() => undefined);
  const saved = asked ?? (await host.getSetting<unknown>(UI_LANG_SETTING).catch(() => undefined));
  lang = isUiLang(saved) ? saved : systemLang();
  applyTranslations();
  host.onCommand((command) => {
    if (command.type === 'lang') use(command.lang);
  });
}

/** The user picked a language in this view: use it and remember it for every view. */
export async function setLang(host: Host, next: UiLang): Promise<void> {
  use(next);
  await host.setSetting(UI_LANG_SETTING, next);
}
