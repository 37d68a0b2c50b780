/**
 * Opens the shell's stores in the user-data folder. A damaged store never stops
 * the app: it is kept aside as .bak, defaults are used, and the user is told once.
 */
import path from 'node:path';
import { dialog } from 'electron';
import type { UiLang } from '../common/contract.ts';
import { DEFAULT_LANG, isUiLang, t } from '../common/i18n.ts';
import { RecentFilesStore, RehearsalStore, SettingsStore, type StoreWarning } from './stores.ts';

/** The setting key every host uses for the UI language (the browser host's views use the same). */
export const UI_LANG_SETTING = 'uiLang';

export interface Storage {
  settings: SettingsStore;
  recent: RecentFilesStore;
  rehearsals: RehearsalStore;
  lang(): UiLang;
}

/**
 * `systemLang` is the language where the user has not chosen one in the app: the launch's
 * `--lang`, else the system locale (Electron's app.getLocale()).
 */
export async function setupStorage(userDataDir: string, systemLang: UiLang = DEFAULT_LANG): Promise<{ storage: Storage; warnings: StoreWarning[] }> {
  const [settings, recent] = await Promise.all([
    SettingsStore.open(path.join(userDataDir, 'settings.json')),
    RecentFilesStore.open(path.join(userDataDir, 'recent-files.json')),
  ]);
  const storage: Storage = {
    settings: settings.store,
    recent: recent.store,
    rehearsals: new RehearsalStore(path.join(userDataDir, 'rehearsals')),
    lang() {
      const value = settings.store.get(UI_LANG_SETTING);
      return isUiLang(value) ? value : systemLang;
    },
  };
  return { storage, warnings: [...settings.warnings, ...recent.warnings] };
}

/** One message box per damaged store: which file, where the damaged copy is, that defaults are in use. */
export async function reportStoreWarnings(warnings: readonly StoreWarning[], lang: UiLang): Promise<void> {
  for (const warning of warnings) {
    const message = t(lang, 'dialog.storeDamaged', { file: path.basename(warning.file), reason: warning.reason, backup: warning.backup });
    await dialog.showMessageBox({ type: 'warning', message, buttons: [t(lang, 'dialog.ok')] });
  }
}
