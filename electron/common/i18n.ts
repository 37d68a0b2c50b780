/**
 * The UI language for the hosts and views: the one message catalogue lives in
 * slides/core/messages (the CLI, the compiler's errors, the shell and the views all read it);
 * this module keeps the names electron/main and the renderer have always imported.
 */
export { CATALOGUE as DICTIONARIES, DEFAULT_LANG, format, isUiLang, t, UI_LANGS } from '../../slides/core/messages/catalogue.ts';
export type { MessageKey as StringKey, Messages as Dictionary } from '../../slides/core/messages/catalogue.ts';
