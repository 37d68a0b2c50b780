/**
 * The views' current UI language: read from the host's settings (so the choice is
 * remembered), switched by the user or by the host's menu, applied to elements that
 * carry `data-i18n` (text) or `data-i18n-title` (tooltip) and to code via `tr`.
 */
import type { Host, UiLang } from '../../electron/common/contract.ts';
import { DEFAULT_LANG, format, isUiLang } from '../../electron/common/i18n.ts';
import { VIEW_DICTIONARIES, type ViewStringKey } from './strings.ts';

export const UI_LANG_SETTING = 'uiLang';

let lang: UiLang = DEFAULT_LANG;
const listeners = new Set<(lang: UiLang) => void>();

export function currentLang(): UiLang {
  return lang;
}

export function tr(key: ViewStringKey, values?: Record<string, string | number>): string {
  const text = VIEW_DICTIONARIES[lang][key];
  return values ? format(text, values) : text;
}

function isKey(value: string | undefined): value is ViewStringKey {
  return value !== undefined && value in VIEW_DICTIONARIES[lang];
}

export function applyTranslations(root: ParentNode = document): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    if (isKey(node.dataset['i18n'])) node.textContent = tr(node.dataset['i18n']);
  }
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-title]'))) {
    if (isKey(node.dataset['i18nTitle'])) node.title = tr(node.dataset['i18nTitle']);
  }
  for (const node of Array.from(root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]'))) {
    if (isKey(node.dataset['i18nPlaceholder'])) node.placeholder = tr(node.dataset['i18nPlaceholder']);
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

/** Loads the remembered language and follows the host's language commands. */
export async function initLang(host: Host): Promise<void> {
  const saved = await host.getSetting<unknown>(UI_LANG_SETTING).catch(() => undefined);
  lang = isUiLang(saved) ? saved : DEFAULT_LANG;
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
