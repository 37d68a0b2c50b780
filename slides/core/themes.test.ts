import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown } from './index.ts';
import { say } from './messages/catalogue.ts';
import { REVEAL_THEMES, resolveTheme, revealLook } from './themes.ts';

const md = (front: string) => compileDeck({ name: 'deck.md', format: 'md', text: `---\n${front}\n---\n\n## 总体要求\n\nNote:\n坚持稳中求进工作总基调。\n` });

describe('themes as decks written for reveal.js name them', () => {
  it("takes Podium's themes in any case, without a notice", () => {
    expect(resolveTheme('Official')).toEqual({ theme: 'official' });
    expect(resolveTheme(' DARK ')).toEqual({ theme: 'dark' });
    expect(md('theme: Official').meta).toMatchObject({ theme: 'official' });
    expect(md('theme: Official').meta.notices).toBeUndefined();
  });

  it("keeps reveal.js's themes as themselves, any case, without a notice, and writes them back", () => {
    for (const name of ['black', 'white', 'league', 'beige', 'night', 'serif', 'simple', 'solarized', 'moon', 'dracula', 'sky', 'blood']) {
      expect(resolveTheme(name.toUpperCase())).toEqual({ theme: name });
    }
    const deck = md('theme: Solarized');
    expect(deck.meta.theme).toBe('solarized');
    expect(deck.meta.notices).toBeUndefined();
    expect(compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) }).meta.theme).toBe('solarized');
  });

  it("draws each reveal.js theme with reveal.js's own properties, its fonts as the bundled faces", () => {
    expect(revealLook('official')).toBeUndefined();
    const solarized = revealLook('solarized')!;
    expect(solarized.dark).toBe(false);
    expect(solarized.vars).toMatchObject({ '--r-background-color': '#fdf6e3', '--r-main-color': '#657b83', '--r-heading-color': '#586e75', '--r-heading-text-transform': 'uppercase', '--r-heading-font': "'Noto Sans SC', sans-serif" });
    expect(revealLook('serif')!.vars['--r-main-font']).toBe("'Noto Serif SC', serif");
    expect(revealLook('night')!.dark).toBe(true);
    // No web font, no font name a machine without internet would have to fetch.
    for (const name of REVEAL_THEMES) {
      for (const [key, value] of Object.entries(revealLook(name)!.vars)) if (key.endsWith('-font')) expect(value, `${name} ${key}`).toMatch(/^'Noto (Sans|Serif) SC', (sans-)?serif$/);
    }
  });

  it('opens a deck with an unknown theme in the default theme, with a notice, never refusing it', () => {
    const deck = md('theme: neon');
    expect(deck.meta.theme).toBe('official');
    expect(say('en', deck.meta.notices![0]!)).toMatch(/^There is no theme "neon": the deck opens in the default official theme\. Themes: official, light, dark, black, white, league/);
    expect(md('theme: [1, 2]').meta.theme).toBe('official');
  });

  it('a theme passed as an option replaces the front matter\'s, and its notice', () => {
    const deck = compileDeck({ name: 'deck.md', format: 'md', text: '---\ntheme: neon\n---\n\n## A\n\nNote:\n正文。\n' }, { theme: 'dark' });
    expect(deck.meta.theme).toBe('dark');
    expect(deck.meta.notices).toBeUndefined();
  });
});
