/**
 * The one message catalogue: every word Podium says to a person — CLI output, errors,
 * menus, view text, banners, export labels — in Simplified Chinese and English. Pure data
 * and a lookup, so the CLI, the Electron shell and the views all read the same text.
 *
 * The text lives in one file per area (./cli.ts, ./errors.ts, …), each an `zh` object and
 * an `en` object with the same keys; catalogue.test.ts checks that every key exists in both
 * languages with the same `{placeholders}`, and that no two areas use the same key.
 * How to add a message: /work/notes/i18n.md (and the comment at the top of each area file).
 */
import * as cli from './cli.ts';
import * as edit from './edit.ts';
import * as errors from './errors.ts';
import * as exporting from './export.ts';
import * as menu from './menu.ts';
import * as print from './print.ts';
import * as proof from './proof.ts';
import * as rehearsal from './rehearsal.ts';
import * as revise from './revise.ts';
import * as start from './start.ts';
import * as views from './views.ts';

/** A user-interface language: the code the hosts store and the views set as <html lang>. */
export type UiLang = 'zh-CN' | 'en';

export const UI_LANGS: readonly UiLang[] = ['zh-CN', 'en'];

/** Chinese first: where nothing says otherwise (no locale, an unreadable one), Podium speaks Chinese. */
export const DEFAULT_LANG: UiLang = 'zh-CN';

/** The areas, in one list so the test can check that their keys do not collide. */
export const AREAS = { menu, views, rehearsal, cli, errors, edit, exporting, print, proof, start, revise } as const;

const zh = { ...menu.zh, ...views.zh, ...rehearsal.zh, ...cli.zh, ...errors.zh, ...edit.zh, ...exporting.zh, ...print.zh, ...proof.zh, ...start.zh, ...revise.zh };

export type MessageKey = keyof typeof zh;
export type Messages = { readonly [K in MessageKey]: string };

const en: Messages = { ...menu.en, ...views.en, ...rehearsal.en, ...cli.en, ...errors.en, ...edit.en, ...exporting.en, ...print.en, ...proof.en, ...start.en, ...revise.en };

export const CATALOGUE: { readonly [L in UiLang]: Messages } = { 'zh-CN': zh, en };

/**
 * A message to be said later in whatever language the reader uses: a key and its values.
 * A value may itself be a message (e.g. "this is {what}" with what = "a PDF document").
 * Plain JSON, so it crosses IPC and HTTP inside a DeckError's details.
 */
export interface MessageRef {
  key: MessageKey;
  values?: MessageValues;
}
export type MessageValues = { readonly [name: string]: string | number | MessageRef };

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(zh, value);
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so the mistake shows. */
export function format(template: string, values: MessageValues, lang: UiLang = DEFAULT_LANG): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return typeof value === 'object' ? say(lang, value) : String(value);
  });
}

/** The message `key` in `lang`, with its placeholders filled. */
export function t(lang: UiLang, key: MessageKey, values?: MessageValues): string {
  const text = CATALOGUE[lang][key];
  return values ? format(text, values, lang) : text;
}

/** A message reference in `lang`; a reference to a key this build does not know shows the key. */
export function say(lang: UiLang, ref: MessageRef): string {
  return isMessageKey(ref.key) ? t(lang, ref.key, ref.values) : ref.key;
}
