import { describe, expect, it } from 'vitest';
import { compileDeck } from './index.ts';
import { say } from './messages/catalogue.ts';
import { resolveTheme } from './themes.ts';

const md = (front: string) => compileDeck({ name: 'deck.md', format: 'md', text: `---\n${front}\n---\n\n## 总体要求\n\nNote:\n坚持稳中求进工作总基调。\n` });

describe('themes as decks written for reveal.js name them', () => {
  it("takes Podium's themes in any case, without a notice", () => {
    expect(resolveTheme('Official')).toEqual({ theme: 'official' });
    expect(resolveTheme(' DARK ')).toEqual({ theme: 'dark' });
    expect(md('theme: Official').meta).toMatchObject({ theme: 'official' });
    expect(md('theme: Official').meta.notices).toBeUndefined();
  });

  it("shows reveal.js's themes in the Podium theme of the same kind, and says so", () => {
    for (const name of ['black', 'league', 'night', 'moon', 'dracula', 'blood']) expect(resolveTheme(name).theme, name).toBe('dark');
    for (const name of ['white', 'beige', 'serif', 'simple', 'solarized', 'sky']) expect(resolveTheme(name).theme, name).toBe('light');
    const deck = md('theme: Solarized');
    expect(deck.meta.theme).toBe('light');
    expect(deck.meta.notices?.map((n) => say('en', n))).toEqual(['The reveal.js theme "solarized" is shown in Podium\'s light theme (the same kind of background).']);
    expect(say('zh-CN', deck.meta.notices![0]!)).toBe('reveal.js 主题 “solarized” 以讲台的 light 主题显示（同样的深浅底色）。');
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
