/**
 * Theme names as decks written for reveal.js give them. Podium's own themes (official, light,
 * dark) and reveal.js's (black, white, league, …) are accepted in any case; a reveal.js theme is
 * shown in the Podium theme of the same kind (dark or light background) and the deck says so;
 * an unknown name opens the deck in the default theme with a notice — never refused.
 */
import type { MessageRef } from './messages/catalogue.ts';
import type { ThemeName } from './model.ts';

export const PODIUM_THEMES: readonly ThemeName[] = ['official', 'light', 'dark'];
export const DEFAULT_THEME: ThemeName = 'official';

/** reveal.js 6's themes, each with the Podium theme of the same kind. */
export const REVEAL_THEMES: Readonly<Record<string, ThemeName>> = {
  black: 'dark', white: 'light', league: 'dark', beige: 'light', night: 'dark', serif: 'light',
  simple: 'light', solarized: 'light', moon: 'dark', dracula: 'dark', sky: 'light', blood: 'dark',
};

export interface ResolvedTheme {
  theme: ThemeName;
  /** What the user should know: a reveal.js theme shown as ours, or an unknown name replaced. */
  notice?: MessageRef;
}

export function resolveTheme(value: unknown): ResolvedTheme {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if ((PODIUM_THEMES as readonly string[]).includes(name)) return { theme: name as ThemeName };
  const kin = REVEAL_THEMES[name];
  if (kin) return { theme: kin, notice: { key: 'notice.revealTheme', values: { name, theme: kin } } };
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return { theme: DEFAULT_THEME, notice: { key: 'notice.unknownTheme', values: { name: shown, theme: DEFAULT_THEME, themes: [...PODIUM_THEMES, ...Object.keys(REVEAL_THEMES)].join(', ') } } };
}
