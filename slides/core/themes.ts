/**
 * Theme names as decks give them: Podium's own (official, light, dark) and reveal.js's (black,
 * white, league, …, drawn with their own colours, heading style and bundled faces: see
 * reveal-theme-looks.ts), in any case. An unknown name opens the deck in the default theme with
 * a notice — never refused.
 */
import type { MessageRef } from './messages/catalogue.ts';
import type { PodiumThemeName, RevealThemeName, ThemeName } from './model.ts';
import { REVEAL_THEME_LOOKS, type RevealThemeLook } from './reveal-theme-looks.ts';

export const PODIUM_THEMES: readonly PodiumThemeName[] = ['official', 'light', 'dark'];
export const DEFAULT_THEME: ThemeName = 'official';
export const REVEAL_THEMES = Object.keys(REVEAL_THEME_LOOKS) as RevealThemeName[];
export const ALL_THEMES: readonly ThemeName[] = [...PODIUM_THEMES, ...REVEAL_THEMES];

export interface ResolvedTheme {
  theme: ThemeName;
  /** What the user should know: an unknown name replaced. */
  notice?: MessageRef;
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (ALL_THEMES as readonly string[]).includes(value);
}

/** The reveal.js theme's look; undefined for Podium's own themes. */
export function revealLook(theme: ThemeName): RevealThemeLook | undefined {
  return (REVEAL_THEME_LOOKS as Partial<Record<ThemeName, RevealThemeLook>>)[theme];
}

export function resolveTheme(value: unknown): ResolvedTheme {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (isThemeName(name)) return { theme: name };
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return { theme: DEFAULT_THEME, notice: { key: 'notice.unknownTheme', values: { name: shown, theme: DEFAULT_THEME, themes: ALL_THEMES.join(', ') } } };
}
